/**
 * Following a committee in Firefox (`npm run build` first): "Følg udvalget" on a
 * meeting page of the test FirstAgenda host brings its upcoming agenda into the
 * add-on's library (Firefox's background page reads it with its own DOMParser),
 * and "Tjek nu" brings a meeting added to the host's list, with one request more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFirstAgendaServer, type FirstAgendaTestServer } from '../../scripts/firstagenda-server';
import { launchFirefoxWithAddon, saveLabel, type FirefoxWithAddon } from './firefox';
import { storeCounts } from './library-db';

const OEKONOMI = '5dd92504-8e21-4dc9-90cc-1584b1ca0882';
const DAY = 86_400_000;
const SLOW = { timeout: 20_000 };
const at = (ms: number, hour: number) => `${new Date(ms).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+01:00`;

let fx: FirefoxWithAddon;
let server: FirstAgendaTestServer;
let library: Page;
let upcoming: string;

const followLabel = (page: Page) =>
  page.evaluate(() => document.querySelector('referat-gem')?.shadowRoot?.querySelector('button.follow')?.textContent ?? null);
const meetings = async () => (await storeCounts(library, ['meetings'])).meetings;

beforeAll(async () => {
  server = await startFirstAgendaServer({ handshake: 'anonymous-auth' });
  upcoming = server.addMeeting({ committeeId: OEKONOMI, start: at(Date.now() + 7 * DAY, 17), released: at(Date.now() - DAY, 9) });
  fx = await launchFirefoxWithAddon();
  library = await fx.openExtensionPage('library.html');
});

afterAll(async () => {
  await fx?.close();
  await server?.close();
});

describe('following a committee in Firefox', () => {
  it('follows the committee from its meeting page and brings its upcoming agenda in', async () => {
    const page = await fx.browser.newPage();
    await page.goto(`${server.origin}/vis?id=${upcoming}`);
    await expect.poll(() => followLabel(page), SLOW).toBe('Følg udvalget');
    expect(await saveLabel(page)).toBe('Gem dagsorden');
    const follow = await page.waitForSelector('referat-gem >>> button.follow');
    await follow!.click();
    await follow!.dispose();
    await expect.poll(() => followLabel(page), SLOW).toBe('Følger udvalget');
    await expect.poll(meetings, SLOW).toBe(1);
    await page.close();
  });

  it('brings a meeting added to the host\'s list on "Tjek nu"', async () => {
    const added = server.addMeeting({ committeeId: OEKONOMI, start: at(Date.now() + 14 * DAY, 16), released: at(Date.now(), 8) });
    const from = server.log.length;
    const answer = await library.evaluate(() =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'watch:check' }),
    );
    expect(answer).toEqual({ ok: true });
    expect(server.log.slice(from).filter((r) => r.path.startsWith('/api/')).map((r) => r.path)).toEqual(['/api/agenda/udvalgsliste', `/api/agenda/dagsorden/${added}`]);
    expect(await meetings()).toBe(2);
  });
});
