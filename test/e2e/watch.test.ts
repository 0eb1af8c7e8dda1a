/**
 * Followed committees in Chromium with the built extension, against the test
 * FirstAgenda host (Hvidovre's real answers, the cookie handshake on): follow the
 * committee from a meeting page, a meeting added to the host's list arrives on
 * "Tjek nu", matches a followed topic, sets the badge and one notification; the
 * agenda turns into minutes on a later check and the read mark stays; a failing
 * host gets its sentence and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { startFirstAgendaServer, type FirstAgendaTestServer } from '../../scripts/firstagenda-server';
import { storeCounts } from './library-db';

const OEKONOMI = '5dd92504-8e21-4dc9-90cc-1584b1ca0882';
const SLOW = { timeout: 20_000 };
const DAY = 86_400_000;

let ext: ExtensionBrowser;
let server: FirstAgendaTestServer;
let library: Page;

/** Local ISO date and offset time of a moment in Denmark's winter (the test runs in any month: the offset is the page's own). */
const at = (ms: number, hour: number) => `${new Date(ms).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+01:00`;

type Chrome = {
  chrome: {
    runtime: { sendMessage(m: unknown): Promise<unknown> };
    action: { getBadgeText(d: object): Promise<string> };
    notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  };
};
const send = (message: unknown) => library.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), message);
const badge = () => library.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getBadgeText({}));
const notifications = () => library.evaluate(async () => Object.keys(await (globalThis as unknown as Chrome).chrome.notifications.getAll()));
const clearNotifications = () =>
  library.evaluate(async () => {
    const n = (globalThis as unknown as Chrome).chrome.notifications;
    await Promise.all(Object.keys(await n.getAll()).map((id) => n.clear(id)));
  });

/** A store's records, read raw from the extension's library. */
function records<T>(store: string): Promise<T[]> {
  return library.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('referat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
    store,
  );
}

let upcoming: string;

beforeAll(async () => {
  server = await startFirstAgendaServer({ handshake: 'anonymous-auth' });
  // A meeting a week ahead, its agenda published yesterday: the first follow brings it in.
  upcoming = server.addMeeting({ committeeId: OEKONOMI, start: at(Date.now() + 7 * DAY, 17), released: at(Date.now() - DAY, 9), place: 'Rådhuset' });
  ext = await launchWithExtension();
  library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('following a committee', () => {
  it('follows the committee from its meeting page, whose first check brings the upcoming agenda in', async () => {
    // A topic the agenda matches (item 3: "Skema A godkendelse ved Grenhusene").
    await library.goto(`chrome-extension://${ext.extensionId}/library.html#/soeg?q=Grenhusene`);
    await library.getByRole('button', { name: 'Følg', exact: true }).click();
    await expect.poll(() => library.locator('.follow.followed').count(), SLOW).toBe(1);
    await library.goto(`chrome-extension://${ext.extensionId}/library.html#/`);

    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/vis?id=${upcoming}`);
    const follow = page.locator('referat-gem button.follow');
    await expect.poll(() => follow.textContent(), SLOW).toBe('Følg udvalget');
    expect(await page.locator('referat-gem button.save').textContent()).toBe('Gem dagsorden');
    await follow.click();
    await expect.poll(() => follow.textContent(), SLOW).toBe('Følger udvalget');
    expect(await follow.getAttribute('aria-pressed')).toBe('true');

    await expect.poll(async () => (await storeCounts(library, ['meetings'])).meetings, SLOW).toBe(1);
    const [committee] = await records<{ key: string; name: string; period: string; municipality: string | null }>('committees');
    expect(committee).toMatchObject({ key: `${server.host}|${OEKONOMI}`, name: 'Økonomiudvalget', period: 'Udvalg 2026-2029' });
    const [meeting] = await records<{ kind: string; committee: string; startTime: string; location: string; itemCount: number; source: string; sourceUrl: string }>('meetings');
    expect(meeting).toMatchObject({ kind: 'dagsorden', committee: 'Økonomiudvalget', startTime: '17:00', location: 'Rådhuset', itemCount: 24, source: 'api', sourceUrl: `${server.origin}/vis?id=${upcoming}` });
    // The topic has news: the badge and one notification that opens the item.
    await expect.poll(badge, SLOW).toBe('1');
    await expect.poll(notifications, SLOW).toEqual([expect.stringMatching(/^item:.+#3$/)]);
    // The page now knows the meeting is saved, and says so on the next visit.
    await page.reload();
    await expect.poll(() => page.locator('referat-gem button.save').textContent(), SLOW).toBe('Allerede gemt');
    expect(await page.locator('referat-gem button.follow').textContent()).toBe('Følger udvalget');
    await page.close();
  });

  it('asks the host once when nothing changed, and brings a meeting added to its list on "Tjek nu"', async () => {
    await clearNotifications();
    let from = server.log.length;
    expect(await send({ type: 'watch:check' })).toEqual({ ok: true });
    expect(server.log.slice(from).filter((r) => r.path.startsWith('/api/')).map((r) => r.path)).toEqual(['/api/agenda/udvalgsliste']);

    const added = server.addMeeting({ committeeId: OEKONOMI, start: at(Date.now() + 14 * DAY, 16), released: at(Date.now(), 8) });
    from = server.log.length;
    expect(await send({ type: 'watch:check' })).toEqual({ ok: true });
    expect(server.log.slice(from).filter((r) => r.path.startsWith('/api/')).map((r) => r.path)).toEqual(['/api/agenda/udvalgsliste', `/api/agenda/dagsorden/${added}`]);
    expect((await storeCounts(library, ['meetings'])).meetings).toBe(2);
    await expect.poll(notifications, SLOW).toEqual([expect.stringMatching(/^item:.+#3$/)]);
    const [host] = await records<{ problem: string | null; created: number; updated: number }>('hostChecks');
    expect(host).toMatchObject({ problem: null, created: 1, updated: 0 });
  });

  it('shows both meetings in Kommende møder, the followed topic\'s item marked, and gives the meeting as a calendar file', async () => {
    await library.goto(`chrome-extension://${ext.extensionId}/library.html#/kommende`);
    const rows = library.locator('.upcoming-list > li');
    await expect.poll(() => rows.count(), SLOW).toBe(2);
    expect(await rows.locator('.upcoming-committee').allTextContents()).toEqual(['Økonomiudvalget', 'Økonomiudvalget']);
    expect(await rows.first().locator('.upcoming-when').textContent()).toMatch(/ kl\. 17:00$/);
    expect(await rows.nth(1).locator('.upcoming-when').textContent()).toMatch(/ kl\. 16:00$/);
    const match = rows.first().locator('.upcoming-matches li');
    expect(await match.locator('a').first().textContent()).toBe('Punkt 3: Beslutning - Skema A godkendelse ved Grenhusene');
    expect(await match.first().locator('.topic-mark').textContent()).toBe('Grenhusene');

    const [download] = await Promise.all([library.waitForEvent('download'), rows.first().getByRole('button', { name: /Føj til kalender/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-oekonomiudvalget\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8');
    const day = at(Date.now() + 7 * DAY, 17).slice(0, 10).replace(/-/g, '');
    expect(ics).toContain(`DTSTART;TZID=Europe/Copenhagen:${day}T170000\r\n`);
    expect(ics).toContain('SUMMARY:Økonomiudvalget');
    expect(ics).toContain('LOCATION:Rådhuset\r\n');
    expect(ics.replace(/\r\n /g, '')).toContain('Punkter om emner\\, du følger:\\n3. Beslutning - Skema A godkendelse ved Grenhusene (Grenhusene)');
    expect(ics.replace(/\r\n /g, '')).toContain(`URL:${server.origin}/vis?id=${upcoming}`);
  });

  it('turns the agenda into minutes on a later check, keeping the read mark', async () => {
    const [agenda] = (await records<{ id: string; sourceUrl: string }>('meetings')).filter((m) => m.sourceUrl.endsWith(upcoming));
    await library.evaluate(
      (id) =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('referat');
          open.onsuccess = () => {
            const tx = open.result.transaction('reads', 'readwrite');
            tx.objectStore('reads').put({ meetingId: id, number: 3, readAt: Date.now() });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      agenda!.id,
    );
    server.publishMinutes(upcoming, { released: at(Date.now(), 10), decision: 'Indstillingen blev godkendt.' });
    expect(await send({ type: 'watch:check' })).toEqual({ ok: true });
    const minutes = (await records<{ id: string; kind: string }>('meetings')).find((m) => m.id === agenda!.id)!;
    expect(minutes.kind).toBe('referat');
    const item3 = (await records<{ meetingId: string; number: number; decisions: Array<{ text: string }> }>('items')).find((i) => i.meetingId === agenda!.id && i.number === 3)!;
    expect(item3.decisions.at(-1)!.text).toBe('Indstillingen blev godkendt.');
    expect((await records<{ meetingId: string; number: number }>('reads')).map((r) => [r.meetingId, r.number])).toEqual([[agenda!.id, 3]]);
    expect((await storeCounts(library, ['meetings'])).meetings).toBe(2);
  });

  it('says in one sentence why a failing host could not be read, and changes nothing saved', async () => {
    const before = await storeCounts(library, ['meetings', 'items', 'reads', 'watchEntries']);
    server.fail('catalog', 'server-error');
    expect(await send({ type: 'watch:check' })).toEqual({ ok: true });
    const [host] = await records<{ problem: string | null; client: { failures: number; nextTryAt: number } }>('hostChecks');
    expect(host!.problem).toBe('Siden har en fejl lige nu (HTTP 500).');
    expect(host!.client.failures).toBe(1);
    expect(host!.client.nextTryAt).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(await storeCounts(library, ['meetings', 'items', 'reads', 'watchEntries'])).toEqual(before);
    server.fail('catalog', null);
    // Kommuner og udvalg says it, and when the host is tried again.
    await library.goto(`chrome-extension://${ext.extensionId}/library.html#/udvalg`);
    const status = library.locator('.host-group.failing .host-status');
    await expect.poll(() => status.textContent(), SLOW).toContain('Siden har en fejl lige nu (HTTP 500).');
    expect(await status.textContent()).toMatch(/Prøves igen/);
    expect(await library.locator('.followed-list .committee-name').allTextContents()).toEqual(['Økonomiudvalget']);
  });

  it('follows and unfollows from the chooser of Kommuner og udvalg, the current committees ticked as followed', async () => {
    await library.goto(`chrome-extension://${ext.extensionId}/library.html#/udvalg?vaert=${encodeURIComponent(server.origin)}`);
    const box = library.getByRole('checkbox', { name: 'Økonomiudvalget', exact: true });
    await expect.poll(() => box.isChecked(), SLOW).toBe(true);
    const culture = library.getByRole('checkbox', { name: 'Kultur- og Fritidsudvalget', exact: true });
    await culture.check();
    await expect.poll(async () => (await records<{ name: string }>('committees')).map((c) => c.name).sort(), SLOW).toEqual(['Kultur- og Fritidsudvalget', 'Økonomiudvalget']);
    await culture.uncheck();
    await expect.poll(async () => (await records<{ name: string }>('committees')).map((c) => c.name), SLOW).toEqual(['Økonomiudvalget']);
  });
});
