/**
 * The Firefox build in Firefox (firefox-esr, the add-on installed as a temporary
 * add-on; `npm run build` first): the save button on a FirstAgenda meeting page
 * and on another municipality's minutes page, none on a news page, "Allerede
 * gemt" after a reload, and the library page showing what was saved. The same
 * fixtures and addresses as the Chromium tests (save-button.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { clickSave, launchFirefoxWithAddon, saveLabel, type FirefoxWithAddon } from './firefox';
import { storeCounts } from './library-db';

const GUID = '4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';
const SLOW = { timeout: 15_000 };

let fx: FirefoxWithAddon;
let server: StaticServer;

async function open(path: string): Promise<Page> {
  const page = await fx.browser.newPage();
  await page.goto(server.origin + path);
  return page;
}

/** Counts in the add-on's IndexedDB, read from its library page. */
async function library(): Promise<Record<'meetings' | 'items', number>> {
  const page = await fx.openExtensionPage('library.html');
  try {
    return await storeCounts(page, ['meetings', 'items']);
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  server = await startStaticServer({
    routes: [{ prefix: '/fixtures/', dir: 'test/fixtures' }],
    pages: {
      '/vis': 'test/fixtures/firstagenda/aarhus-byraad-dagsorden-2025-10-08.html',
      '/nyheder/varmestue': 'test/fixtures/not-minutes/nyhed.html',
      '/politik/referat': 'test/fixtures/pages/kommune-cms-referat.html',
    },
  });
  fx = await launchFirefoxWithAddon();
});

afterAll(async () => {
  await fx?.close();
  await server?.close();
});

describe('the save button in Firefox', () => {
  it('saves the FirstAgenda meeting page at /vis?fk=1&id=<GUID> in one click, and says "Allerede gemt" after a reload', async () => {
    const page = await open(`/vis?fk=1&id=${GUID}`);
    await expect.poll(() => saveLabel(page), SLOW).toBe('Gem dagsorden');
    await clickSave(page);
    await expect.poll(() => saveLabel(page), SLOW).toBe('Gemt – 33 punkter');

    await page.reload();
    await expect.poll(() => saveLabel(page), SLOW).toBe('Allerede gemt');
    await page.close();
    expect(await library()).toEqual({ meetings: 1, items: 33 });
  });

  it('shows "Gem referat" on another municipality\'s minutes page and saves it', async () => {
    const page = await open('/politik/referat');
    await expect.poll(() => saveLabel(page), SLOW).toBe('Gem referat');
    await clickSave(page);
    await expect.poll(() => saveLabel(page), SLOW).toBe('Gemt – 4 punkter');
    await page.close();
    expect(await library()).toEqual({ meetings: 2, items: 37 });
  });

  it('shows no button on a news page', async () => {
    const page = await open('/nyheder/varmestue');
    await page.waitForFunction(() => performance.getEntriesByName('referat:settled').length > 0, SLOW);
    expect(await page.evaluate(() => performance.getEntriesByName('referat:detect').length)).toBeGreaterThan(0);
    expect(await page.$$eval('referat-gem', (found) => found.length)).toBe(0);
    await page.close();
  });

  it('lists both meetings on the library page, and opens the FirstAgenda meeting with its items and its link back', async () => {
    const shelf = await fx.openExtensionPage('library.html');
    await expect.poll(() => shelf.$$eval('a.meeting-link', (links) => links.length), SLOW).toBe(2);
    // Found by its text in one query, then clicked: polling an XPath through WebDriver BiDi now and then fails
    // inside Firefox's own serializer ("right-hand side of 'in' should be an object, got null").
    const at = await shelf.$$eval('a.meeting-link', (links) => links.findIndex((a) => a.textContent?.includes('Aarhus Byråd')));
    expect(at).toBeGreaterThanOrEqual(0);
    await (await shelf.$$('a.meeting-link'))[at]!.click();
    await expect.poll(() => shelf.$$eval('details.item', (items) => items.length), SLOW).toBe(33);
    expect(await shelf.$eval('.meeting h2', (h) => h.textContent)).toBe('Aarhus Byråd');
    expect(await shelf.$eval('.meeting header a', (a) => a.getAttribute('href'))).toBe(`${server.origin}/vis?fk=1&id=${GUID}`);
    await shelf.click('#punkt-2 summary');
    expect(await shelf.$eval('#punkt-2', (item) => item.textContent)).toContain('Det indstilles:');
    await shelf.close();
  });
});
