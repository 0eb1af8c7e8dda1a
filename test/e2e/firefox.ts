/**
 * Firefox for the browser tests: Debian's firefox-esr, headless, driven by
 * puppeteer-core over WebDriver BiDi, with the built add-on (`.output/firefox-mv2`,
 * `npm run build` first) installed as a temporary add-on.
 *
 * - The add-on's internal UUID (its moz-extension:// host) is random per profile;
 *   the `extensions.webextensions.uuids` preference fixes it at launch for the
 *   add-on's gecko id, read from the built manifest.
 * - WebDriver BiDi refuses to navigate to moz-extension:// unless Firefox runs with
 *   `--remote-allow-system-access`, and even then it reports no load event for
 *   extension pages: `openExtensionPage` starts the navigation and waits for the
 *   document itself.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Any fixed UUID: the add-on's pages live at moz-extension://<this>/. */
const ADDON_UUID = '5b0f3c7e-2d4a-4e61-9a8b-7c6d5e4f3a21';

export interface FirefoxWithAddon {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  /** Opens one of the add-on's pages (library.html, popup.html?tabId=…) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The add-on's tab id for the tab showing `url`, asked from one of its pages. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export async function launchFirefoxWithAddon(dir = '.output/firefox-mv2'): Promise<FirefoxWithAddon> {
  const addon = resolve(dir);
  const manifest = JSON.parse(readFileSync(resolve(addon, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const id = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: ADDON_UUID }) },
  });
  try {
    const installed = await browser.installExtension(addon);
    if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${ADDON_UUID}/${path}`;

  async function openExtensionPage(path: string): Promise<Page> {
    const url = extensionUrl(path);
    const page = await browser.newPage();
    // Never resolves for an extension page (no load event over BiDi); a later close rejects it.
    page.goto(url).catch(() => undefined);
    await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 15_000 }, url);
    return page;
  }

  return {
    browser,
    extensionUrl,
    openExtensionPage,
    async tabIdOf(url) {
      const page = await openExtensionPage('library.html');
      try {
        const tabId = await page.evaluate(async (u) => {
          const { browser: api } = globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
          return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
        }, url);
        if (tabId === null) throw new Error(`no tab shows ${url}`);
        return tabId;
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** The label of the in-page save button, or null while there is none. */
export function saveLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('referat-gem')?.shadowRoot?.querySelector('button.save')?.textContent ?? null);
}

/** Clicks the in-page save button as the reader would (a trusted click). */
export async function clickSave(page: Page): Promise<void> {
  const button = await page.waitForSelector('referat-gem >>> button.save', { timeout: 15_000 });
  await button!.click();
  await button!.dispose();
}
