/**
 * Topics in Chromium with the built extension, at a phone's width (390 px):
 * search "gadeplan" in the library and follow it with the keyboard, save a
 * matching meeting from a page, see the topic marked (in the library and on the
 * toolbar badge), open its thread with both meetings, and mark it read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';

const BUTTON = 'referat-gem button.save';
const WIDTH = 390;
/** A cold extension (first search loads the stemmer and the index) may need more than expect.poll's default second. */
const SLOW = { timeout: 10_000 };

let ext: ExtensionBrowser;
let server: StaticServer;
let library: Page;

/** Opens a fixture page and saves it with the in-page button. */
async function saveFromPage(path: string, saved: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  const button = page.locator(BUTTON);
  await expect.poll(() => button.textContent(), { timeout: 15_000 }).toBe('Gem referat');
  await button.click();
  await expect.poll(() => button.textContent(), { timeout: 15_000 }).toBe(saved);
  await page.close();
}

const badge = () =>
  library.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));

/** Nothing sticks out sideways at phone width. */
const overflow = () => library.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Tabs forward until the focused element's text is `text`. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

beforeAll(async () => {
  server = await startStaticServer({
    routes: [{ prefix: '/fixtures/', dir: 'test/fixtures' }],
    pages: {
      '/politik/beu-2022-09-20': 'test/fixtures/pages/herning-2022-09-20.html',
      '/politik/beu-2023-08-22': 'test/fixtures/pages/herning-2023-08-22.html',
    },
  });
  ext = await launchWithExtension();
  library = await ext.context.newPage();
  await library.setViewportSize({ width: WIDTH, height: 844 });
  await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('following a topic', () => {
  it('follows "gadeplan" from a search in the library, by keyboard', async () => {
    await saveFromPage('/politik/beu-2022-09-20', 'Gemt – 9 punkter');

    await library.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Søg' }).click();
    // The library re-renders when the save above lands; type again until the search route is reached.
    const field = library.getByLabel('Søg i dine møder');
    await expect
      .poll(async () => {
        await field.fill('gadeplan');
        await field.press('Enter');
        return library.url();
      }, SLOW)
      .toMatch(/#\/soeg\?q=gadeplan$/);
    const hits = library.locator('.hit');
    await expect.poll(() => hits.count(), SLOW).toBe(1);
    expect(await hits.locator('.hit-title').textContent()).toBe('Punkt 76: Sameksistens mellem socialt udsatte og andre borgere i Herning by');
    // The snippet is text with the hits in <mark>.
    expect((await hits.locator('mark').allTextContents()).join(' ').toLowerCase()).toContain('gadeplan');

    await tabTo(library, 'Følg');
    await library.keyboard.press('Enter');
    await expect.poll(() => library.locator('.follow.followed').textContent(), SLOW).toBe('Du følger «gadeplan». Gå til emnet');
    expect(await overflow()).toBeLessThanOrEqual(0);

    await library.getByRole('link', { name: 'Emner' }).click();
    const topic = library.locator('.topic-list li');
    await expect.poll(() => topic.count(), SLOW).toBe(1);
    expect(await topic.locator('.topic-label').textContent()).toBe('gadeplan');
    expect(await topic.locator('.news-mark').count()).toBe(0);
    expect(await topic.locator('.meta').textContent()).toBe('1 punkt · 1 ulæst');
  });

  it('marks the topic when a matching meeting is saved: badge and news mark', async () => {
    // Away from the topics page, which clears the badge when it is viewed.
    await library.goto(`chrome-extension://${ext.extensionId}/library.html#/`);
    await saveFromPage('/politik/beu-2023-08-22', 'Gemt – 17 punkter');
    await expect.poll(badge, { timeout: 15_000 }).toBe('1');
    // The notification for the topic (its notifications are on).
    // The background sets the badge before it creates the notification: wait for both.
    const notifications = async () =>
      Object.keys(
        await library.evaluate(() =>
          (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }).chrome.notifications.getAll(),
        ),
      );
    await expect.poll(notifications, SLOW).toEqual(['topic:1']);

    await library.getByRole('link', { name: 'Emner' }).click();
    const topic = library.locator('.topic-list li');
    await expect.poll(() => topic.locator('.news-mark').textContent(), SLOW).toBe('1 ny');
    expect(await topic.getAttribute('class')).toBe('has-news');
    expect(await topic.locator('.meta').textContent()).toBe('2 punkter · 2 ulæste');
    await expect.poll(badge, SLOW).toBe('');
  });

  it('opens the topic grouped by thread, and the thread with both meetings', async () => {
    await library.locator('.topic-link').click();
    await expect.poll(() => library.locator('.topic-page h2').textContent(), SLOW).toBe('gadeplan1 ny');
    const group = library.locator('.topic-group');
    await expect.poll(() => group.count(), SLOW).toBe(1);
    const rows = group.locator('.tl-row');
    expect(await rows.locator('.tl-title a').allTextContents()).toEqual([
      'Punkt 46: Status på gadeplanmedarbejdernes arbejde',
      'Punkt 51: Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget',
      'Punkt 76: Sameksistens mellem socialt udsatte og andre borgere i Herning by',
    ]);
    expect(await rows.locator('time').allTextContents()).toEqual(['22. august 2023', '22. august 2023', '20. september 2022']);
    expect(await rows.nth(0).locator('.news-mark').count()).toBe(1);
    expect(await rows.nth(2).locator('.news-mark').count()).toBe(0);
    expect(await rows.locator('.unread-mark').count()).toBe(2);
    expect(await rows.nth(2).locator('.tl-decision').textContent()).toContain('styrket gadeplansindsats');
    expect(await overflow()).toBeLessThanOrEqual(0);

    await library.getByRole('link', { name: 'Se hele sagens forløb' }).click();
    await expect.poll(() => library.locator('.thread-page h2').textContent(), SLOW).toBe('Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget');
    expect(library.url()).toMatch(/#\/traad\/27\.00\.00-a00-5-15$/);
    expect(await library.locator('.thread-page .kicker').textContent()).toBe('Sagens forløb · Sagsnr. 27.00.00-A00-5-15');
    const dates = await library.locator('.thread-page .tl-row time').allTextContents();
    expect(new Set(dates)).toEqual(new Set(['22. august 2023', '20. september 2022']));
    expect(await library.locator('.thread-page .tl-row').count()).toBe(3);
    // Keyboard users land on the thread's heading.
    await expect.poll(() => library.evaluate(() => document.activeElement?.id), SLOW).toBe('traad-overskrift');
  });

  it('shows the case on an item’s own page: the other meetings, earlier and later, each linked', async () => {
    await library.locator('.thread-page').getByRole('link', { name: 'Punkt 46: Status på gadeplanmedarbejdernes arbejde' }).click();
    const section = library.locator('.item-page .item-case');
    await expect.poll(() => section.locator('h3').textContent(), SLOW).toBe('Sagens forløb');
    expect(await section.locator('.meta').first().textContent()).toBe('2 møder · ældste først');
    const rows = section.locator('.tl-row');
    expect(await rows.locator('time').allTextContents()).toEqual(['20. september 2022', '22. august 2023', '22. august 2023']);
    expect(await rows.locator('.tl-title').allTextContents()).toEqual([
      'Punkt 76: Sameksistens mellem socialt udsatte og andre borgere i Herning by',
      'Punkt 46: Status på gadeplanmedarbejdernes arbejdedette punkt',
      'Punkt 51: Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget',
    ]);
    // This item is not a link to itself; the others are, with their decisions.
    expect(await rows.nth(1).getAttribute('aria-current')).toBe('page');
    expect(await rows.nth(1).locator('a').count()).toBe(0);
    expect(await rows.nth(0).locator('.tl-decision').textContent()).toContain('styrket gadeplansindsats');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await rows.nth(0).getByRole('link').click();
    await expect.poll(() => library.locator('.item-page h2').textContent(), SLOW).toBe('Punkt 76 Sameksistens mellem socialt udsatte og andre borgere i Herning by');
    expect(await library.locator('.item-case .tl-row.current time').textContent()).toBe('20. september 2022');
    await library.goBack();
    await library.goBack();
  });

  it('"Marker som læst" clears the news and the unread marks', async () => {
    await library.goBack();
    const mark = library.getByRole('button', { name: 'Marker som læst', exact: true });
    await expect.poll(() => mark.isEnabled(), SLOW).toBe(true);
    await mark.click();
    await expect.poll(() => library.locator('.topic-page .news-mark').count(), SLOW).toBe(0);
    expect(await library.locator('.unread-mark').count()).toBe(0);
    expect(await mark.isDisabled()).toBe(true);
    await library.getByRole('link', { name: '← Emner' }).click();
    await expect.poll(() => library.locator('.topic-list .meta').textContent(), SLOW).toBe('2 punkter · alt læst');
    expect(await library.locator('.topic-list .news-mark').count()).toBe(0);
  });
});
