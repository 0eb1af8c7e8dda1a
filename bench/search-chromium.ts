/**
 * Runs bench/search-page.ts in Chromium (Debian's, headless): bundles it with
 * esbuild, serves it on 127.0.0.1 (IndexedDB wants a real origin) and calls it
 * with the parsed seeds. Figures are measured on Chromium's own IndexedDB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startStaticServer } from '../scripts/static-server.mjs';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../scripts/chromium';
import { seedMeetings } from './seeds';
import type { SaveFigures, SearchFigures } from './search-core';

export interface ChromiumSearchFigures {
  count: number;
  fillMs: number;
  rawTextBytes: number;
  /** Growth of the origin's storage (navigator.storage.estimate) for the whole library, items included. */
  storedBytes: number;
  search: SearchFigures;
  save: SaveFigures;
}

/** Opens the bundled page in Chromium and hands it to `fn`. */
async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-search-bench-'));
  try {
    await build({
      entryPoints: [fileURLToPath(new URL('./search-page.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'chrome120',
      outfile: join(dir, 'bench.js'),
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>search bench</title><script type="module" src="bench.js"></script>');
    const server = await startStaticServer({ routes: [{ prefix: '/', dir }] });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/index.html`);
      await page.waitForFunction(() => 'benchSearch' in globalThis);
      return await fn(page);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The seeds saved and searched, and a version 1 library upgraded, on Chromium's IndexedDB: the first hit of "Blå Kors Varmestue" each way. */
export function selfTestChromium(): Promise<{ saved: string[]; upgraded: string[] }> {
  return withPage((page) =>
    page.evaluate((s) => (globalThis as unknown as { selfTest: (s: unknown) => Promise<{ saved: string[]; upgraded: string[] }> }).selfTest(s), seedMeetings()),
  );
}

export async function benchSearchChromium({ count = 1000, saves = 20, search = true } = {}): Promise<ChromiumSearchFigures> {
  return withPage(async (page) => {
    const seeds = seedMeetings();
    // The save, search and upgrade paths work on Chromium's IndexedDB before anything is timed.
    const check = await page.evaluate((s) => (globalThis as unknown as { selfTest: (s: unknown) => Promise<{ saved: string[]; upgraded: string[] }> }).selfTest(s), seeds);
    if (check.saved[0] !== '2023-08-22 48' || check.upgraded[0] !== '2023-08-22 48') throw new Error(`search in Chromium gave ${JSON.stringify(check)}`);
    return page.evaluate(
      ([s, o]) => (globalThis as unknown as { benchSearch: (s: unknown, o: unknown) => Promise<ChromiumSearchFigures> }).benchSearch(s, o),
      [seeds, { count, saves, search }] as const,
    );
  });
}

// `npx tsx bench/search-chromium.ts [count]`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? 1000);
  process.stdout.write(JSON.stringify(await benchSearchChromium({ count }), null, 2) + '\n');
}
