/**
 * The toolbar popup and the library page in Chromium with the built extension:
 * a seed PDF saved from the popup appears live in an open library, an item's
 * decision can be read, a second save changes nothing, and an ordinary page is
 * not taken for minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';

const PDF_PATH = '/demo/pdf/000_185fcd858e7dcb18.pdf';
const NEWS_PATH = '/demo/not-minutes/nyhed.html';

describe('popup and library', () => {
  let ext: ExtensionBrowser;
  let server: StaticServer;
  let library: Page;

  const extensionUrl = (path: string) => `chrome-extension://${ext.extensionId}/${path}`;

  /** The tab id of the page at `url`, asked from an extension page (the seam popup.html?tabId= needs it). */
  async function tabIdOf(url: string): Promise<number> {
    const id = await library.evaluate(async (u) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  }

  async function openPopupFor(url: string): Promise<Page> {
    const tabId = await tabIdOf(url);
    const popup = await ext.context.newPage();
    await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`));
    return popup;
  }

  beforeAll(async () => {
    server = await startStaticServer({ routes: [{ prefix: '/demo/', dir: 'test/fixtures' }] });
    ext = await launchWithExtension();
    library = await ext.context.newPage();
    await library.goto(extensionUrl('library.html'));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows how to save a first meeting while the library is empty, and the storage used', async () => {
    await expect.poll(() => library.locator('.empty h2').textContent()).toBe('Biblioteket er tomt');
    expect(await library.locator('.empty').textContent()).toContain('Gem referat (PDF)');
    await expect.poll(() => library.locator('.app-footer .storage').textContent()).toMatch(/^0 møder gemt\. Biblioteket bruger [\d,]+ [kMG]?B af /);
  });

  it('saves the PDF in a tab from the popup, and the open library shows it at once', async () => {
    const pdfUrl = server.origin + PDF_PATH;
    const pdf = await ext.context.newPage();
    await pdf.goto(pdfUrl).catch(() => undefined); // the PDF viewer may not count as a finished navigation
    const popup = await openPopupFor(pdfUrl);
    await popup.getByRole('button', { name: 'Gem referat (PDF)' }).click();
    await expect.poll(() => popup.locator('.popup-status').textContent(), { timeout: 20_000 }).toContain('Gemt – 17 punkter');
    expect(await popup.locator('.recent li').allTextContents()).toEqual(['Beskæftigelsesudvalget Herning Kommune · 22. august 2023']);

    // Live: the library tab was open before the save and was not reloaded.
    const link = library.locator('a.meeting-link');
    await expect.poll(() => link.count()).toBe(1);
    expect(await library.locator('.month h3').textContent()).toBe('August 2023');
    expect(await link.locator('.committee').textContent()).toBe('Beskæftigelsesudvalget');
    expect(await link.locator('.meta').textContent()).toBe('Herning Kommune · 22. august 2023 · Referat · 17 punkter');

    await link.click();
    await expect.poll(() => library.locator('details.item').count()).toBe(17);
    expect(await library.locator('.meeting h2').textContent()).toBe('Beskæftigelsesudvalget');
    expect(await library.locator('.meeting header a').getAttribute('href')).toBe(pdfUrl);
    // Keyboard users land on the meeting's heading, not on the link they left.
    await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe('Beskæftigelsesudvalget');

    await library.locator('#punkt-48 summary').click();
    await library.getByRole('link', { name: 'Vis punkt 48 for sig' }).click();
    expect(library.url()).toMatch(/#\/moede\/[^/]+\/punkt\/48$/);
    await expect.poll(() => library.locator('.item-page .decision p').textContent()).toBe('Indstillingen blev tiltrådt.');
    expect(await library.locator('.item-page .decision h4').textContent()).toBe('Beslutning');
    expect(await library.getByRole('link', { name: 'Gå til kilden' }).getAttribute('href')).toBe(pdfUrl);
    expect(await library.locator('.pager a').allTextContents()).toEqual(['← Punkt 47', 'Punkt 49 →']);
    await popup.close();
  });

  it('saving the same PDF again leaves one meeting', async () => {
    const popup = await openPopupFor(server.origin + PDF_PATH);
    await expect.poll(() => popup.locator('.current').textContent()).toContain('Allerede gemt: Beskæftigelsesudvalget, 22. august 2023');
    await popup.getByRole('button', { name: 'Gem referat (PDF)' }).click();
    await expect.poll(() => popup.locator('.popup-status').textContent(), { timeout: 20_000 }).toContain('Allerede gemt – 17 punkter');
    await library.goto(extensionUrl('library.html#/'));
    await expect.poll(() => library.locator('a.meeting-link').count()).toBe(1);
    expect(await library.locator('.app-footer .storage').textContent()).toMatch(/^1 møde gemt\./);
    await popup.close();
  });

  it('offers to save a recognised meeting page, and the page button learns of it', async () => {
    const url = server.origin + '/demo/pages/kommune-cms-referat.html';
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('referat:settled').length > 0);
    const popup = await openPopupFor(url);
    const save = popup.locator('.current').getByRole('button', { name: 'Gem referat' });
    await expect.poll(() => save.count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('.current').textContent()).toContain('Social- og Arbejdsmarkedsudvalget');
    await save.click();
    await expect.poll(() => popup.locator('.popup-status').textContent(), { timeout: 10_000 }).toContain('Gemt – 4 punkter');
    await popup.close();
    // Back on the page: it asks the library again when the tab gets focus.
    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const label = () => page.evaluate(() => document.querySelector('referat-gem')?.shadowRoot?.querySelector('button.save')?.textContent ?? null);
    await expect.poll(label, { timeout: 10_000 }).toBe('Allerede gemt');
    await page.close();
  });

  it('says an ordinary page is not recognised as minutes', async () => {
    const url = server.origin + NEWS_PATH;
    const news = await ext.context.newPage();
    await news.goto(url);
    const popup = await openPopupFor(url);
    await expect.poll(() => popup.locator('.current').textContent(), { timeout: 10_000 }).toContain(
      'Siden er ikke genkendt som et referat eller en dagsorden.',
    );
    expect(await popup.locator('.current button').count()).toBe(0);
    await popup.close();
    await news.close();
  });
});
