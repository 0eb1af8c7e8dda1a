import { render } from 'preact';
import { Popup, type PopupApi, type PopupTab } from '../../components/popup/Popup';
import { libraryDb } from '../../lib/db/open';
import { watchApi } from '../../components/watch/api';
import { asParseResult, isPageState, type PageState, type PageStateRequest, type Request, type SaveResponse } from '../../lib/messages';
import '../../components/styles.css';

/** How long a content script may take to answer before the page counts as not recognised. */
const ANSWER_MS = 2000;

/**
 * Test seam: `popup.html?tabId=<id>` opened as an ordinary tab describes that tab
 * instead of the active one (a real toolbar popup cannot be opened by Playwright).
 */
const seamTabId = Number(new URLSearchParams(location.search).get('tabId') ?? NaN);
const asTab = Number.isInteger(seamTabId);

async function targetTab(): Promise<PopupTab | null> {
  try {
    const tab = asTab ? await browser.tabs.get(seamTabId) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  } catch {
    return null;
  }
}

async function pageState(tabId: number): Promise<PageState | null> {
  const request: PageStateRequest = { type: 'page:state' };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ANSWER_MS));
  // No content script in the tab (not a municipal page, a browser page) rejects: not recognised.
  const answer = browser.tabs.sendMessage(tabId, request).then((a: unknown) => (isPageState(a) ? a : null), () => null);
  return Promise.race([answer, timeout]);
}

const api = (tab: PopupTab | null): PopupApi => ({
  db: libraryDb(),
  tab,
  pageState,
  async parsePage(tabId) {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-parser.js'] });
    return asParseResult(injection?.result);
  },
  async fetchBytes(url) {
    // The tab's own cookies and cache: the same bytes the viewer shows.
    const response = await fetch(url, { credentials: 'include', cache: 'force-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  },
  watch: watchApi((request) => browser.runtime.sendMessage(request)),
  async save(meeting, source) {
    const request: Request = { type: 'meeting:save', meeting, source };
    return (await browser.runtime.sendMessage(request)) as SaveResponse | undefined;
  },
  openLibrary(hash) {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') + hash });
    if (!asTab) window.close();
  },
});

void targetTab().then((tab) => render(<Popup api={api(tab)} />, document.getElementById('app')!));
