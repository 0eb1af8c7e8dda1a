/**
 * The Firefox build in Firefox (`npm run build` first): the popup page
 * (moz-extension://…/popup.html?tabId=…, as the Chromium tests open it) saves a
 * recognised page and a PDF and says when a page is not minutes; the library
 * follows a topic, and a saved meeting that brings it news shows on the toolbar
 * badge (read with browserAction.getBadgeText from the add-on's own page), as a
 * notification (seen closing: headless Firefox shows none) and as "1 ny" on the topics page. The fixtures of the Chromium
 * tests (popup-library.test.ts, topics.test.ts). Following a committee and
 * checking it: firefox-watch.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { clickSave, launchFirefoxWithAddon, saveLabel, type FirefoxWithAddon } from './firefox';

const PAGE_PATH = '/politik/beu-2022-09-20';
const NEWS_PATH = '/nyheder/varmestue';
const PDF_PATH = '/fixtures/pdf/000_185fcd858e7dcb18.pdf';
const SLOW = { timeout: 15_000 };

let fx: FirefoxWithAddon;
let server: StaticServer;
let library: Page;

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent);
const count = (page: Page, selector: string) => page.$$eval(selector, (found) => found.length);

/** Clicks the button (or link) with this exact text, by a trusted click. */
async function press(page: Page, selector: string, name: string): Promise<void> {
  const handle = await page.waitForSelector(`${selector}::-p-text(${name})`, SLOW);
  await handle!.click();
  await handle!.dispose();
}

async function openPopupFor(url: string): Promise<Page> {
  return fx.openExtensionPage(`popup.html?tabId=${await fx.tabIdOf(url)}`);
}

/** The add-on's own toolbar state, read from one of its pages. */
const badge = () =>
  library.evaluate(() => (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction.getBadgeText({}));
/**
 * Headless Firefox has no notification area: it closes a notification as soon as
 * it is created, so getAll() is empty. The ids closed, recorded by the library
 * page from now on, say which notifications the background created.
 */
async function recordNotifications(): Promise<() => Promise<string[]>> {
  await library.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { closedNotifications: string[] }).closedNotifications = seen;
    (globalThis as unknown as { browser: { notifications: { onClosed: { addListener(f: (id: string) => void): void } } } }).browser.notifications.onClosed.addListener((id) => seen.push(id));
  });
  return () => library.evaluate(() => [...(globalThis as unknown as { closedNotifications: string[] }).closedNotifications]);
}

/** Moves the library to a route by its address, as a bookmark would. */
async function route(hash: string): Promise<void> {
  await library.evaluate((h) => (location.hash = h), hash);
}

beforeAll(async () => {
  server = await startStaticServer({
    routes: [{ prefix: '/fixtures/', dir: 'test/fixtures' }],
    pages: {
      [PAGE_PATH]: 'test/fixtures/pages/herning-2022-09-20.html',
      [NEWS_PATH]: 'test/fixtures/not-minutes/nyhed.html',
    },
  });
  fx = await launchFirefoxWithAddon();
  library = await fx.openExtensionPage('library.html');
});

afterAll(async () => {
  await fx?.close();
  await server?.close();
});

describe('the popup page in Firefox', () => {
  it('offers to save a recognised meeting page, saves it, and the page button learns of it', async () => {
    const url = server.origin + PAGE_PATH;
    const page = await fx.browser.newPage();
    await page.goto(url);
    await expect.poll(() => saveLabel(page), SLOW).toBe('Gem referat');
    const popup = await openPopupFor(url);
    await expect.poll(() => count(popup, '.current button'), SLOW).toBe(1);
    expect(await text(popup, '.current')).toContain('Beskæftigelsesudvalget');
    await press(popup, '.current button', 'Gem referat');
    await expect.poll(() => text(popup, '.popup-status'), SLOW).toContain('Gemt – 9 punkter');
    await popup.close();
    // Back on the page: it asks the library again when the tab gets focus.
    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => saveLabel(page), SLOW).toBe('Allerede gemt');
    await page.close();
  });

  it('says an ordinary page is not recognised as minutes', async () => {
    const url = server.origin + NEWS_PATH;
    const news = await fx.browser.newPage();
    await news.goto(url);
    const popup = await openPopupFor(url);
    await expect.poll(() => text(popup, '.current'), SLOW).toContain('Siden er ikke genkendt som et referat eller en dagsorden.');
    expect(await count(popup, '.current button')).toBe(0);
    await popup.close();
    await news.close();
  });
});

describe('a followed topic in Firefox', () => {
  it('follows "gadeplan" from a search in the library', async () => {
    await route('#/soeg?q=gadeplan');
    await expect.poll(() => count(library, '.hit'), SLOW).toBe(1);
    expect(await text(library, '.hit .hit-title')).toBe('Punkt 76: Sameksistens mellem socialt udsatte og andre borgere i Herning by');
    await press(library, 'button', 'Følg');
    await expect.poll(() => text(library, '.follow.followed'), SLOW).toBe('Du følger «gadeplan». Gå til emnet');
    await route('#/');
    expect(await badge()).toBe('');
  });

  it('saves a PDF from the popup (pdf.js in the add-on), and its news for the topic shows on the badge, as a notification and on the topics page', async () => {
    const pdfUrl = server.origin + PDF_PATH;
    const pdf = await fx.browser.newPage();
    await pdf.goto(pdfUrl);
    const notifications = await recordNotifications();
    const popup = await openPopupFor(pdfUrl);
    await press(popup, 'button', 'Gem referat (PDF)');
    await expect.poll(() => text(popup, '.popup-status'), { timeout: 30_000 }).toContain('Gemt – 17 punkter');
    await popup.close();
    await pdf.close();

    await expect.poll(badge, SLOW).toBe('1');
    await expect.poll(notifications, SLOW).toEqual(['topic:1']);

    await route('#/emner');
    await expect.poll(() => text(library, '.topic-list li .news-mark'), SLOW).toBe('1 ny');
    expect(await text(library, '.topic-list li .meta')).toBe('2 punkter · 2 ulæste');
    // Viewing the topics page clears the badge.
    await expect.poll(badge, SLOW).toBe('');
  });
});
