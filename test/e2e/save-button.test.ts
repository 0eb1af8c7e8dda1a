/**
 * The in-page save button in Chromium with the built extension: shown on meeting
 * pages and only there (also when FirstAgenda fills its table by script), saves
 * in one click, says so on the next visit, and survives hostile page CSS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { extensionCounts } from './library-db';

const GUID = '4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';
const OTHER_GUID = '0b9e7d2c-1111-4a4a-8b8b-123456789abc';
const BUTTON = 'referat-gem button.save';

let ext: ExtensionBrowser;
let server: StaticServer;

/** Waits until the content script has decided (`referat:settled`) `times` times. */
async function settled(page: Page, times = 1): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('referat:settled').length >= n, times, { timeout: 15_000 });
}

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  return page;
}

const label = (page: Page) => page.locator(BUTTON).textContent({ timeout: 15_000 });

/** Counts in the library's IndexedDB. */
const library = () => extensionCounts(ext, ['meetings', 'items']);

beforeAll(async () => {
  server = await startStaticServer({
    routes: [{ prefix: '/fixtures/', dir: 'test/fixtures' }],
    pages: {
      '/vis': 'test/fixtures/firstagenda/aarhus-byraad-dagsorden-2025-10-08.html',
      '/dynamisk/vis': 'test/fixtures/pages/firstagenda-dynamic.html',
      '/': 'test/fixtures/firstagenda/aarhus-forside-listing.html',
      '/nyheder/varmestue': 'test/fixtures/not-minutes/nyhed.html',
      '/politik/referat': 'test/fixtures/pages/kommune-cms-referat.html',
    },
  });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the save button', () => {
  it('shows "Gem dagsorden" on the FirstAgenda meeting page at /vis?fk=1&id=<GUID>', async () => {
    const page = await open(`/vis?fk=1&id=${GUID}`);
    expect(await label(page)).toBe('Gem dagsorden');
    expect(await page.getByRole('button', { name: 'Gem dagsorden' }).isVisible()).toBe(true);
    await page.close();
  });

  it('waits for rows inserted by script, and follows the table when it is re-rendered', async () => {
    const page = await open(`/dynamisk/vis?fk=1&id=${GUID}`);
    expect(await label(page)).toBe('Gem dagsorden');
    expect(await page.locator('#dagsordenDetaljer tr.punktrow').count()).toBe(33);

    // The site moves to another meeting: the table empties, then fills again.
    const rows = await page.evaluate(() => {
      const tbody = document.querySelector('#dagsordenDetaljer tbody')!;
      const html = tbody.innerHTML;
      tbody.innerHTML = '';
      return html;
    });
    await page.evaluate((id) => history.pushState({}, '', `/dynamisk/vis?fk=1&id=${id}`), OTHER_GUID);
    await expect.poll(() => page.locator('referat-gem').count()).toBe(0);
    await page.evaluate((html) => {
      document.querySelector('#dagsordenDetaljer tbody')!.innerHTML = html;
    }, rows);
    expect(await label(page)).toBe('Gem dagsorden');
    await page.close();
  });

  it('shows "Gem referat" on another municipality\'s minutes page', async () => {
    const page = await open('/politik/referat');
    expect(await label(page)).toBe('Gem referat');
    await page.close();
  });

  it('shows no button on the FirstAgenda front page or a news page', async () => {
    for (const path of ['/', '/nyheder/varmestue']) {
      const page = await open(path);
      await settled(page);
      expect(await page.evaluate(() => performance.getEntriesByName('referat:detect').length), path).toBeGreaterThan(0);
      expect(await page.locator('referat-gem').count(), path).toBe(0);
      await page.close();
    }
  });

  it('saves on a click ("Gemt – 33 punkter"), says "Allerede gemt" on the next visit, and saving twice leaves one meeting', async () => {
    const page = await open(`/vis?fk=1&id=${GUID}`);
    expect(await label(page)).toBe('Gem dagsorden');
    await page.locator(BUTTON).click();
    await expect.poll(() => label(page)).toBe('Gemt – 33 punkter');
    expect(await page.locator('referat-gem .status').textContent()).toBe('Gemt – 33 punkter');

    await page.reload();
    expect(await label(page)).toBe('Allerede gemt');
    await page.locator(BUTTON).click();
    await expect.poll(() => label(page)).toBe('Gemt – 33 punkter');
    await page.close();

    expect(await library()).toEqual({ meetings: 1, items: 33 });

    // The library page shows it, with its items and the link back to the page.
    const shelf = await ext.context.newPage();
    await shelf.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await shelf.locator('a.meeting-link').click();
    await expect.poll(() => shelf.locator('details.item').count()).toBe(33);
    expect(await shelf.locator('.meeting h2').textContent()).toBe('Aarhus Byråd');
    expect(await shelf.locator('.meeting header a').getAttribute('href')).toBe(`${server.origin}/vis?fk=1&id=${GUID}`);
    await shelf.locator('#punkt-2 summary').click();
    expect(await shelf.locator('#punkt-2').textContent()).toContain('Det indstilles:');
    await shelf.close();
  });

  it('offers "Opdater" when the page comes to hold more than the saved meeting', async () => {
    const page = await open(`/vis?fk=1&id=${GUID}`);
    expect(await label(page)).toBe('Allerede gemt');
    // The site adds an item to the table it shows.
    await page.evaluate(() => {
      const rows = document.querySelectorAll('#dagsordenDetaljer tr.punktrow');
      const row = rows[rows.length - 1]!.cloneNode(true) as HTMLElement;
      row.id = 'punktrow_nyt';
      row.querySelector('span.label')!.textContent = '34';
      row.querySelector('h2.overskrift')!.textContent = 'Nyt punkt';
      rows[0]!.parentElement!.append(row);
    });
    await expect.poll(() => label(page)).toBe('Opdater');
    await page.locator(BUTTON).click();
    await expect.poll(() => label(page)).toBe('Gemt – 34 punkter');
    await page.close();
    expect(await library()).toEqual({ meetings: 1, items: 34 });
  });

  it('is reached with Tab and saved with Enter', async () => {
    const page = await open('/politik/referat');
    expect(await label(page)).toBe('Gem referat');
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.tagName === 'REFERAT-GEM' && document.activeElement.shadowRoot?.activeElement?.classList.contains('save') === true,
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => label(page)).toBe('Gemt – 4 punkter');
    await page.close();
    expect((await library()).meetings).toBe(2);
  });

  it("stays visible and styled on a page whose CSS hides every button, and leaks no styles", async () => {
    const page = await open('/politik/referat');
    await page.addStyleTag({
      content: 'button{display:none!important} *{font-size:40px!important;color:red!important;visibility:hidden} referat-gem{opacity:0}',
    });
    expect(await label(page)).toBe('Allerede gemt');
    const button = page.locator(BUTTON);
    expect(await button.isVisible()).toBe(true);
    const box = (await button.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.width).toBeGreaterThan(40);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const style = await button.evaluate((b) => {
      const s = getComputedStyle(b);
      return { fontSize: s.fontSize, color: s.color, display: s.display, visibility: s.visibility };
    });
    expect(style).toEqual({ fontSize: '15px', color: 'rgb(255, 255, 255)', display: 'block', visibility: 'visible' });
    expect(await page.locator('referat-gem').evaluate((h) => getComputedStyle(h).opacity)).toBe('1');
    // Our styles live in the shadow root only: the page has its own sheet and the test's, nothing else.
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(2);
    await page.close();
  });
});
