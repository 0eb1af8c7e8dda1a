/**
 * The background: saves what content scripts and the popup send it
 * (lib/messages.ts), and parses recognised pages by injecting the page parser.
 * Content scripts never write to IndexedDB (that would be the page's origin);
 * the library page writes files added from disk itself, in the extension's origin.
 * After a save that wrote something, followed topics with news show on the
 * toolbar badge and, unless a topic's notifications are off, as a notification.
 */
import {
  asParseResult, isBridgeRequest, isRequest, PAGE_UNREADABLE,
  type BridgePullResponse, type BridgePushResponse, type BridgeRequest, type PageParseResponse, type Request, type SaveResponse,
} from '../lib/messages';
import { libraryDb } from '../lib/db/open';
import { saveMeeting } from '../lib/db/meetings';
import { savedStatus, type StatusResponse } from '../lib/db/status';
import { saveErrorMessage } from '../lib/db/save-error';
import { newsFromMeeting, topicsWithNews } from '../lib/topics/load';
import { fromBridgeFrame } from '../lib/bridge/origins';
import { applyPush, pullBundle } from '../lib/bridge/pull';
import { topicHash } from '../components/shared/routes';
import { toolbarOf } from '../components/shared/toolbar';
import { newsNotice } from '../components/topics/news-notice';

/** The notification icon: a 48 px page on the accent colour (inline, so it needs no packaged file). */
const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAUElEQVR42u3YMQ0AIAxFwe5YRBGmwQFpYIH0SAXc8N9CtD6eugACAgL6BDSvHxAQUB6Ub7gqyIaAVGZDQCpTGZDKTtyVQDYE5H8ICAgIaHML5Hjv3VEKAoIAAAAASUVORK5CYII=';
const TOPIC_NOTIFICATION = 'topic:';

/**
 * After a save that changed the library: if the meeting brings news to followed
 * topics, the badge shows how many topics have news (the library's topics page
 * clears it), and each such topic that notifies says what came in.
 */
async function announceNews(meetingId: string): Promise<void> {
  const db = libraryDb();
  const news = await newsFromMeeting(db, meetingId);
  if (news.length === 0) return;
  const count = await topicsWithNews(db);
  const toolbar = toolbarOf(browser)!;
  await toolbar.setBadgeBackgroundColor({ color: '#0b5c8a' });
  await toolbar.setBadgeText({ text: count > 0 ? String(count) : '' });
  for (const { topic, items } of news) {
    if (!topic.notify) continue;
    // A notification that cannot be shown (turned off in the system) must not undo the badge.
    await browser.notifications
      .create(`${TOPIC_NOTIFICATION}${topic.id}`, { type: 'basic', iconUrl: NOTIFICATION_ICON, ...newsNotice(topic, items) })
      .catch(() => undefined);
  }
}

/** Runs the page parser in the sender's frame: parser code reaches a page only when it is a meeting. */
async function parsePage(tabId: number | undefined, frameId: number | undefined): Promise<PageParseResponse> {
  if (tabId === undefined) return { ok: false, reason: PAGE_UNREADABLE };
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId ?? 0] },
    files: ['/page-parser.js'],
  });
  const result = asParseResult(injection?.result);
  if (!result.ok) return result;
  return { ok: true, meeting: result.meeting, status: await savedStatus(libraryDb(), result.meeting) };
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
        if (result.status === 'created' || result.status === 'updated') void announceNews(result.meetingId).catch(() => undefined);
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
  // A topic's notification opens the topic in the library.
  browser.notifications?.onClicked.addListener((id) => {
    if (!id.startsWith(TOPIC_NOTIFICATION)) return;
    const topic = Number(id.slice(TOPIC_NOTIFICATION.length));
    void browser.tabs.create({ url: `${browser.runtime.getURL('/library.html')}${topicHash(topic)}` });
    void browser.notifications.clear(id);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own parts talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    if (isBridgeRequest(message)) return fromBridgeFrame(sender) ? handleBridge(message) : undefined;
    if (!isRequest(message)) return undefined;
    return handle(message, sender.tab?.id, sender.frameId);
  });
});
