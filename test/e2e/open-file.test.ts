/**
 * Reading a minutes file in the browser, the same parser code as in Node: in the
 * web app served on localhost, and in the extension's library page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { FIXTURES, SEEDS } from '../helpers/fixtures';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';

async function openFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles('input[type=file]', FIXTURES + path);
}

async function checkSeed000(page: Page): Promise<void> {
  await openFile(page, SEEDS.herning2023);
  await expect.poll(() => page.locator('details.item').count()).toBe(17);
  expect(await page.locator('.meeting h2').textContent()).toBe('Beskæftigelsesudvalget');
  expect(await page.locator('.meeting header .meta').first().textContent()).toBe('tirsdag den 22. august 2023 kl. 08:00 · C3.40');
  expect(await page.locator('details.item .badge.warn').count()).toBe(2);
  const item48 = page.locator('#punkt-48');
  await item48.locator('summary').click();
  expect(await item48.locator('.decision p').textContent()).toBe('Indstillingen blev tiltrådt.');
}

describe('the web app reads a file', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  beforeAll(async () => {
    server = await startStaticServer({ routes: [{ prefix: '/', dir: '.output/pwa' }] });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens seed 000 as text and shows its 17 items, the two rebuilt ones marked', async () => {
    const page = await browser.newPage();
    await page.goto(server.origin + '/');
    await checkSeed000(page);
  });

  it('opens the saved FirstAgenda page with its 33 items', async () => {
    const page = await browser.newPage();
    await page.goto(server.origin + '/');
    await openFile(page, 'firstagenda/aarhus-byraad-dagsorden-2025-10-08.html');
    await expect.poll(() => page.locator('details.item').count()).toBe(33);
    expect(await page.locator('.meeting .kicker').textContent()).toBe('Dagsorden · Aarhus Kommune');
  });

  it('says in one sentence why a listing page is not a meeting', async () => {
    const page = await browser.newPage();
    await page.goto(server.origin + '/');
    await openFile(page, 'firstagenda/aarhus-forside-listing.html');
    await expect.poll(() => page.locator('[role=alert]').textContent()).toBe(
      'Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden.',
    );
    expect(await page.locator('details.item').count()).toBe(0);
  });
});

describe('the extension library page reads a file', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens seed 000 in chrome-extension://…/library.html', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await checkSeed000(page);
  });
});
