/**
 * The background: saves what content scripts and the popup send it
 * (lib/messages.ts), and parses recognised pages by injecting the page parser.
 * Content scripts never write to IndexedDB (that would be the page's origin);
 * the library page writes files added from disk itself, in the extension's origin.
 */
import { isParseResult, isRequest, type PageParseResponse, type Request, type SaveResponse, type StatusResponse } from '../lib/messages';
import { libraryDb } from '../lib/db/open';
import { saveMeeting } from '../lib/db/meetings';
import { savedStatus } from '../lib/db/status';
import { saveErrorMessage } from '../lib/save-error';

const UNREADABLE = 'Siden kunne ikke læses.';

/** Runs the page parser in the sender's frame: parser code reaches a page only when it is a meeting. */
async function parsePage(tabId: number | undefined, frameId: number | undefined): Promise<PageParseResponse> {
  if (tabId === undefined) return { ok: false, reason: UNREADABLE };
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId ?? 0] },
    files: ['/page-parser.js'],
  });
  const result: unknown = injection?.result;
  if (!isParseResult(result)) return { ok: false, reason: UNREADABLE };
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
        return { ok: true, ...result } satisfies SaveResponse;
      } catch (error) {
        return { ok: false, error: saveErrorMessage(error) } satisfies SaveResponse;
      }
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Ask that the library is not evicted under storage pressure.
    void navigator.storage?.persist?.();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own parts talk to the background.
    if (sender.id !== browser.runtime.id || !isRequest(message)) return undefined;
    return handle(message, sender.tab?.id, sender.frameId);
  });
});
