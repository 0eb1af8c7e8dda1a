/**
 * Every view, audited with axe-core in Chromium (issue 14): no serious or critical violation.
 * In the extension: the save button with "Følg udvalget" on a FirstAgenda meeting page (the test
 * host), the popup page, and the library's list, meeting, item, search, topics, topic, thread,
 * Kommuner og udvalg (the followed committees and a municipality's chooser), Kommende møder and
 * Overfør (Send til telefonen). In the web app on a phone: the same views where it has them, its
 * Overfør, and the word to iPhone users. A failing view prints its violations.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { startFirstAgendaServer, type FirstAgendaTestServer } from '../../scripts/firstagenda-server';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { meetingId } from '../../lib/db/identity';
import { saveMeeting } from '../../lib/db/meetings';
import { LibraryDb } from '../../lib/db/schema';
import { followTopic } from '../../lib/db/topics';
import { buildBundle, bundleJson } from '../../lib/sync/export';
import { itemHash, meetingHash } from '../../components/shared/routes';
import { fixtureText, meetingOf, SEEDS } from '../helpers/fixtures';
import { recordEntries } from '../../lib/db/watch';
import { entryOf, followHvidovre } from '../helpers/watch-library';
import { audit, report } from './axe';
import { PHONE } from './phone';

const OEKONOMI = '5dd92504-8e21-4dc9-90cc-1584b1ca0882';
const SLOW = { timeout: 20_000 };
const DAY = 86_400_000;
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const HERNING = meetingId(meetingOf(SEEDS.herning2023));

/** A view of the library: where it is, and what shows once it is there. */
interface View {
  name: string;
  go(page: Page): Promise<unknown>;
  ready: string;
}

const at = (hash: string) => async (page: Page) => {
  const url = new URL(page.url());
  url.hash = hash;
  await page.goto(url.href);
};
/** The thread of the followed topic's first group, from the topic page. */
const thread = async (page: Page) => {
  await at('#/emne/1')(page);
  await page.getByRole('link', { name: 'Se hele sagens forløb' }).first().click();
};

const LIBRARY_VIEWS: View[] = [
  { name: 'library list', go: at('#/'), ready: 'a.meeting-link' },
  { name: 'meeting', go: at(meetingHash(HERNING)), ready: 'details.item' },
  { name: 'item', go: at(itemHash(HERNING, 48)), ready: '.item-page .decision' },
  { name: 'search', go: at('#/soeg?q=gadeplan'), ready: '.hits .hit' },
  { name: 'topics', go: at('#/emner'), ready: '.topic-list li' },
  { name: 'topic', go: at('#/emne/1'), ready: '.topic-group' },
  { name: 'thread', go: thread, ready: '.thread-page .tl-row' },
  { name: 'Kommuner og udvalg', go: at('#/udvalg'), ready: '.followed-list li' },
  { name: 'Kommende møder', go: at('#/kommende'), ready: '.upcoming-list > li' },
  { name: 'transfer', go: at('#/overfoer'), ready: '.transfer .panel' },
];

/** The view in the light and the dark colour scheme (the colours differ, so contrast is checked in both). */
async function expectNoViolations(page: Page, view: View): Promise<void> {
  await view.go(page);
  await page.locator(view.ready).first().waitFor(SLOW);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const findings = await audit(page);
    expect(findings, report(`${view.name} (${colorScheme})`, findings)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

let tmp: string;
let host: FirstAgendaTestServer;
let ext: ExtensionBrowser;
let library: Page;
let meetingPage: Page;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'referat-a11y-'));
  host = await startFirstAgendaServer({ handshake: 'anonymous-auth' });
  ext = await launchWithExtension();
  library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
  // Two Herning meetings of one case (a thread) and a followed topic that finds it.
  for (const seed of [SEEDS.herning2023, SEEDS.herning2022]) {
    await library.setInputFiles('.open-minutes input[type=file]', { name: 'referat.txt', mimeType: 'text/plain', buffer: Buffer.from(fixtureText(seed)) });
    await library.waitForURL(new RegExp(encodeURIComponent(meetingId(meetingOf(seed))).replaceAll('|', '\\|')), SLOW);
  }
  await library.goto(`chrome-extension://${ext.extensionId}/library.html#/soeg?q=gadeplan`);
  await library.getByRole('button', { name: 'Følg', exact: true }).click();
  await library.locator('.follow.followed').waitFor(SLOW);
});

afterAll(async () => {
  await ext?.close();
  await host?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the extension', () => {
  it('save button and "Følg udvalget" on a meeting page', async () => {
    // Local time with its offset, as the host writes it.
    const day = (ms: number, hour: number) => `${new Date(ms).toISOString().slice(0, 10)}T${hour}:00:00+01:00`;
    const upcoming = host.addMeeting({ committeeId: OEKONOMI, start: day(Date.now() + 7 * DAY, 17), released: day(Date.now() - DAY, 9), place: 'Rådhuset' });
    meetingPage = await ext.context.newPage();
    await meetingPage.goto(`${host.origin}/vis?id=${upcoming}`);
    const follow = meetingPage.locator('referat-gem button.follow');
    await expect.poll(() => follow.textContent(), SLOW).toBe('Følg udvalget');
    for (const colorScheme of ['light', 'dark'] as const) {
      await meetingPage.emulateMedia({ colorScheme });
      const before = await audit(meetingPage, 'referat-gem');
      expect(before, report(`save button (${colorScheme})`, before)).toEqual([]);
    }
    // The audit sees into the button's shadow root: a nameless button put there is found, then taken away.
    await meetingPage.evaluate(() => document.querySelector('referat-gem')!.shadowRoot!.append(Object.assign(document.createElement('button'), { id: 'probe' })));
    expect((await audit(meetingPage, 'referat-gem')).map((f) => [f.rule, f.nodes.length])).toEqual([['button-name', 1]]);
    await meetingPage.evaluate(() => document.querySelector('referat-gem')!.shadowRoot!.getElementById('probe')!.remove());
    // Following brings the committee and its meeting in: the views below show them.
    await follow.click();
    await expect.poll(() => follow.textContent(), SLOW).toBe('Følger udvalget');
    await meetingPage.locator('referat-gem button.save').click();
    await expect.poll(() => meetingPage.locator('referat-gem .status').textContent(), SLOW).toMatch(/^(Gemt|Allerede gemt)/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await meetingPage.emulateMedia({ colorScheme });
      const after = await audit(meetingPage, 'referat-gem');
      expect(after, report(`save button, saved and followed (${colorScheme})`, after)).toEqual([]);
    }
  });

  it('popup page', async () => {
    const tabId = await library.evaluate(async (u) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
      return (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, meetingPage.url());
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.current').waitFor(SLOW);
    await expect.poll(() => popup.locator('.recent li').count(), SLOW).toBeGreaterThan(0);
    await expectNoViolations(popup, { name: 'popup', go: async () => {}, ready: '.current' });
    await popup.close();
  });

  for (const view of LIBRARY_VIEWS) it(view.name, () => expectNoViolations(library, view));

  it('a meeting of a followed committee, with "Følger udvalget"', () =>
    expectNoViolations(library, {
      name: 'meeting with Følg udvalget',
      go: async (page) => {
        await at('#/')(page);
        await page.locator('a.meeting-link').filter({ hasText: 'Økonomiudvalget' }).click();
      },
      ready: '.follow-committee button',
    }));

  it('a municipality\'s committees to choose from (Kommuner og udvalg)', () =>
    expectNoViolations(library, { name: 'committee chooser', go: at(`#/udvalg?vaert=${encodeURIComponent(host.origin)}`), ready: 'input[type=checkbox]' }));
});

describe('the web app on a phone', () => {
  let server: StaticServer;
  let browser: Browser;
  let app: Page;

  beforeAll(async () => {
    // The same kind of library as the extension's above, brought as a bundle.
    const db = new LibraryDb('a11y-bundle');
    for (const seed of [SEEDS.herning2023, SEEDS.herning2022]) await saveMeeting(db, meetingOf(seed), 'file');
    await followTopic(db, 'gadeplan');
    await followHvidovre(db);
    // A meeting of the committee next week: Kommende møder shows it.
    const nextWeek = new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10);
    await recordEntries(db, [entryOf('9a1f3c1e-0000-4000-8000-0000000000aa', { date: nextWeek, releasedAt: new Date(Date.now() - 2 * DAY).toISOString() })]);
    const bundle = join(tmp, 'pakke.json');
    writeFileSync(bundle, bundleJson(await buildBundle(db, { now: new Date(Date.now() - DAY) })));
    await db.delete();
    server = await startStaticServer({ routes: [{ prefix: '/', dir: '.output/pwa' }] });
    browser = await launchBrowser();
    app = await (await browser.newContext(PHONE)).newPage();
    await app.goto(server.origin + '/#/overfoer');
    await app.setInputFiles('input[accept^=".json"]', bundle);
    await app.locator('.transfer .status.done').waitFor(SLOW);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const view of LIBRARY_VIEWS) it(view.name, () => expectNoViolations(app, view));

  it('transfer on an iPhone, with the word about the home screen', async () => {
    const iphone = await browser.newContext({ ...PHONE, userAgent: IPHONE });
    try {
      const page = await iphone.newPage();
      await page.goto(server.origin + '/#/overfoer');
      await expectNoViolations(page, { name: 'iPhone notice', go: async () => {}, ready: '.phone-notice' });
    } finally {
      await iphone.close();
    }
  });
});
