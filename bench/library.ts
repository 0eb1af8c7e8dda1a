/**
 * Library figures at 10,000 and 50,000 meetings (or the largest count that fits), in
 * Chromium with real IndexedDB, on libraries generated as the search bench's
 * (bench/corpus.ts): see bench/library-page.ts for each measure.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.mjs';
import { CHROMIUM } from '../scripts/chromium';
import { seedMeetings } from './seeds';

type Call = (...args: unknown[]) => Promise<unknown>;

export async function withLibraryBrowser<T>(fn: (open: () => Promise<Page>, context: BrowserContext) => Promise<T>, options: { profile?: string; port?: number } = {}): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-library-bench-'));
  const profile = options.profile ?? join(dir, 'profile');
  mkdirSync(profile, { recursive: true });
  try {
    await build({
      entryPoints: [fileURLToPath(new URL('./library-page.ts', import.meta.url))],
      bundle: true, format: 'esm', platform: 'browser', target: 'chrome120', outfile: join(dir, 'bench.js'), logLevel: 'silent',
      jsx: 'automatic', jsxImportSource: 'preact', loader: { '.css': 'empty' },
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>library bench</title><main id="app"></main><script type="module" src="bench.js"></script>');
    const server = await startStaticServer({ routes: [{ prefix: '/', dir }], port: options.port ?? 0 });
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true,
      args: [
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--no-sandbox',
        // The heap figures: exact sizes, and a collection before each reading.
        '--enable-precise-memory-info', '--js-flags=--expose-gc',
      ],
    });
    try {
      const open = async () => {
        const page = await context.newPage();
        await page.goto(`${server.origin}/index.html`);
        await page.waitForFunction(() => 'fill' in globalThis);
        return page;
      };
      return await fn(open, context);
    } finally {
      await context.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function call<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([n, a]) => ((globalThis as unknown as Record<string, Call>)[n as string]!)(...(a as unknown[])), [name, args] as const) as Promise<T>;
}

type Figures = Record<'topicPageP95Ms' | 'threadPageP95Ms' | 'itemPageP95Ms' | 'firstSearchMs' | 'searchP95Ms' | 'saveMs' | 'listFirstScreenMs' | 'heapMb', number>;

/** The targets at 10,000 and 50,000 meetings (heap in MB, the rest in ms). */
export const TARGETS: Record<keyof Figures, [number, number]> = {
  topicPageP95Ms: [150, 300], threadPageP95Ms: [50, 100], itemPageP95Ms: [50, 100], firstSearchMs: [150, 300],
  searchP95Ms: [60, 150], saveMs: [50, 60], listFirstScreenMs: [100, 150], heapMb: [60, 100],
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Cold {
  openMs: number;
  ms: number;
}

/** One library of `count` meetings: filled, then measured in fresh pages (cold) and in one page (warm); saves last. */
async function benchCount(count: number, withPeer: boolean) {
  const seeds = seedMeetings();
  return withLibraryBrowser(async (open) => {
    process.stderr.write(`library bench: filling ${count} meetings in Chromium\n`);
    let page = await open();
    const fill = await call<Record<string, number>>(page, 'fill', seeds, count);
    await page.close();
    process.stderr.write(`library bench: filled in ${fill.fillMs} ms, measuring\n`);
    // A page that keeps the library open, as the extension's background page or another tab does.
    const holder = await open();
    await holder.evaluate((c) => new (globalThis as unknown as { Dexie: new (n: string) => { open(): Promise<unknown> } }).Dexie(`bench-library-${c}`).open(), count).catch(() => undefined);
    const cold: Record<string, Cold[]> = { search: [], list: [], topic: [] };
    for (let k = 0; k < 5; k++) {
      for (const what of Object.keys(cold)) {
        page = await open();
        cold[what]!.push(await call<Cold>(page, 'cold', count, what));
        await page.close();
      }
    }
    page = await open();
    const topicOpenMs = await call<number>(page, 'topicOpen', count);
    const heapMb = await page.evaluate(() => {
      (globalThis as unknown as { gc(): void }).gc();
      return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20;
    });
    await page.close();
    page = await open();
    const warm = await call<{ topicPage: { p95Ms: number }; threadPage: { p95Ms: number }; itemPage: { p95Ms: number }; search: { p95Ms: number } }>(page, 'warm', count);
    await page.close();
    let peer: unknown = null;
    if (withPeer) {
      process.stderr.write(`library bench: MiniSearch on the same ${count} meetings\n`);
      page = await open();
      peer = await call(page, 'peer', seeds, count);
      await page.close();
    }
    page = await open();
    const save = await call<{ msPerMeeting: number; p95Ms: number }>(page, 'saves', seeds, count);
    await page.close();
    await holder.close();
    const total = (list: Cold[]) => median(list.map((c) => c.openMs + c.ms));
    const figures: Figures = {
      topicPageP95Ms: warm.topicPage.p95Ms, threadPageP95Ms: warm.threadPage.p95Ms, itemPageP95Ms: warm.itemPage.p95Ms,
      firstSearchMs: Math.round(total(cold.search!) * 10) / 10, searchP95Ms: warm.search.p95Ms, saveMs: save.msPerMeeting,
      listFirstScreenMs: Math.round(total(cold.list!) * 10) / 10, heapMb: Math.round(heapMb * 10) / 10,
    };
    return { figures, details: { fill, cold, topicOpenMs, warm, save }, peer };
  });
}

/**
 * `library.meetings<count>.*` for each count (the keys), `library.growth.*` from
 * the first count to the last, the details behind them, and MiniSearch on the first.
 */
export async function benchLibrary(counts = [10_000, 50_000]) {
  const out: Record<string, unknown> = {};
  const details: Record<string, unknown> = {};
  let peer: unknown = null;
  const figures: Figures[] = [];
  for (const [i, count] of counts.entries()) {
    const r = await benchCount(count, i === 0);
    out[`meetings${count}`] = r.figures;
    details[count] = r.details;
    figures.push(r.figures);
    if (i === 0) peer = r.peer;
  }
  const [first, last] = [figures[0]!, figures[figures.length - 1]!];
  out.growth = Object.fromEntries(Object.keys(first).map((k) => [k, Math.round((last[k as keyof Figures] / first[k as keyof Figures]) * 100) / 100]));
  out.details = { ...details, targets: TARGETS, counts };
  return { library: out, peer };
}

// `npx tsx bench/library.ts [counts…]`: the library figures alone; `fill COUNT` and a step name for working on one.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const counts = args.filter((a) => /^\d+$/.test(a)).map(Number);
  process.stdout.write(JSON.stringify(await benchLibrary(counts.length ? counts : undefined), null, 2) + '\n');
}
