/**
 * The parser on fuzzed input (test/helpers/mutate.ts, the fuzz test's generator):
 * time per input over a sample of every mutation kind, and how time grows when a
 * mutated input doubles (target: at most ~2.5× per doubling), per kind:
 * - text: mutated minutes, 1 → 2 → 4 → 8 MB, through parseText;
 * - page: a generic page of mutated meeting pages, 0.5 → 1 → 2 MB, through linkedom and the adapter;
 * - firstagenda: the real FirstAgenda page with 1 → 2 → 4 → 8 mutated copies of its item rows
 *   (numbered on, so it is one larger meeting), through linkedom and the adapter;
 * - nested: the adapter on a live document of 25,000 → 200,000 nested elements (a page
 *   the browser has already built, as the content script meets it);
 * - nestedLinks: links and headings nested 2,000 → 16,000 deep by script on a live page;
 * - nestedPage: the HTML text of such a page through parseHtmlString in Node (the nesting
 *   cap of lib/parse/html-depth.ts, then linkedom and the adapter);
 * - chromiumPage, chromiumNested: the mutated pages and the nested page through
 *   parseHtmlString with DOMParser in Chromium.
 * `htmlParsers` are the environments' own HTML parsers on the nested page without the
 * cap, the reason it exists: linkedom grows with the square of the depth (htmlparser2
 * shifts an array for its open-element stack), Blink's parser nearly so.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { parseFile, parseHtmlString } from '../lib/sites/parse-file';
import { parseDocument } from '../lib/sites/parsers';
import { parseText } from '../lib/sites/parsers';
import { nodeEnvironment } from '../lib/parse/node';
import { launchBrowser } from '../test/e2e/browser';
import { seeded } from '../test/helpers/random';
import {
  BYTE_MUTATIONS, CHAR_MUTATIONS, encodeUtf8, ENCODING_MUTATIONS, HTML_MUTATIONS, LINE_MUTATIONS, pick, stacked, type Rng,
} from '../test/helpers/mutate';
import { doubling, round } from './measure';

const SEED = 20251124;
const MB = 1 << 20;
const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const read = (path: string) => readFileSync(FIXTURES + path, 'utf8');
const SEED_TEXTS = ['000_185fcd858e7dcb18', '001_16db8b72316c9031', '002_a0a4e38bb360a38c', '003_94bbcc3a72111751', '004_724e39d7e2a291c6'].map((s) => read(`seeds/${s}.txt`));
const PAGES = ['pages/herning-2022-09-20.html', 'pages/herning-2023-08-22.html', 'pages/kommune-cms-referat.html'].map(read);
const FIRSTAGENDA = read('firstagenda/aarhus-byraad-dagsorden-2025-10-08.html');
const FIRSTAGENDA_URL = 'https://dagsordener.aarhus.dk/vis?id=3b3d5d0e-1f5e-4d7a-9a43-6f2c6c1e8a11';

/** Mutated pieces from `make` joined until `size`; a larger size extends the smaller one's input. */
function grown(next: Rng, make: (next: Rng) => string, sizes: number[]): string[] {
  const pieces: string[] = [];
  let length = 0;
  return sizes.map((size) => {
    while (length < size) {
      const piece = make(next);
      pieces.push(piece);
      length += piece.length + 1;
    }
    return pieces.join('\n').slice(0, size);
  });
}

/** Time per input over the fuzz test's mutation kinds (a sample of each, no PDFs: those are pdf.js's time). */
async function throughput(): Promise<{ inputs: number; msPerInput: number; msPerInputByKind: Record<string, number> }> {
  const next = seeded(SEED);
  const textKinds: Record<string, (s: string, next: Rng) => string> = { ...LINE_MUTATIONS, ...CHAR_MUTATIONS, stacked };
  const kinds: Record<string, () => Promise<unknown> | unknown> = {};
  for (const [kind, mutate] of Object.entries(textKinds)) kinds[kind] = () => parseText(mutate(pick(next, SEED_TEXTS), next));
  for (const [kind, mutate] of Object.entries(ENCODING_MUTATIONS)) kinds[kind] = () => parseFile({ bytes: mutate(pick(next, SEED_TEXTS), next) }, nodeEnvironment);
  for (const [kind, mutate] of Object.entries(BYTE_MUTATIONS)) kinds[kind] = () => parseFile({ bytes: mutate(encodeUtf8(pick(next, SEED_TEXTS)), next) }, nodeEnvironment);
  for (const [kind, mutate] of Object.entries(HTML_MUTATIONS)) kinds[kind] = () => parseHtmlString(mutate(pick(next, PAGES), next), null, nodeEnvironment);
  const perKind = 100;
  const msPerInputByKind: Record<string, number> = {};
  let total = 0;
  for (const [kind, run] of Object.entries(kinds)) {
    for (let i = 0; i < 5; i++) await run();
    const start = performance.now();
    for (let i = 0; i < perKind; i++) await run();
    const ms = performance.now() - start;
    total += ms;
    msPerInputByKind[kind] = round(ms / perKind, 3);
  }
  const inputs = perKind * Object.keys(kinds).length;
  return { inputs, msPerInput: round(total / inputs, 3), msPerInputByKind };
}

const nestedPage = (depth: number) => '<!doctype html><html><body>' + '<div>'.repeat(depth) + 'REFERAT Byrådet d. 01-01-2024' + '</div>'.repeat(depth) + '</body></html>';
const NESTED_DEPTHS = [25_000, 50_000, 100_000, 200_000];
// The environments' parsers take seconds at these depths already.
const LINKEDOM_DEPTHS = [25_000, 50_000, 100_000];
const CHROMIUM_DEPTHS = [5_000, 10_000, 20_000];

/** The nested page built with the DOM, not parsed: linkedom would take half a minute for 200,000 levels. */
function nestedDocument(depth: number): Document {
  const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  let parent: Element = doc.body;
  for (let i = 0; i < depth; i++) parent = parent.appendChild(doc.createElement('div'));
  parent.textContent = 'REFERAT Byrådet d. 01-01-2024';
  return doc;
}

/** Links and headings nested by script on a live page (a parsed page cannot nest them), each with text at every level. */
const NESTED_LINK_DEPTHS = [2_000, 4_000, 8_000, 16_000];
function nestedLinksDocument(depth: number): Document {
  const doc = parseHTML('<!doctype html><html><body><main><p>REFERAT Byrådet d. 01-01-2024</p><p>Punkt 1: Budget</p><p>Sagsfremstilling</p><p>Tekst.</p></main></body></html>').document as unknown as Document;
  const main = doc.querySelector('main')!;
  for (const tag of ['a', 'h2']) {
    let parent: Element = main;
    for (let i = 0; i < depth / 2; i++) {
      const child = doc.createElement(tag);
      if (tag === 'a') child.setAttribute('href', `https://example.dk/${i}`);
      child.appendChild(doc.createTextNode(`${i}. Bilag ${i} `));
      parent = parent.appendChild(child);
    }
  }
  return doc;
}

/** The nested page and a mutated page through DOMParser and the adapters in Chromium, bundled from lib/parse. */
async function inChromium(pages: string[]): Promise<Record<'nested' | 'page' | 'rawNested', ReturnType<typeof doubling>>> {
  const bundle = await build({
    stdin: {
      // The same measurement as doubling(), in the page: interleaved sizes, the fastest of 5 rounds after a warm-up.
      contents: `import { parseHtmlString } from './lib/sites/parse-file';
        const env = { parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html') };
        const capped = (html) => { const start = performance.now(); parseHtmlString(html, null, env); return performance.now() - start; };
        const raw = (html) => { const start = performance.now(); env.parseHtml(html); return performance.now() - start; };
        globalThis.measure = (inputs, uncapped) => {
          const time = uncapped ? raw : capped;
          inputs.forEach(time);
          const times = inputs.map(() => []);
          for (let r = 0; r < 5; r++) inputs.forEach((html, i) => times[i].push(time(html)));
          return times.map((t) => Math.min(...t));
        };`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent',
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const measure = (inputs: string[], uncapped = false) =>
      page.evaluate(([inputs, uncapped]) => (globalThis as unknown as { measure(inputs: string[], uncapped: boolean): number[] }).measure(inputs, uncapped), [inputs, uncapped] as const);
    const summary = (ms: number[]) => ({
      ratio: round((ms[ms.length - 1]! / ms[0]!) ** (1 / (ms.length - 1))),
      ratios: ms.slice(1).map((t, i) => round(t / ms[i]!)),
      ms: ms.map((t) => round(t, 1)),
    });
    return {
      nested: summary(await measure(NESTED_DEPTHS.map(nestedPage))),
      page: summary(await measure(pages)),
      rawNested: summary(await measure(CHROMIUM_DEPTHS.map(nestedPage), true)),
    };
  } finally {
    await browser.close();
  }
}

export async function benchFuzz() {
  const next = seeded(SEED + 1);
  const texts = grown(next, (n) => stacked(pick(n, SEED_TEXTS), n), [1, 2, 4, 8].map((s) => s * MB));
  const inner = (html: string) => html.slice(html.indexOf('<body'), html.lastIndexOf('</body>'));
  const bodies = grown(next, (n) => pick(n, Object.values(HTML_MUTATIONS))(inner(pick(n, PAGES)), n), [0.5, 1, 2].map((s) => s * MB));
  const pages = bodies.map((b) => `<!doctype html><html><head><meta charset="utf-8"></head>${b}</html>`);
  // FirstAgenda: the item rows (tbody of #dagsordenDetaljer) copied 1, 2 and 4 times, each copy mutated.
  const rowsFrom = FIRSTAGENDA.indexOf('<tr class="punktrow');
  const rowsTo = FIRSTAGENDA.indexOf('</tbody>', FIRSTAGENDA.lastIndexOf('<tr class="punktrow'));
  const rows = FIRSTAGENDA.slice(rowsFrom, rowsTo);
  const copies = Array.from({ length: 8 }, (_, k) =>
    pick(next, [HTML_MUTATIONS.removeAttributes, HTML_MUTATIONS.duplicateRows, HTML_MUTATIONS.dropClosingTags])(rows, next)
      .replace(/(<span class="label label-default">)(\d+)</g, (_, span: string, n: string) => `${span}${k * 100 + +n}<`));
  const firstagenda = [1, 2, 4, 8].map((k) => FIRSTAGENDA.slice(0, rowsFrom) + copies.slice(0, k).join('') + FIRSTAGENDA.slice(rowsTo));
  const nestedDocs = NESTED_DEPTHS.map(nestedDocument);

  const text = doubling(texts, (t) => parseText(t));
  const page = doubling(pages, (html) => parseHtmlString(html, null, nodeEnvironment), 5);
  const firstagendaFigures = doubling(firstagenda, (html) => parseHtmlString(html, FIRSTAGENDA_URL, nodeEnvironment), 5);
  const nested = doubling(nestedDocs, (doc) => parseDocument(doc, null), 5);
  const nestedLinks = doubling(NESTED_LINK_DEPTHS.map(nestedLinksDocument), (doc) => parseDocument(doc, null), 3);
  const nestedPages = doubling(NESTED_DEPTHS.map(nestedPage), (html) => parseHtmlString(html, null, nodeEnvironment), 5);
  const linkedom = doubling(LINKEDOM_DEPTHS.map(nestedPage), (html) => parseHTML(html), 1);
  const chromium = await inChromium(pages);
  return {
    ...(await throughput()),
    doublingRatio: {
      text: text.ratio, page: page.ratio, firstagenda: firstagendaFigures.ratio, nested: nested.ratio, nestedLinks: nestedLinks.ratio, nestedPage: nestedPages.ratio,
      chromiumPage: chromium.page.ratio, chromiumNested: chromium.nested.ratio,
    },
    htmlParsers: { linkedomNested: linkedom.ratio, chromiumNested: chromium.rawNested.ratio },
    detail: {
      text: { mb: [1, 2, 4, 8], ...text },
      page: { mb: [0.5, 1, 2], ...page },
      firstagenda: { bytes: firstagenda.map((p) => p.length), ...firstagendaFigures },
      nested: { depth: NESTED_DEPTHS, ...nested },
      nestedLinks: { depth: NESTED_LINK_DEPTHS, ...nestedLinks },
      nestedPage: { depth: NESTED_DEPTHS, ...nestedPages },
      chromiumPage: { mb: [0.5, 1, 2], ...chromium.page },
      chromiumNested: { depth: NESTED_DEPTHS, ...chromium.nested },
      linkedomNested: { depth: LINKEDOM_DEPTHS, ...linkedom },
      chromiumRawNested: { depth: CHROMIUM_DEPTHS, ...chromium.rawNested },
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(await benchFuzz(), null, 2) + '\n');
}
