/**
 * Storage pressure in Chromium (`npm run build` first): the DevTools quota
 * override (Storage.overrideQuotaForOrigin) makes Chromium itself refuse
 * IndexedDB writes, and the extension and the web app say so in one Danish
 * sentence while what was saved stays, readable, also after a reload; with the
 * quota back, saving works again.
 *
 * Two things about Chromium the tests work with, not around:
 * - An extension with `unlimitedStorage` has no quota (only a full disk refuses
 *   it), so the extension under test is a copy of the build without that one
 *   permission: the same code, refused as a full disk would refuse it.
 * - IndexedDB keeps the room the quota manager last granted an origin for up to
 *   30 s. So the quota is set (20 MB) before the origin first writes, and after it
 *   is lowered a 24 MB write is refused first (asserted): from then on Chromium
 *   asks the quota manager on every write.
 * - navigator.storage.estimate() does not show the override, so the library's
 *   "nearly full" line is checked in test/db/quota.test.ts.
 */
import 'fake-indexeddb/auto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { markRead, setNote } from '../../lib/db/marks';
import { meetingId } from '../../lib/db/identity';
import { followTopic } from '../../lib/db/topics';
import { buildBundle, bundleJson } from '../../lib/sync/export';
import { FIXTURES, meetingOf, SEEDS } from '../helpers/fixtures';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';

const FULL = 'Der er ikke plads til flere referater i browserens lager; det, der allerede er gemt, er uændret.';
const BUNDLE_FULL = 'Der er ikke plads til pakken i browserens lager. Intet blev ændret.';
const GUID = '4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';
const BUTTON = 'referat-gem button.save';
const MB = 1024 * 1024;

let tmp: string;

/** Sets the origin's quota (bytes), or gives back its own with `null`. */
async function quota(cdp: CDPSession, origin: string, bytes: number | null): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', bytes === null ? { origin } : { origin, quotaSize: bytes });
}

/** Writes 24 MB of random bytes into a scratch database and returns how IndexedDB answered; the scratch database is deleted again. */
function probeWrite(page: Page): Promise<string> {
  return page.evaluate(async (size) => {
    const answer = await new Promise<string>((resolve) => {
      const open = indexedDB.open('quota-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onerror = () => resolve(open.error?.name ?? 'error');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('s', 'readwrite');
        // Random bytes: Chromium compresses what it stores, and a repeated letter would shrink to nothing.
        const bytes = new Uint8Array(size);
        for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
        tx.objectStore('s').put(bytes, 1);
        tx.oncomplete = () => (db.close(), resolve('stored'));
        tx.onabort = () => (db.close(), resolve(tx.error?.name ?? 'aborted'));
      };
    });
    await new Promise((resolve) => (indexedDB.deleteDatabase('quota-probe').onsuccess = resolve));
    return answer;
  }, 24 * MB);
}

/** Every store of the page's library, keys and values, as one text: equal texts, an unchanged library. */
function rawLibrary(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('referat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].sort();
          const tx = db.transaction(names);
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const store = tx.objectStore(name);
            store.getAllKeys().onsuccess = (e) => (out[`${name} keys`] = (e.target as IDBRequest).result);
            store.getAll().onsuccess = (e) => (out[name] = (e.target as IDBRequest).result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v)));
          };
        };
      }),
  );
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'referat-storage-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the extension with a full disk', () => {
  let ext: ExtensionBrowser;
  let server: StaticServer;
  let origin: string;
  let cdp: CDPSession;

  beforeAll(async () => {
    const dir = join(tmp, 'chrome-mv3');
    cpSync('.output/chrome-mv3', dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { permissions: string[] };
    manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    server = await startStaticServer({
      routes: [{ prefix: '/fixtures/', dir: 'test/fixtures' }],
      pages: { '/vis': 'test/fixtures/firstagenda/aarhus-byraad-dagsorden-2025-10-08.html', '/politik/referat': 'test/fixtures/pages/kommune-cms-referat.html' },
    });
    ext = await launchWithExtension(dir);
    origin = `chrome-extension://${ext.extensionId}`;
    // A page of the extension's origin that uses no storage, to hold the DevTools session.
    const holder = await ext.context.newPage();
    await holder.goto(`${origin}/manifest.json`);
    cdp = await ext.context.newCDPSession(holder);
    await quota(cdp, origin, 20 * MB);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const label = (page: Page) => page.locator(BUTTON).textContent({ timeout: 15_000 });

  it('says in one sentence on the button that there is no room, keeps the saved meeting readable, and saves once there is room', async () => {
    const first = await ext.context.newPage();
    await first.goto(server.origin + '/politik/referat');
    await first.locator(BUTTON).click({ timeout: 15_000 });
    await expect.poll(() => label(first)).toBe('Gemt – 4 punkter');

    await quota(cdp, origin, 1);
    const shelf = await ext.context.newPage();
    await shelf.goto(`${origin}/library.html`);
    expect(await probeWrite(shelf)).toBe('QuotaExceededError');

    const second = await ext.context.newPage();
    await second.goto(`${server.origin}/vis?fk=1&id=${GUID}`);
    await second.locator(BUTTON).click({ timeout: 15_000 });
    const error = second.locator('referat-gem .status.error');
    await expect.poll(() => error.textContent(), { timeout: 15_000 }).toBe(FULL);
    // The button is back as it was, to try again.
    expect(await label(second)).toBe('Gem dagsorden');

    // The library still holds the first meeting, whole.
    await shelf.reload();
    await expect.poll(() => shelf.locator('a.meeting-link').count()).toBe(1);
    await shelf.locator('a.meeting-link').click();
    await expect.poll(() => shelf.locator('details.item').count()).toBe(4);
    expect(await shelf.locator('[role=alert]').count()).toBe(0);

    await quota(cdp, origin, null);
    await second.locator(BUTTON).click();
    await expect.poll(() => label(second)).toBe('Gemt – 33 punkter');
    await shelf.goto(`${origin}/library.html#/`);
    await expect.poll(() => shelf.locator('a.meeting-link').count()).toBe(2);
  });
});

describe('the web app with a full disk', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  /** A bundle of the given seeds, saved from files, with the extras of a used library when asked. */
  async function bundleOf(name: string, seeds: string[], extras = false): Promise<string> {
    const db = new LibraryDb(`e2e-storage-${name}`);
    for (const seed of seeds) await saveMeeting(db, meetingOf(seed), 'file', 1_700_000_000_000);
    if (extras) {
      const id = meetingId(meetingOf(SEEDS.herning2023));
      await markRead(db, id, 48, true, 1_700_000_100_000);
      await setNote(db, id, 48, 'Spørg til åbningstiderne', 1_700_000_200_000);
      await followTopic(db, 'Blå Kors Varmestue', 1_700_000_300_000);
      await followTopic(db, 'gadeplan', 1_700_000_300_000);
    }
    const path = join(tmp, `${name}.json`);
    writeFileSync(path, bundleJson(await buildBundle(db)));
    await db.delete();
    return path;
  }

  beforeAll(async () => {
    const site = join(tmp, 'site');
    cpSync('.output/pwa', site, { recursive: true });
    server = await startStaticServer({ routes: [{ prefix: '/demo/', dir: 'test/fixtures' }, { prefix: '/', dir: site }] });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'da-DK' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const importFile = async (page: Page, path: string) => {
    await page.goto(server.origin + '/#/overfoer');
    await page.setInputFiles('input[accept^=".json"]', path);
  };

  it('refuses a bigger bundle and a PDF with the Danish sentence, changes nothing, and imports once there is room', async () => {
    const small = await bundleOf('small', [SEEDS.herning2023, SEEDS.hvidovre]);
    const big = await bundleOf('big', Object.values(SEEDS), true);
    const page = await context.newPage();
    // The quota is set before the origin writes anything (a plain file of the origin holds the session).
    await page.goto(server.origin + '/demo/seeds/000_185fcd858e7dcb18.txt');
    const cdp = await context.newCDPSession(page);
    await quota(cdp, server.origin, 20 * MB);

    await importFile(page, small);
    await expect.poll(() => page.locator('.transfer .status.done').textContent(), { timeout: 15_000 }).toBe(
      'Importeret: 2 møder (2 nye), 0 læsemarkeringer, 0 noter og 0 emner. Se møderne',
    );
    const before = await rawLibrary(page);

    await quota(cdp, server.origin, 1);
    expect(await probeWrite(page)).toBe('QuotaExceededError');

    await importFile(page, big);
    const problems = page.locator('.problems');
    await expect.poll(() => problems.locator('li').allTextContents(), { timeout: 15_000 }).toEqual([BUNDLE_FULL]);
    expect(await problems.locator('p').textContent()).toBe('Pakken blev ikke importeret, og intet er ændret:');

    await page.setInputFiles('.open-minutes input[type=file]', FIXTURES + 'pdf/003_94bbcc3a72111751.pdf');
    await expect.poll(() => page.locator('.open-minutes .status').textContent(), { timeout: 20_000 }).toBe(FULL);
    expect(await page.locator('.open-minutes [role=alert]').count()).toBe(1);

    expect(await rawLibrary(page)).toBe(before);
    for (const step of ['as it is', 'after a reload']) {
      if (step === 'after a reload') await page.reload();
      await page.locator('nav.tabs').getByRole('link', { name: 'Møder', exact: true }).click();
      await expect.poll(() => page.locator('a.meeting-link').count(), { message: step }).toBe(2);
      await page.locator('a.meeting-link').filter({ hasText: '22. august 2023' }).click();
      await expect.poll(() => page.locator('details.item').count(), { message: step }).toBe(17);
    }

    await quota(cdp, server.origin, null);
    await importFile(page, big);
    await expect.poll(() => page.locator('.transfer .status.done').textContent(), { timeout: 15_000 }).toBe(
      'Importeret: 5 møder (3 nye, 2 uændret), 1 læsemarkering, 1 note og 2 emner. Se møderne',
    );
    await page.close();
  });
});
