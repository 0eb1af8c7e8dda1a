/**
 * Hostile pages in Chromium with the built extension (`npm run build` first).
 * Minutes full of <script>, onerror=, <svg onload>, javascript:/data:/vbscript:
 * links and look-alike markup are saved and shown as text in the library, the
 * popup and the web app (reached through the bridge); nothing runs there, and
 * only http(s) attachments are links. Pages that remove, restyle or redefine
 * the save button break nothing and can still be saved from the popup; a page
 * faking FirstAgenda's markers gets no button and saves nothing.
 *
 * The fixtures' live markup calls the page's own __hit(name), so the page's
 * scripts run exactly once each; anywhere else, and for every payload written
 * as text or kept inert, running would set top.__pwned and call alert.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { MAX_REMOUNTS } from '../../components/save-button/save-button';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';

const GUID = '4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';
const PAGES = 'test/fixtures/pages/';
/** Our button: the host the content script appends to <html> (the pages carry look-alikes elsewhere). */
const OURS = 'html > referat-gem';
/** Elements of a page's markup that must never appear in our views. */
const FOREIGN = 'script, img, svg, iframe, object, embed, template, noscript, style, mark, b, referat-gem, [onerror], [onload], [onclick], [srcdoc]';
/** Event handlers and inline frames: none anywhere in our pages. */
const HANDLERS = '[onerror], [onload], [onclick], [onmouseover], [srcdoc]';

const GENERIC = {
  path: '/politik/hostile',
  committee: 'Teknik- og Miljøudvalget',
  title2: 'Skilte med <img src=x onerror=alert(1)> på Strandvejen',
  literals: [
    'Godkendt. Teksten <script>top.__pwned=1;alert(1)</script> er kun tekst.',
    'Skriv <svg onload=alert(1)> og </mark><b>fed</b> som tekst.',
    'Godkendt med tilføjelsen "><a href=javascript:alert(1)>klik</a>.',
  ],
  attachments: [
    'Skiltning på Strandvejen', 'Kort over <Strandvejen>', 'Bilag med javascript', 'Bilag med skjult javascript',
    'Bilag med kodet javascript', 'Bilag med data', 'Bilag med vbscript',
  ],
  links: (origin: string) => [`${origin}/media/bilag/skiltning.pdf`, 'https://example.org/bilag/kort.pdf'],
  hits: ['dd-img', 'dd-script', 'h2-script', 'iframe', 'img', 'svg'],
};
const FIRSTAGENDA = {
  path: `/vis?fk=1&id=${GUID}`,
  committee: 'Teknisk Udvalg <img src=x onerror=alert(1)>',
  title2: 'Cykelsti <script>top.__pwned=1;alert(1)</script> ved skolen',
  hits: ['bilag-script', 'deltagere-script', 'h1-script', 'iframe', 'overskrift-script', 'resume-img', 'resume-svg', 'sted-img'],
};

let ext: ExtensionBrowser;
let server: StaticServer;
let tmp: string;
const dialogs: string[] = [];
const errors: string[] = [];

const extensionUrl = (path: string) => `chrome-extension://${ext.extensionId}/${path}`;

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  return page;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('referat:settled').length > 0, undefined, { timeout: 15_000 });
}

const label = (page: Page) => page.locator(OURS).locator('button.save').textContent({ timeout: 15_000 });

/** What a page's scripts did: its own hits, and any sign that a payload ran. */
function traces(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __pageHits?: string[]; __pwned?: unknown };
    return { hits: w.__pageHits ? [...w.__pageHits].sort() : null, pwned: w.__pwned ?? null, title: document.title };
  });
}

/** Nothing of the page ran in one of our pages. */
async function clean(page: Page, title: string): Promise<void> {
  expect(await traces(page)).toEqual({ hits: null, pwned: null, title });
}

/** The library's meetings and items as stored, read from an extension page. */
async function stored(): Promise<{ meetings: { id: string; committee: string; participants: string[] }[]; items: { meetingId: string; number: number; title: string; attachments: { title: string; url?: string }[]; decisions: { text: string }[] }[] }> {
  const page = await ext.context.newPage();
  await page.goto(extensionUrl('library.html'));
  const all = await page.evaluate(
    () =>
      new Promise<{ meetings: never[]; items: never[] }>((resolve, reject) => {
        const request = indexedDB.open('referat');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['meetings', 'items']);
          const out = { meetings: [] as never[], items: [] as never[] };
          tx.objectStore('meetings').getAll().onsuccess = (e) => (out.meetings = (e.target as IDBRequest<never[]>).result);
          tx.objectStore('items').getAll().onsuccess = (e) => (out.items = (e.target as IDBRequest<never[]>).result);
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
  await page.close();
  return all;
}

/** Addresses that only a writer other than the parser (an old version, an import) could have stored. */
const BAD_URLS = ['javascript:top.__pwned=1;alert(1)', ' \tJaVaScRiPt:top.__pwned=1;alert(1)', 'data:text/html,<script>top.__pwned=1;alert(1)</script>', 'vbscript:msgbox(1)'];

/** Writes BAD_URLS straight into the stored FirstAgenda meeting (its source and item 2's attachments), past every check. */
async function storeBadUrls(): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(extensionUrl('library.html'));
  await page.evaluate(
    ({ committee, bad }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('referat');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['meetings', 'items'], 'readwrite');
          tx.objectStore('meetings').getAll().onsuccess = (e) => {
            const meeting = (e.target as IDBRequest<{ id: string; committee: string; sourceUrl: string | null }[]>).result.find((m) => m.committee === committee)!;
            tx.objectStore('meetings').put({ ...meeting, sourceUrl: bad[0] });
            const items = tx.objectStore('items');
            items.get([meeting.id, 2]).onsuccess = (g) => {
              const item = (g.target as IDBRequest<{ attachments: unknown[] }>).result;
              items.put({ ...item, attachments: [...bad.map((url, i) => ({ title: `Farligt bilag ${i + 1}`, url })), { title: 'Godt bilag', url: 'https://example.org/ok.pdf' }] });
            };
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { committee: FIRSTAGENDA.committee, bad: BAD_URLS },
  );
  await page.close();
}

/** The FirstAgenda meeting after storeBadUrls: the bad addresses are titles only, and there is no link to the source. */
async function expectBadUrlsInert(view: Page): Promise<void> {
  await expect.poll(() => view.locator('.meeting h2').textContent(), { timeout: 10_000 }).toBe(FIRSTAGENDA.committee);
  const attachments = view.locator('#punkt-2 .attachments');
  expect(await attachments.locator('li').allTextContents()).toEqual([...BAD_URLS.map((_, i) => `Farligt bilag ${i + 1}`), 'Godt bilag']);
  expect(await attachments.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://example.org/ok.pdf']);
  expect(await view.getByRole('link', { name: 'Gå til kilden' }).count()).toBe(0);
  const hrefs = await view.locator('.meeting a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((h) => !/^(https?:\/\/|#\/)/.test(h))).toEqual([]);
}

async function tabIdOf(url: string): Promise<number> {
  const page = await ext.context.newPage();
  await page.goto(extensionUrl('library.html'));
  const id = await page.evaluate(async (u) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
    return (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  await page.close();
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

async function popupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(page.url());
  const popup = await ext.context.newPage();
  await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`));
  return popup;
}

/** Saves the tab's page from its popup, a two-item meeting, and closes the popup. */
async function saveFromPopup(page: Page): Promise<void> {
  const popup = await popupFor(page);
  await popup.locator('.current').getByRole('button', { name: 'Gem referat' }).click({ timeout: 10_000 });
  await expect.poll(() => popup.locator('.popup-status').textContent(), { timeout: 10_000 }).toBe('Gemt – 2 punkter · Vis i biblioteket');
  await popup.close();
}

/**
 * A meeting view (library or web app) holds the page's text as text: the item
 * titles and literals verbatim, none of the page's elements, and links only to
 * http(s) attachments and to our own routes.
 */
async function expectTextOnly(view: Page, root: string): Promise<void> {
  await expect.poll(() => view.locator(`${root} details.item`).count(), { timeout: 10_000 }).toBe(3);
  expect(await view.locator(`${root} .item-title`).allTextContents()).toEqual(['Godkendelse af dagsorden', GENERIC.title2, 'Eventuelt']);
  const text = (await view.locator(root).textContent())!;
  for (const literal of GENERIC.literals) expect(text).toContain(literal);
  expect(await view.locator(`${root} :is(${FOREIGN})`).count()).toBe(0);
  expect(await view.locator(HANDLERS).count()).toBe(0);
  const item = view.locator(`${root} #punkt-2 .attachments`);
  expect(await item.locator('li').allTextContents()).toEqual(GENERIC.attachments);
  expect(await item.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(GENERIC.links(server.origin));
  const hrefs = await view.locator(`${root} a[href]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((h) => !/^(https?:\/\/|#\/)/.test(h))).toEqual([]);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'referat-hostile-'));
  const site = join(tmp, 'site');
  cpSync('.output/pwa', site, { recursive: true });
  // 127.0.0.1 is a web app origin (lib/bridge/origins.ts): the app there gets saved meetings through the bridge.
  server = await startStaticServer({
    routes: [{ prefix: '/', dir: site }],
    pages: {
      [GENERIC.path]: `${PAGES}hostile-referat.html`,
      '/vis': `${PAGES}hostile-firstagenda.html`,
      '/falsk/vis': `${PAGES}fake-firstagenda.html`,
      '/politik/fjerner': `${PAGES}hostile-button-remove.html`,
      '/politik/skjuler': `${PAGES}hostile-button-restyle.html`,
      '/politik/element': `${PAGES}hostile-button-element.html`,
    },
  });
  ext = await launchWithExtension();
  ext.context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} (${dialog.page()?.url() ?? '?'})`);
    void dialog.dismiss();
  });
  const watch = (page: Page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  ext.context.pages().forEach(watch);
  ext.context.on('page', watch);
});

afterEach(() => {
  // Emptied first, so one test's failure is not reported again by the next.
  const [seenDialogs, seenErrors] = [dialogs.splice(0), errors.splice(0)];
  expect(seenDialogs).toEqual([]);
  expect(seenErrors).toEqual([]);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('hostile minutes', () => {
  it('are saved from the button with their payloads as text, and the page\'s own scripts run once each', async () => {
    for (const { path, hits } of [GENERIC, FIRSTAGENDA]) {
      const page = await open(path);
      expect(await label(page), path).toBe('Gem referat');
      await page.locator(OURS).locator('button.save').click();
      await expect.poll(() => label(page), { timeout: 15_000 }).toBe('Gemt – 3 punkter');
      const { title } = await traces(page);
      expect(await traces(page), path).toEqual({ hits, pwned: null, title });
      expect(title).not.toBe('PWNED');
      await page.close();
    }

    const { meetings, items } = await stored();
    expect(meetings.map((m) => m.committee).sort()).toEqual([GENERIC.committee, FIRSTAGENDA.committee].sort());
    const fa = meetings.find((m) => m.committee === FIRSTAGENDA.committee)!;
    expect(fa.participants).toEqual(['Dorthe Lund', 'Erik Møller', 'Frida Nielsen']);
    const faItems = items.filter((i) => i.meetingId === fa.id).sort((a, b) => a.number - b.number);
    expect(faItems.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', FIRSTAGENDA.title2, 'Køb af <b>grund</b>']);
    expect(faItems[1]!.decisions.map((d) => d.text)).toEqual(['Godkendt. <iframe src=javascript:alert(1)></iframe> er kun tekst.']);
    expect(faItems[1]!.attachments.filter((a) => a.url)).toEqual([
      { title: 'Bilag 1: Kort over cykelstien', url: `${server.origin}/vis/pdf/bilag/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa/?redirectDirectlyToPdf=false` },
      { title: 'Bilag 2: Trafiktal <2025>', url: 'https://example.org/bilag/trafiktal.pdf' },
    ]);
    const generic = meetings.find((m) => m.committee === GENERIC.committee)!;
    const genericItems = items.filter((i) => i.meetingId === generic.id).sort((a, b) => a.number - b.number);
    expect(genericItems.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', GENERIC.title2, 'Eventuelt']);
    expect(genericItems[0]!.decisions.map((d) => d.text)).toEqual([GENERIC.literals[0]]);
  });

  it('are shown as text in the library: list, meeting page and item page', async () => {
    const library = await ext.context.newPage();
    await library.goto(extensionUrl('library.html'));
    await expect.poll(() => library.locator('a.meeting-link').count(), { timeout: 10_000 }).toBe(2);
    expect((await library.locator('a.meeting-link .committee').allTextContents()).sort()).toEqual([GENERIC.committee, FIRSTAGENDA.committee].sort());
    expect(await library.locator(`main :is(${FOREIGN})`).count()).toBe(0);

    await library.locator('a.meeting-link', { hasText: GENERIC.committee }).click();
    await expectTextOnly(library, 'article.meeting');

    await library.locator('#punkt-2 summary').click();
    await library.getByRole('link', { name: 'Vis punkt 2 for sig' }).click();
    await expect.poll(() => library.locator('.item-page h2').textContent()).toBe(`Punkt 2 ${GENERIC.title2}`);
    expect(await library.locator(`.item-page :is(${FOREIGN})`).count()).toBe(0);
    expect(await library.locator('.item-page .attachments a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(
      GENERIC.links(server.origin),
    );

    await library.goto(extensionUrl('library.html#/'));
    await library.locator('a.meeting-link', { hasText: 'Teknisk Udvalg' }).click();
    await expect.poll(() => library.locator('.meeting h2').textContent(), { timeout: 10_000 }).toBe(FIRSTAGENDA.committee);
    expect(await library.locator('.meeting .item-title').allTextContents()).toEqual(['Godkendelse af dagsorden', FIRSTAGENDA.title2, 'Køb af <b>grund</b>']);
    expect(await library.locator(`.meeting :is(${FOREIGN})`).count()).toBe(0);
    expect(await library.locator('#punkt-2 .attachments a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `${server.origin}/vis/pdf/bilag/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa/?redirectDirectlyToPdf=false`,
      'https://example.org/bilag/trafiktal.pdf',
    ]);
    await clean(library, await library.title());
    expect(await library.title()).not.toBe('PWNED');
    await library.close();
  });

  it('links nothing but http(s) in the library even when the stored meeting holds other addresses', async () => {
    await storeBadUrls();
    const library = await ext.context.newPage();
    await library.goto(extensionUrl('library.html'));
    await library.locator('a.meeting-link', { hasText: 'Teknisk Udvalg' }).click();
    await expectBadUrlsInert(library);
    await library.locator('#punkt-2 summary').click();
    await library.getByRole('link', { name: 'Vis punkt 2 for sig' }).click();
    await expect.poll(() => library.locator('.item-page h2').textContent()).toBe(`Punkt 2 ${FIRSTAGENDA.title2}`);
    expect(await library.locator('.item-page .attachments a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://example.org/ok.pdf']);
    expect(await library.getByRole('link', { name: 'Gå til kilden' }).count()).toBe(0);
    await clean(library, await library.title());
    await library.close();
  });

  it('are shown as text in the popup for the tab', async () => {
    const page = await open(FIRSTAGENDA.path);
    expect(await label(page)).toBe('Allerede gemt');
    const popup = await popupFor(page);
    await expect.poll(() => popup.locator('.current .committee').textContent(), { timeout: 10_000 }).toBe(FIRSTAGENDA.committee);
    await expect.poll(() => popup.locator('.recent li').count()).toBe(2);
    // Newest first; the popup lists committees, not item titles, so the committee's markup is the payload here.
    expect(await popup.locator('.recent li a').allTextContents()).toEqual([FIRSTAGENDA.committee, GENERIC.committee]);
    expect(await popup.locator(`body :is(${FOREIGN})`).count()).toBe(0);
    await clean(popup, await popup.title());
    expect(await popup.title()).not.toBe('PWNED');
    await popup.close();
    await page.close();
  });

  it('are shown as text in the web app, which gets them through the bridge, stored addresses filtered as in the library', async () => {
    const app = await open('/');
    await expect.poll(() => app.locator('a.meeting-link').count(), { timeout: 20_000 }).toBe(2);
    expect(await app.locator(`main :is(${FOREIGN})`).count()).toBe(0);
    await app.locator('a.meeting-link', { hasText: GENERIC.committee }).click();
    await expectTextOnly(app, 'article.meeting');
    await app.goto(server.origin + '/#/');
    await app.locator('a.meeting-link', { hasText: 'Teknisk Udvalg' }).click();
    await expectBadUrlsInert(app);
    await clean(app, await app.title());
    expect(await app.title()).not.toBe('PWNED');
    await app.close();
  });
});

describe('pages that fight the button', () => {
  it(`a page that keeps removing the button gets it back ${MAX_REMOUNTS} times, no more, and saves from the popup`, async () => {
    const page = await open('/politik/fjerner');
    await settled(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBe(1 + MAX_REMOUNTS);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBe(1 + MAX_REMOUNTS);
    expect(await page.locator(OURS).count()).toBe(0);

    await saveFromPopup(page);
    await page.close();
    expect((await stored()).meetings.map((m) => m.committee).sort()).toEqual([GENERIC.committee, FIRSTAGENDA.committee, 'Vej- og Parkudvalget'].sort());
  });

  it('a page that restyles and covers the button is left to itself (no tug of war), and saves from the popup', async () => {
    const page = await open('/politik/skjuler');
    await settled(page);
    await expect.poll(() => page.locator(OURS).count()).toBe(1);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __restyled: number }).__restyled)).toBe(1);
    expect(await page.locator(OURS).locator('button.save').isVisible()).toBe(false);

    await saveFromPopup(page);
    // The page's button learns of the save when the tab is looked at again, hidden or not.
    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => label(page), { timeout: 10_000 }).toBe('Allerede gemt');
    await page.close();
  });

  it('a page that defines the button\'s element itself, without shadow roots, still saves from the popup', async () => {
    const page = await open('/politik/element');
    await settled(page);
    // The page's class was asked once for our element, refused a shadow root, and was not asked again.
    expect(await page.evaluate(() => (window as unknown as { __constructed: number }).__constructed)).toBe(1);
    expect(await page.locator(OURS).count()).toBe(0);
    await saveFromPopup(page);
    await page.close();
    expect((await stored()).meetings.map((m) => m.committee).sort()).toEqual(
      [GENERIC.committee, FIRSTAGENDA.committee, 'Vej- og Parkudvalget', 'Kultur- og Fritidsudvalget', 'Børne- og Skoleudvalget'].sort(),
    );
  });

  it('a page faking FirstAgenda markers gets no button, the popup says why, and nothing is saved', async () => {
    const before = (await stored()).meetings.length;
    const page = await open(`/falsk/vis?fk=1&id=${GUID}`);
    await settled(page);
    expect(await page.locator('referat-gem').count()).toBe(0);
    const popup = await popupFor(page);
    await expect.poll(() => popup.locator('.current').textContent(), { timeout: 10_000 }).toBe(
      'Siden har ingen dagsordenspunkter, så den ligner ikke et referat eller en dagsorden.',
    );
    expect(await popup.locator('.current button').count()).toBe(0);
    await popup.close();
    await page.close();
    expect((await stored()).meetings.length).toBe(before);
  });
});
