/**
 * A page cannot save itself: its own script reaches our button through the open
 * shadow root, but `click()` and dispatched mouse and key events are untrusted
 * and neither save nor hide; the reader's real click saves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { extensionCounts } from './library-db';

const BUTTON = 'referat-gem button.save';

let ext: ExtensionBrowser;
let server: StaticServer;

/** Meetings in the library's IndexedDB. */
const savedMeetings = async () => (await extensionCounts(ext, ['meetings'])).meetings;

beforeAll(async () => {
  server = await startStaticServer({ routes: [], pages: { '/politik/referat': 'test/fixtures/pages/kommune-cms-referat.html' } });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the save button on a page that clicks it', () => {
  it("ignores the page's click(), dispatched clicks and keys, and saves on the reader's click", async () => {
    const page: Page = await ext.context.newPage();
    await page.goto(`${server.origin}/politik/referat`);
    const label = () => page.locator(BUTTON).textContent({ timeout: 15_000 });
    expect(await label()).toBe('Gem referat');

    await page.evaluate(() => {
      const root = document.querySelector('referat-gem')!.shadowRoot!;
      const save = root.querySelector<HTMLButtonElement>('button.save')!;
      save.click();
      save.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      save.focus();
      for (const type of ['keydown', 'keypress', 'keyup']) save.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', bubbles: true }));
      root.querySelector<HTMLButtonElement>('button.close')!.click();
    });
    await page.waitForTimeout(1500);
    expect(await label()).toBe('Gem referat');
    expect(await savedMeetings()).toBe(0);

    await page.locator(BUTTON).click();
    await expect.poll(() => label()).toBe('Gemt – 4 punkter');
    expect(await savedMeetings()).toBe(1);
    await page.close();
  });
});
