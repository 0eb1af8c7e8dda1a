/**
 * The background: saves what content scripts and the popup send it
 * (lib/messages.ts), parses recognised pages by injecting the page parser, and
 * watches followed committees (watch.ts). Content scripts never write to
 * IndexedDB (that would be the page's origin); the library page writes files
 * added from disk itself, in the extension's origin. News for followed topics
 * shows on the toolbar badge and as notifications (news.ts).
 */
import {
  asParseResult, isBridgeRequest, isRequest, PAGE_UNREADABLE,
  type BridgePullResponse, type BridgePushResponse, type BridgeRequest, type PageParseResponse, type Request, type SaveResponse,
} from '../../lib/messages';
import { libraryDb } from '../../lib/db/open';
import { saveMeeting } from '../../lib/db/meetings';
import { savedStatus, type StatusResponse } from '../../lib/db/status';
import { saveErrorMessage } from '../../lib/db/save-error';
import { fromBridgeFrame } from '../../lib/bridge/origins';
import { applyPush, pullBundle } from '../../lib/bridge/pull';
import { isWatchRequest } from '../../lib/watch/messages';
import { committeeFollowed } from '../../lib/watch/follow-state';
import { announceSave, openNotification } from './news';
import { startWatch } from './watch';

/** Runs the page parser in the sender's frame: parser code reaches a page only when it is a meeting. */
async function parsePage(tabId: number | undefined, frameId: number | undefined): Promise<PageParseResponse> {
  if (tabId === undefined) return { ok: false, reason: PAGE_UNREADABLE };
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId ?? 0] },
    files: ['/page-parser.js'],
  });
  const result = asParseResult(injection?.result);
  if (!result.ok) return result;
  const meeting = result.meeting;
  const following = await committeeFollowed(libraryDb(), meeting);
  return { ok: true, meeting, status: await savedStatus(libraryDb(), meeting), ...(following !== null && { committee: { following } }) };
}

async function handle(request: Request, tabId: number | undefined, frameId: number | undefined): Promise<unknown> {
  switch (request.type) {
    case 'page:parse':
      return parsePage(tabId, frameId);
    case 'meeting:status':
      return (await savedStatus(libraryDb(), request.meeting)) satisfies StatusResponse;
    case 'meeting:save':
      try {
        const result = await saveMeeting(libraryDb(), request.meeting, request.source);
        // The answer does not wait for the topics: the save is done.
        if (result.status === 'created' || result.status === 'updated') void announceSave(libraryDb(), result.meetingId).catch(() => undefined);
        return { ok: true, ...result } satisfies SaveResponse;
      } catch (error) {
        return { ok: false, error: saveErrorMessage(error) } satisfies SaveResponse;
      }
  }
}

/** The web app's bridge (lib/bridge): only the bridge content script in a top frame on the app's origins is answered. */
async function handleBridge(request: BridgeRequest): Promise<BridgePullResponse | BridgePushResponse> {
  try {
    if (request.type === 'bridge:pull') return { ok: true, ...(await pullBundle(libraryDb(), request.inventory)) };
    await applyPush(libraryDb(), request.push);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Ask that the library is not evicted under storage pressure.
    void navigator.storage?.persist?.();
  });
  // A notification opens the topic or the item it is about in the library.
  browser.notifications?.onClicked.addListener(openNotification);
  const watch = startWatch(libraryDb());
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own parts talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    if (isBridgeRequest(message)) return fromBridgeFrame(sender) ? handleBridge(message) : undefined;
    // Followed committees are asked about from the extension's own pages (library, popup) and its content scripts.
    if (isWatchRequest(message)) return watch.handle(message).catch(() => ({ ok: false, reason: 'Det kunne ikke lade sig gøre lige nu.' }));
    if (!isRequest(message)) return undefined;
    return handle(message, sender.tab?.id, sender.frameId);
  });
});
