/**
 * Followed committees in the web app (Chromium, `npm run build` first), read-only: a
 * bundle made by a library that follows Hvidovre's Økonomiudvalget (the real agenda, moved
 * to four days from now; a supplementary agenda; a later meeting not published yet; the
 * host's last check) is imported on a 390 px phone; "Kommende" shows one row per meeting
 * with the item of a followed topic, "Føj til kalender" downloads an .ics that a real
 * parser reads back, "Udvalg" shows the committee, the host's status and when the extension
 * last checked; all of it again offline after a reload. Then the extension itself: what it
 * follows reaches the web app over the bridge, and what it stops following leaves it.
 * Screenshots go to test/screenshots/.
 */
import 'fake-indexeddb/auto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { LibraryDb } from '../../lib/db/schema';
import { followTopic } from '../../lib/db/topics';
import { followCommittee, recordEntries, recordHostCheck, saveWatchedMeeting, type HostCheck, type WatchedEntry } from '../../lib/db/watch';
import type { Meeting } from '../../lib/parse/types';
import { danish } from '../../lib/sites/firstagenda/time';
import { buildBundle, bundleJson } from '../../lib/sync/export';
import { AGENDA_ID, entryOf, hvidovreAgenda, OEKONOMI } from '../helpers/watch-library';
import { controlled, PHONE, tab } from './phone';

const SHOTS = new URL('../screenshots/', import.meta.url).pathname;
const SLOW = { timeout: 15_000 };

/** "2026-12-04" `days` after today in Denmark. */
function daysAhead(days: number): string {
  const today = danish(new Date()).date;
  return new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "fredag den 4. december 2026", as a Danish reader writes the day (from Intl, not the app's own formatting). */
function danishDay(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  const part = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('da-DK', { ...o, timeZone: 'UTC' }).format(d);
  return `${part({ weekday: 'long' })} den ${part({ day: 'numeric' }).replace(/\.$/, '')}. ${part({ month: 'long' })} ${part({ year: 'numeric' })}`;
}

const MEETING_DAY = daysAhead(4);
const LATER_DAY = daysAhead(18);
/** The real agenda, moved to four days from now. */
const MEETING: Meeting = { ...hvidovreAgenda(), date: MEETING_DAY };
const ENTRIES: WatchedEntry[] = [
  entryOf(AGENDA_ID, { date: MEETING_DAY }),
  entryOf('9a1f3c1e-0000-4000-8000-000000000001', { date: MEETING_DAY, name: 'Tillægsdagsorden', supplementary: true }),
  entryOf('9a1f3c1e-0000-4000-8000-000000000003', { date: LATER_DAY, startTime: null, place: null, releasedAt: null }),
];
/** 4 March 2025, 10:15 in Denmark: long enough ago to be written as a date. */
const CHECKED_AT = Date.parse('2025-03-04T09:15:00Z');
const CHECK: HostCheck = {
  host: OEKONOMI.host, checkedAt: CHECKED_AT, okAt: CHECKED_AT, problem: null, created: 2, updated: 1, unreadable: 0,
  client: { failures: 0, nextTryAt: null, lastFailure: null },
};
const PADEL = 'Punkt 33: Beslutning - Revideret projekt vedr. etablering af padelhal på Bødkerporten 2A';

async function watchBundle(path: string): Promise<void> {
  const db = new LibraryDb('e2e-watch-bundle');
  await followCommittee(db, OEKONOMI);
  await recordEntries(db, ENTRIES);
  await recordHostCheck(db, CHECK);
  await saveWatchedMeeting(db, ENTRIES[0]!, MEETING);
  await followTopic(db, 'padelhal');
  writeFileSync(path, bundleJson(await buildBundle(db)));
  await db.delete();
}

const rows = (page: Page) => page.locator('.upcoming');
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: true });

/** What the two views show, as text. */
async function upcomingShown(page: Page) {
  const first = rows(page).first();
  return {
    count: await rows(page).count(),
    when: await first.locator('.upcoming-when').textContent(),
    committee: await first.locator('.upcoming-committee').textContent(),
    meta: await first.locator('.meta').textContent(),
    matches: await first.locator('.upcoming-matches a').allTextContents(),
    topics: await first.locator('.topic-mark').allTextContents(),
    later: await rows(page).nth(1).locator('.upcoming-when').textContent(),
    laterNote: await rows(page).nth(1).locator('.upcoming-actions .hint').textContent(),
  };
}

const UPCOMING = {
  count: 2,
  when: `${danishDay(MEETING_DAY)} kl. 17:00`,
  committee: 'Økonomiudvalget',
  meta: 'Hvidovre Kommune · Hvidovre · Dagsorden, Tillægsdagsorden',
  matches: [PADEL],
  topics: ['padelhal'],
  later: danishDay(LATER_DAY),
  laterNote: 'Dagsordenen er ikke udgivet endnu',
};

describe('followed committees in the web app, from a bundle', () => {
  let tmp: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'referat-pwa-watch-'));
    mkdirSync(SHOTS, { recursive: true });
    cpSync('.output/pwa', join(tmp, 'site'), { recursive: true });
    await watchBundle(join(tmp, 'pakke.json'));
    server = await startStaticServer({ routes: [{ prefix: '/', dir: join(tmp, 'site') }] });
    browser = await launchBrowser();
    context = await browser.newContext({ ...PHONE, acceptDownloads: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('imports the bundle with its followed committee', async () => {
    await page.goto(server.origin + '/');
    await controlled(page);
    await tab(page, 'Overfør').click();
    await page.setInputFiles('input[accept^=".json"]', join(tmp, 'pakke.json'));
    await expect.poll(() => page.locator('.transfer .status.done').textContent(), SLOW).toBe(
      'Importeret: 1 møde (1 nyt), 0 læsemarkeringer, 0 noter, 1 emne og 1 udvalg. Se møderne',
    );
  });

  it('shows the upcoming meetings, one row per meeting, with the item of a followed topic, on six tabs in one row', async () => {
    await tab(page, 'Kommende').click();
    await expect.poll(() => rows(page).count(), SLOW).toBe(2);
    await expect.poll(() => rows(page).first().locator('.upcoming-matches a').count(), SLOW).toBe(1);
    expect(await upcomingShown(page)).toEqual(UPCOMING);
    expect(await page.locator('.last-checked').textContent()).toBe('Udvidelsen tjekkede sidst 4. marts 2025 kl. 10:15.');
    const tops = await page.locator('nav.tabs a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
    expect(tops).toHaveLength(6);
    expect(new Set(tops).size).toBe(1);
    // The row scrolls sideways where the font is wide; the page itself does not, and the current tab is in view.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    const current = await page.locator('nav.tabs a[aria-current=page]').evaluate((a) => {
      const [link, row] = [a.getBoundingClientRect(), a.parentElement!.getBoundingClientRect()];
      return [a.textContent, link.left >= row.left && link.right <= row.right];
    });
    expect(current).toEqual(['Kommende', true]);
    await shot(page, 'pwa-upcoming.png');

    await rows(page).first().getByRole('link', { name: PADEL }).click();
    await expect.poll(() => page.locator('.item-page h2').textContent()).toBe('Punkt 33 Beslutning - Revideret projekt vedr. etablering af padelhal på Bødkerporten 2A');
    await page.goBack();
    await rows(page).first().getByRole('link', { name: 'Se mødet' }).click();
    await expect.poll(() => page.locator('.meeting h2').textContent()).toBe('Økonomiudvalget');
    // The app cannot follow: it says the extension does.
    expect(await page.locator('.follow-committee').textContent()).toBe('Udvidelsen følger Økonomiudvalget.');
  });

  it('"Føj til kalender" downloads the meeting as an .ics file that a calendar reads', async () => {
    await tab(page, 'Kommende').click();
    await expect.poll(() => rows(page).count(), SLOW).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), rows(page).first().getByRole('button', { name: 'Føj til kalender' }).click()]);
    expect(download.suggestedFilename()).toBe(`${MEETING_DAY}-oekonomiudvalget.ics`);
    const text = readFileSync((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect([event.uid, event.summary, event.location, event.startDate.toString()]).toEqual([
      `${AGENDA_ID}@${OEKONOMI.host}`, 'Økonomiudvalget (Hvidovre Kommune)', 'Hvidovre', `${MEETING_DAY}T17:00:00`,
    ]);
    expect(event.description).toBe(
      `Punkter om emner, du følger:\n33. Beslutning - Revideret projekt vedr. etablering af padelhal på Bødkerporten 2A (padelhal)\n\nMødet på kommunens side: ${OEKONOMI.origin}/vis?id=${AGENDA_ID}`,
    );
    ICAL.TimezoneService.remove('Europe/Copenhagen');
  });

  it('shows the followed committee, its host\'s last check and when the extension checked, with nothing to click', async () => {
    await tab(page, 'Udvalg').click();
    await expect.poll(() => page.locator('.host-group h4').allTextContents(), SLOW).toEqual(['Hvidovre Kommune']);
    expect(await page.locator('.followed-list .committee-name').allTextContents()).toEqual(['Økonomiudvalget']);
    expect(await page.locator('.host-status').textContent()).toBe('Tjekket 4. marts 2025 kl. 10:15: 2 nye, 1 ændret.');
    expect(await page.locator('.last-checked').textContent()).toBe('Udvidelsen tjekkede sidst 4. marts 2025 kl. 10:15.');
    expect(await page.locator('.committees-page button, .committees-page select').count()).toBe(0);
    await shot(page, 'pwa-committees.png');
  });

  it('shows the same offline, after a reload', async () => {
    await context.setOffline(true);
    await page.goto(server.origin + '/#/kommende');
    await expect.poll(() => rows(page).first().locator('.upcoming-matches a').count(), SLOW).toBe(1);
    expect(await upcomingShown(page)).toEqual(UPCOMING);
    await page.reload();
    await expect.poll(() => rows(page).first().locator('.upcoming-matches a').count(), SLOW).toBe(1);
    expect(await upcomingShown(page)).toEqual(UPCOMING);
    await tab(page, 'Udvalg').click();
    await expect.poll(() => page.locator('.host-status').textContent(), SLOW).toBe('Tjekket 4. marts 2025 kl. 10:15: 2 nye, 1 ændret.');
    await context.setOffline(false);
  });
});

describe('followed committees from the extension, over the bridge', () => {
  let tmp: string;
  let app: StaticServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'referat-bridge-watch-'));
    cpSync('.output/pwa', join(tmp, 'site'), { recursive: true });
    app = await startStaticServer({ routes: [{ prefix: '/', dir: join(tmp, 'site') }] });
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await app?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Writes the follow into the extension's library as its check leaves it: the meeting saved through the background, the records in their stores. */
  async function follow(page: Page): Promise<void> {
    const saved = await page.evaluate(
      (meeting) => (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'meeting:save', meeting, source: 'page' }),
      MEETING,
    );
    const meetingId = (saved as { meetingId: string }).meetingId;
    await page.evaluate(
      ({ committee, entries, check }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('referat');
          open.onsuccess = () => {
            const tx = open.result.transaction(['committees', 'watchEntries', 'hostChecks'], 'readwrite');
            tx.objectStore('committees').put(committee);
            for (const e of entries) tx.objectStore('watchEntries').put(e);
            tx.objectStore('hostChecks').put(check);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      { committee: OEKONOMI, entries: ENTRIES.map((e, i) => (i === 0 ? { ...e, meetingId, fetchedRelease: e.releasedAt } : e)), check: CHECK },
    );
  }

  async function unfollow(page: Page): Promise<void> {
    await page.evaluate(
      (key) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('referat');
          open.onsuccess = () => {
            const tx = open.result.transaction(['committees', 'watchEntries'], 'readwrite');
            tx.objectStore('committees').delete(key);
            tx.objectStore('watchEntries').clear();
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      OEKONOMI.key,
    );
  }

  it('brings what the extension follows into the web app, and takes away what it stops following', async () => {
    const library = await ext.context.newPage();
    await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await follow(library);

    const pwa = await ext.context.newPage();
    await pwa.goto(app.origin + '/#/kommende');
    await expect.poll(() => pwa.locator('p.status.bridge').textContent(), SLOW).toBe('Hentet 1 møde fra udvidelsen');
    await expect.poll(() => rows(pwa).first().locator('.upcoming-matches').count(), SLOW).toBe(0);
    await expect.poll(() => rows(pwa).count(), SLOW).toBe(2);
    expect(await rows(pwa).first().locator('.upcoming-when').textContent()).toBe(`${danishDay(MEETING_DAY)} kl. 17:00`);
    expect(await pwa.locator('.last-checked').textContent()).toBe('Udvidelsen tjekkede sidst 4. marts 2025 kl. 10:15.');
    await rows(pwa).first().getByRole('link', { name: 'Se mødet' }).click();
    await expect.poll(() => pwa.locator('.meeting h2').textContent()).toBe('Økonomiudvalget');

    await unfollow(library);
    await pwa.goto(app.origin + '/#/udvalg');
    await pwa.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => pwa.locator('.followed p').first().textContent(), SLOW).toBe(
      'Udvidelsen følger ingen udvalg. Følg dem i udvidelsen under Udvalg; de kommer hertil, når appen henter fra udvidelsen, eller når du importerer en pakke.',
    );
    await pwa.goto(app.origin + '/#/kommende');
    await expect.poll(() => pwa.locator('.upcoming-page p').last().textContent(), SLOW).toBe('Ingen kommende møder i de udvalg, udvidelsen følger. Kommuner og udvalg');
    // The meeting it brought stays in the app.
    await pwa.goto(app.origin + '/');
    await expect.poll(() => pwa.locator('a.meeting-link').count(), SLOW).toBe(1);
    await pwa.close();
    await library.close();
  });
});
