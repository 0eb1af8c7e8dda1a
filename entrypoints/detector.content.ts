/**
 * The content script on municipal sites: a tiny detector; only when the page
 * looks like a meeting does it ask the background to inject the parser, then it
 * shows the save button. It records `referat:detect` (a performance measure of
 * each detection pass) and `referat:settled` (a mark when a pass has decided).
 */
import { detectPage, livePageOf } from '../lib/sites/detect';
import type { LivePage } from '../lib/sites/site';
import { waitUntil, watchChanges, whenQuiet } from '../lib/sites/wait';
import { SaveButtonController } from '../components/save-button/controller';
import { isPageParseOk, type PageState } from '../lib/messages';

/** How long a site's page may take to fill in its item table. */
const ROWS_TIMEOUT_MS = 10_000;

const withoutHash = (url: URL | Location): string => url.origin + url.pathname + url.search;

export default defineContentScript({
  matches: ['*://*.dk/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    const send = (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message);
    const button = new SaveButtonController(document, send);
    let run = 0;
    let pending: AbortController | null = null;
    let stopFollowing: (() => void) | null = null;
    // The address and item rows the current pass is about.
    let seen = '';
    // What the popup is told about this page (`page:state`).
    let state: PageState = { recognised: false };
    // The hooks of the site that fills the current page in by script, if any.
    let live: LivePage | null = null;
    const where = (): string => `${withoutHash(location)}|${live?.signature(document) ?? ''}`;

    async function pass(): Promise<void> {
      const id = ++run;
      pending?.abort();
      const abort = (pending = new AbortController());
      const start = performance.now();
      const found = detectPage(document, location.href);
      performance.measure('referat:detect', { start, end: performance.now() });
      const site = (live = livePageOf(found));
      seen = where();

      let qualifies = found.match !== 'none';
      if (site && 'ready' in found && !found.ready) {
        button.hide();
        qualifies = await waitUntil(document, () => site.ready(document), ROWS_TIMEOUT_MS, abort.signal);
        // Rows may arrive in several batches: read the table once it is still.
        if (qualifies) await whenQuiet(document, 200, 2_000);
        if (id !== run) return;
        seen = where();
      }
      if (site && qualifies) follow();
      else unfollow();
      let response: unknown;
      if (qualifies) {
        try {
          response = await send({ type: 'page:parse' });
        } catch {
          response = undefined;
        }
      }
      if (id !== run) return;
      button.show(response);
      state = pageState(qualifies, response);
      performance.mark('referat:settled');
    }

    // A site that fills its page by script re-renders its item table (and moves
    // between meetings) by script: when the rows or the address change, detect again.
    function follow(): void {
      stopFollowing ??= watchChanges(document, 300, () => {
        if (where() === seen) return;
        button.hide();
        void pass();
      });
    }

    function unfollow(): void {
      stopFollowing?.();
      stopFollowing = null;
    }

    // Same-page navigation (history API) on any site: let the new content render, then detect again.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      if (withoutHash(event.newUrl) === withoutHash(event.oldUrl)) return;
      const id = ++run;
      button.hide();
      void whenQuiet(document, 300, 3_000).then(() => {
        if (id === run) void pass();
      });
    });
    ctx.onInvalidated(() => {
      run++;
      pending?.abort();
      unfollow();
      button.hide();
    });

    // The popup asks what this page is; it reads the saved state from the library itself.
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'page:state') return undefined;
      return Promise.resolve(state);
    });
    // A save from the popup or another tab shows here when the tab is looked at again.
    ctx.addEventListener(window, 'focus', () => void button.refresh());

    void pass();
  },
});

function pageState(qualifies: boolean, response: unknown): PageState {
  if (!qualifies) return { recognised: false };
  if (isPageParseOk(response)) return { recognised: true, parsed: true, meeting: response.meeting, saved: response.status.state };
  const reason = (response as { reason?: unknown } | undefined)?.reason;
  return typeof reason === 'string' ? { recognised: true, parsed: false, reason } : { recognised: true, parsed: false };
}
