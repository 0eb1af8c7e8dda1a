/**
 * The bridge from the extension to the web app (Chromium with the built
 * extension, `npm run build` first): a meeting saved on a fixture page arrives
 * in the web app on the same origin (127.0.0.1, one of lib/bridge/origins.ts),
 * and a topic followed in the app goes back to the extension;
 * a page on another origin (127.0.0.2) that posts look-alike messages gets no
 * port and no answer, and look-alikes on the allowed origin get none either;
 * the exact HELLO from a frame (of the app's origin or another, inside the app or
 * around it) gets none; the extension's library is unchanged by them.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { extensionCounts } from './library-db';

const BUTTON = 'referat-gem button.save';
const FIXTURE = 'test/fixtures/pages/kommune-cms-referat.html';

let ext: ExtensionBrowser;
let app: StaticServer;
let other: StaticServer;
let tmp: string;

/** Counts in the extension's IndexedDB. */
const library = () => extensionCounts(ext, ['meetings', 'reads', 'topics']);

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

  it('ignores the exact HELLO when it comes from a frame, of the app\'s origin or another', async () => {
    const before = await library();
    // The app's origin at the top, with a frame of its own origin and one of another.
    const top = await ext.context.newPage();
    await top.goto(app.origin + '/demo/pages/kommune-cms-referat.html');
    const welcomes = watchWelcomes(top);
    await addFrames(top, [app.origin, other.origin]);
    const [own, foreign] = top.frames().slice(1);
    // The 'self' cases fail only if both frame rules go (`allFrames: false` and the `window.top !== window`
    // check in entrypoints/bridge.content.ts): kept as the check on that defence in depth.
    const answers = await Promise.all([helloFromFrame(own!, 'parent'), helloFromFrame(foreign!, 'parent'), helloFromFrame(own!, 'self'), helloFromFrame(foreign!, 'self')]);
    expect(answers).toEqual([[], [], [], []]);
    expect(await welcomes()).toEqual([]);

    // The app's origin in a frame of another origin's page: no bridge in a frame.
    const host = await ext.context.newPage();
    await host.goto(other.origin + '/demo/pages/kommune-cms-referat.html');
    await addFrames(host, [app.origin]);
    expect(await helloFromFrame(host.frames()[1]!, 'self')).toEqual([]);
    expect(await helloFromFrame(host.frames()[1]!, 'parent')).toEqual([]);

    // The same HELLO posted by the top page itself is answered: the frames were refused for being frames.
    expect(await probe(top, 1_000)).toEqual([JSON.stringify({ type: 'referat:welcome', v: 1, nonce: NONCE })]);
    expect(await library()).toEqual(before);
    await top.close();
    await host.close();
  });
});

/** Adds one iframe per origin (the fixture page there) and waits for each to load. */
async function addFrames(page: Page, origins: string[]): Promise<void> {
  await page.evaluate(
    (srcs) =>
      Promise.all(
        srcs.map(
          (src) =>
            new Promise<void>((resolve) => {
              const frame = document.createElement('iframe');
              frame.onload = () => resolve();
              frame.src = src;
              document.body.append(frame);
            }),
        ),
      ),
    origins.map((o) => o + '/demo/pages/kommune-cms-referat.html'),
  );
}

/** Records every WELCOME (or message with a port) the top page receives from now on. */
function watchWelcomes(page: Page): () => Promise<string[]> {
  const ready = page.evaluate(() => {
    const w = window as unknown as { __welcomes: string[] };
    w.__welcomes = [];
    window.addEventListener('message', (e) => {
      const data = e.data as { type?: unknown } | null;
      if (e.ports.length > 0 || (data && typeof data === 'object' && data.type === 'referat:welcome')) w.__welcomes.push(JSON.stringify(e.data));
    });
  });
  return async () => {
    await ready;
    return page.evaluate(() => (window as unknown as { __welcomes: string[] }).__welcomes);
  };
}

/** The frame posts the exact HELLO to its parent or to itself and returns what answered within 1.5 s. */
function helloFromFrame(frame: Frame, to: 'parent' | 'self'): Promise<string[]> {
  return frame.evaluate(
    async ({ target, nonce }) => {
      const seen: string[] = [];
      window.addEventListener('message', (e) => {
        const data = e.data as { type?: unknown } | null;
        if (e.ports.length > 0 || (data && typeof data === 'object' && data.type === 'referat:welcome')) seen.push(JSON.stringify(e.data));
      });
      (target === 'parent' ? window.parent : window).postMessage({ type: 'referat:hello', v: 1, nonce }, '*');
      await new Promise((r) => setTimeout(r, 1_500));
      return seen;
    },
    { target: to, nonce: to === 'parent' ? NONCE.replace('0', '1') : NONCE.replace('0', '2') },
  );
}
