/**
 * The bridge from the extension to the web app (Chromium with the built
 * extension, `npm run build` first): a meeting saved on a fixture page arrives
 * in the web app on the same origin (127.0.0.1, one of lib/bridge/origins.ts),
 * and a topic followed in the app goes back to the extension;
 * a page on another origin (127.0.0.2) that posts look-alike messages gets no
 * port and no answer, and look-alikes on the allowed origin get none either;
 * the extension's library is unchanged by them.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { launchWithExtension, type ExtensionBrowser } from './browser';

const BUTTON = 'referat-gem button.save';
const FIXTURE = 'test/fixtures/pages/kommune-cms-referat.html';

let ext: ExtensionBrowser;
let app: StaticServer;
let other: StaticServer;
let tmp: string;

/** Counts in the extension's IndexedDB, read from an extension page (the background's origin). */
async function library(): Promise<{ meetings: number; reads: number; topics: number }> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/library.html`);
  const counts = await page.evaluate(
    () =>
      new Promise<{ meetings: number; reads: number; topics: number }>((resolve, reject) => {
        const request = indexedDB.open('referat');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['meetings', 'reads', 'topics']);
          const out = { meetings: -1, reads: -1, topics: -1 };
          for (const name of ['meetings', 'reads', 'topics'] as const) {
            tx.objectStore(name).count().onsuccess = (e) => (out[name] = (e.target as IDBRequest<number>).result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
  await page.close();
  return counts;
}

const NONCE = 'abcdefghijklmnop0123';
const FAKE = 'zzzzzzzzzzzzzzzzzzzz';

/**
 * Posts look-alike messages from the page for `ms` and returns every answer: a
 * message naming `referat:welcome` or carrying a port (other than the page's own
 * fake welcome), and anything sent on a port the page offered as if it were the bridge.
 */
function probe(page: Page, ms: number): Promise<string[]> {
  return page.evaluate(
    async ({ wait, nonce, fake }) => {
      const seen: string[] = [];
      window.addEventListener('message', (e) => {
        const data = e.data as { type?: unknown; nonce?: unknown } | null;
        if (data && typeof data === 'object' && data.nonce === fake) return;
        if (e.ports.length > 0 || (data && typeof data === 'object' && data.type === 'referat:welcome')) seen.push(JSON.stringify(e.data));
      });
      const looks: unknown[] = [
        { type: 'referat:hello', v: 1, nonce },
        { type: 'referat:hello', v: 2, nonce: nonce + 'a' },
        { type: 'referat:hello', v: 1, nonce: nonce + 'b', extra: true },
        { type: 'referat:hello', v: 1, nonce: 'short' },
        { type: 'referat:hello', v: 1 },
        { type: 'bridge:pull', inventory: { meetings: [], topics: [] } },
        { type: 'inventory', inventory: { meetings: [], topics: [] } },
        { type: 'push', push: { topics: [{ query: 'indsmuglet', label: 'indsmuglet', createdAt: 1, lastSeenAt: 1, notify: false }], reads: [] } },
      ];
      for (const m of looks) window.postMessage(m, '*');
      // A port of the page's own, offered as if it were the bridge's.
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => seen.push('port:' + JSON.stringify(e.data));
      window.postMessage({ type: 'referat:welcome', v: 1, nonce: fake }, '*', [channel.port2]);
      await new Promise((r) => setTimeout(r, wait));
      return seen;
    },
    { wait: ms, nonce: NONCE, fake: FAKE },
  );
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'referat-bridge-'));
  const site = join(tmp, 'site');
  cpSync('.output/pwa', site, { recursive: true });
  const serve = (host: string) =>
    startStaticServer({ host, routes: [{ prefix: '/demo/', dir: 'test/fixtures' }, { prefix: '/', dir: site }], pages: { '/politik/referat': FIXTURE } });
  app = await serve('127.0.0.1');
  other = await serve('127.0.0.2');
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await app?.close();
  await other?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the bridge', () => {
  it('brings a meeting saved in the extension into the web app on the same origin, and takes a followed topic back', async () => {
    const page = await ext.context.newPage();
    await page.goto(app.origin + '/politik/referat');
    await page.locator(BUTTON).click({ timeout: 15_000 });
    await expect.poll(() => page.locator(BUTTON).textContent(), { timeout: 15_000 }).toBe('Gemt – 4 punkter');
    await page.close();
    expect((await library()).meetings).toBe(1);

    const pwa = await ext.context.newPage();
    await pwa.goto(app.origin + '/');
    await expect.poll(() => pwa.locator('p.status.bridge').textContent(), { timeout: 15_000 }).toBe('Hentet 1 møde fra udvidelsen');
    await expect.poll(() => pwa.locator('a.meeting-link').count(), { timeout: 10_000 }).toBe(1);
    // A reload finds nothing new to fetch, and the meeting stays.
    await pwa.reload();
    await expect.poll(() => pwa.locator('a.meeting-link').count(), { timeout: 10_000 }).toBe(1);
    await pwa.waitForTimeout(1_500);
    expect(await pwa.locator('p.status.bridge').count()).toBe(0);

    // A topic followed in the app reaches the extension on the next sync (the app gets focus).
    expect((await library()).topics).toBe(0);
    await pwa.goto(app.origin + '/#/soeg?q=' + encodeURIComponent('udvalg'));
    await pwa.getByRole('button', { name: 'Følg', exact: true }).click({ timeout: 15_000 });
    await expect.poll(() => pwa.getByText('Du følger «udvalg».').count(), { timeout: 10_000 }).toBe(1);
    await pwa.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(async () => (await library()).topics, { timeout: 10_000 }).toBe(1);
    expect((await library()).meetings).toBe(1);
    await pwa.close();
  });

  it('answers nothing to look-alike messages from another origin or of the wrong shape, and changes nothing', async () => {
    const before = await library();
    const foreign = await ext.context.newPage();
    await foreign.goto(other.origin + '/politik/referat');
    const own = await ext.context.newPage();
    await own.goto(app.origin + '/demo/pages/kommune-cms-referat.html');
    const [fromForeign, fromOwn] = await Promise.all([probe(foreign, 2_000), probe(own, 2_000)]);
    expect(fromForeign).toEqual([]);
    // On the allowed origin the exact HELLO is answered (a port), the look-alikes are not.
    expect(fromOwn).toEqual([JSON.stringify({ type: 'referat:welcome', v: 1, nonce: NONCE })]);
    expect(await library()).toEqual(before);
    await foreign.close();
    await own.close();
  });
});
