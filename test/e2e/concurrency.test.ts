/**
 * At the same time, in Chromium (`npm run build` first): two tabs of one meeting
 * page saving at the same moment leave one meeting; the web app open next to the
 * extension takes a meeting saved in another tab when it is shown again (no
 * reload), and its followed topic and read mark reach the extension's open
 * library on their own; two tabs of the web app see each other's import live; and
 * a newer version upgrading the database makes the open tabs step aside and say
 * to reload.
 */
import 'fake-indexeddb/auto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { buildBundle, bundleJson } from '../../lib/sync/export';
import { meetingOf, SEEDS } from '../helpers/fixtures';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { storeCounts } from './library-db';

const GUID = '4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';
const BUTTON = 'referat-gem button.save';
const OUTDATED = 'Referat er blevet opdateret i en anden fane; genindlæs siden for at fortsætte.';

let tmp: string;
let server: StaticServer;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'referat-concurrency-'));
  const site = join(tmp, 'site');
  cpSync('.output/pwa', site, { recursive: true });
  server = await startStaticServer({
    routes: [{ prefix: '/demo/', dir: 'test/fixtures' }, { prefix: '/', dir: site }],
    pages: { '/vis': 'test/fixtures/firstagenda/aarhus-byraad-dagsorden-2025-10-08.html', '/politik/referat': 'test/fixtures/pages/kommune-cms-referat.html' },
  });
});
afterAll(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});


describe('the extension, in two tabs and next to the web app', () => {
  let ext: ExtensionBrowser;
  let shelf: Page;

  beforeAll(async () => {
    ext = await launchWithExtension();
    shelf = await ext.context.newPage();
    await shelf.goto(`chrome-extension://${ext.extensionId}/library.html`);
  });
  afterAll(async () => {
    await ext?.close();
  });

  const label = (page: Page) => page.locator(BUTTON).textContent({ timeout: 15_000 });

  it('two tabs of one meeting page clicked at the same moment: one meeting, both buttons saved', async () => {
    const tabs = await Promise.all([ext.context.newPage(), ext.context.newPage()]);
    for (const tab of tabs) await tab.goto(`${server.origin}/vis?fk=1&id=${GUID}`);
    for (const tab of tabs) expect(await label(tab)).toBe('Gem dagsorden');
    await Promise.all(tabs.map((tab) => tab.locator(BUTTON).click()));
    // The later save finds the meeting saved and unchanged: it is saved, with its 33 items, for that tab too.
    for (const tab of tabs) await expect.poll(() => label(tab)).toBe('Gemt – 33 punkter');
    expect(await storeCounts(shelf, ['meetings', 'items', 'searchDocs'])).toEqual({ meetings: 1, items: 33, searchDocs: 1 });
    await expect.poll(() => shelf.locator('a.meeting-link').count()).toBe(1);
    for (const tab of tabs) await tab.close();
  });

  it('the web app takes a meeting saved in another tab when shown again, and its topic and read mark reach the open library', async () => {
    const app = await ext.context.newPage();
    await app.goto(server.origin + '/');
    await expect.poll(() => app.locator('a.meeting-link').count(), { timeout: 15_000 }).toBe(1);
    // Playwright tells every page it has focus; without that, switching tabs gives the app the browser's own blur and focus.
    await (await ext.context.newCDPSession(app)).send('Emulation.setFocusEmulationEnabled', { enabled: false });

    const page = await ext.context.newPage();
    await page.goto(server.origin + '/politik/referat');
    await page.bringToFront();
    await page.locator(BUTTON).click({ timeout: 15_000 });
    await expect.poll(() => label(page)).toBe('Gemt – 4 punkter');
    // Back to the app's tab: it syncs when shown, no reload.
    await app.bringToFront();
    await expect.poll(() => app.locator('a.meeting-link').count(), { timeout: 15_000 }).toBe(2);
    expect(await app.locator('p.status.bridge').textContent()).toBe('Hentet 1 møde fra udvidelsen');

    // The extension's library shows what the app follows and reads, while it is open.
    await shelf.goto(`chrome-extension://${ext.extensionId}/library.html#/emner`);
    await expect.poll(() => shelf.locator('main h2').first().textContent()).toBe('Emner du følger (0)');
    expect(await shelf.locator('.topic-list li').count()).toBe(0);
    await app.goto(server.origin + '/#/soeg?q=udvalg');
    await app.getByRole('button', { name: 'Følg', exact: true }).click({ timeout: 15_000 });
    await expect.poll(() => shelf.locator('.topic-list .topic-label').allTextContents(), { timeout: 15_000 }).toEqual(['udvalg']);

    await app.getByRole('link', { name: 'Gå til emnet' }).click();
    const read = app.getByRole('button', { name: /^Marker som læst: punkt \d+ fra .*$/ }).first();
    await read.click({ timeout: 15_000 });
    await expect.poll(async () => (await storeCounts(shelf, ['reads'])).reads, { timeout: 15_000 }).toBe(1);
    expect(await storeCounts(shelf, ['meetings', 'topics'])).toEqual({ meetings: 2, topics: 1 });
    await app.close();
    await page.close();
  });
});

describe('the web app in two tabs', () => {
  it('shows an import made in one tab in the other at once, and both step aside for a newer version', async () => {
    const db = new LibraryDb('e2e-concurrency-bundle');
    for (const seed of [SEEDS.herning2023, SEEDS.vejen]) await saveMeeting(db, meetingOf(seed), 'file');
    const bundle = join(tmp, 'pakke.json');
    writeFileSync(bundle, bundleJson(await buildBundle(db)));
    await db.delete();

    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: 'da-DK' });
      const [list, transfer] = await Promise.all([context.newPage(), context.newPage()]);
      await list.goto(server.origin + '/');
      await expect.poll(() => list.locator('main h2').textContent()).toBe('Biblioteket er tomt');
      await transfer.goto(server.origin + '/#/overfoer');
      await transfer.setInputFiles('input[accept^=".json"]', bundle);
      await expect.poll(() => transfer.locator('.transfer .status.done').textContent(), { timeout: 15_000 }).toBe(
        'Importeret: 2 møder (2 nye), 0 læsemarkeringer, 0 noter og 0 emner. Se møderne',
      );
      // The other tab was not touched: its list follows the database.
      await expect.poll(() => list.locator('a.meeting-link .committee').allTextContents(), { timeout: 10_000 }).toEqual([
        'Beskæftigelsesudvalget',
        'Udvalget for arbejdsmarked og integration 2022-2025',
      ]);

      // A newer version of the app upgrades the database from a third tab: not blocked, and the two open tabs say to reload.
      const newer = await context.newPage();
      await newer.goto(server.origin + '/demo/seeds/000_185fcd858e7dcb18.txt');
      const upgraded = await newer.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const request = indexedDB.open('referat', 1000);
            request.onblocked = () => resolve('blocked');
            request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
            request.onsuccess = () => (request.result.close(), resolve('upgraded'));
            request.onerror = () => resolve(request.error?.name ?? 'error');
          }),
      );
      expect(upgraded).toBe('upgraded');
      for (const tab of [list, transfer]) {
        await expect.poll(() => tab.locator('.outdated p').textContent()).toBe(OUTDATED);
        expect(await tab.locator('.outdated').getByRole('button', { name: 'Genindlæs' }).isVisible()).toBe(true);
      }
    } finally {
      await browser.close();
    }
  });
});
