/**
 * The content script's cost on ordinary pages, in Chromium with the built
 * extension (`npm run build` first): the detector's time (the `referat:detect`
 * measure it records) on non-minutes pages, median over several loads, and the
 * gzipped size of what the manifest injects before detection.
 * Targets: detectMs ≤ 2, injectedKbGz ≤ 15.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../scripts/static-server.mjs';
import { launchWithExtension } from '../scripts/chromium';
import { median, round } from './measure';

const EXTENSION = '.output/chrome-mv3';
const LOADS = 9;

/** A large ordinary municipal page: navigation, many headings and paragraphs, no minutes (about 1 MB). */
function bigOrdinaryPage(): string {
  const nav = Array.from({ length: 400 }, (_, i) => `<li><a href="/side/${i}">Borgerservice emne ${i}</a></li>`).join('');
  const sections = Array.from(
    { length: 1_500 },
    (_, i) =>
      `<section><h2>Nyhed ${i}: vejarbejde og parkering</h2><h3>Kort fortalt</h3><p>Kommunen udbedrer vejen ved skole ${i}. ` +
      `Arbejdet varer tre uger, og der er omkørsel for biler og cykler. Læs mere om <a href="/vej/${i}">vejarbejdet</a>.</p>` +
      `<p>Har du spørgsmål, kan du kontakte Teknik og Miljø på telefon eller skrive til os.</p></section>`,
  ).join('');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Nyheder | Eksempel Kommune</title></head>` +
    `<body><header><nav><ul>${nav}</ul></nav></header><main><h1>Nyheder fra kommunen</h1>${sections}</main>` +
    `<footer><p>Eksempel Kommune · Rådhuspladsen 1</p></footer></body></html>`;
}

/** The files the manifest injects into every matched page, gzipped. */
function injectedKbGz(dir: string): { kb: number; files: string[] } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
  return { kb: bytes / 1024, files };
}

export async function benchContentScript(): Promise<{
  detectMs: number;
  injectedKbGz: number;
  detectMsByPage: Record<string, number>;
  injectedFiles: string[];
}> {
  const dir = resolve(EXTENSION);
  const injected = injectedKbGz(dir);
  const tmp = mkdtempSync(join(tmpdir(), 'referat-bench-'));
  const big = join(tmp, 'stor-side.html');
  writeFileSync(big, bigOrdinaryPage());
  const server = await startStaticServer({
    routes: [],
    pages: {
      '/nyheder/varmestue': 'test/fixtures/not-minutes/nyhed.html',
      '/nyheder': big,
      // A listing titled "Dagsordener og referater": passes the first gate, so the text sample is read.
      '/': 'test/fixtures/firstagenda/aarhus-forside-listing.html',
    },
  });
  const ext = await launchWithExtension(dir);
  const byPage: Record<string, number> = {};
  try {
    const page = await ext.context.newPage();
    for (const [name, path] of [['nyhed', '/nyheder/varmestue'], ['stor side', '/nyheder'], ['forside (liste)', '/']] as const) {
      const times: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        await page.goto(server.origin + path);
        await page.waitForFunction(() => performance.getEntriesByName('referat:settled').length > 0, null, { timeout: 15_000 });
        times.push(await page.evaluate(() => performance.getEntriesByName('referat:detect')[0]!.duration));
        if (await page.locator('referat-gem').count()) throw new Error(`${path}: a save button on an ordinary page`);
      }
      byPage[name] = round(median(times.slice(1)), 3); // the first load warms the caches
    }
  } finally {
    await ext.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return {
    detectMs: Math.max(...Object.values(byPage)),
    injectedKbGz: round(injected.kb, 2),
    detectMsByPage: byPage,
    injectedFiles: injected.files,
  };
}
