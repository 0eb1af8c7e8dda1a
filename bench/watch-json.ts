/**
 * `watch.agendaJsonMs`: the captured agenda JSON (374 KB, 24 items) into a Meeting,
 * in Chromium with its DOMParser (what the extension's pages and an offscreen
 * document use), and in Node with linkedom (the background's fallback and the
 * fetch-meetings command). Target ≤ 20 ms. The median of many runs after a warm-up.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseHtmlAsBrowser } from '../lib/parse/linkedom';
import { meetingFromApi } from '../lib/sites/firstagenda/api';
import { launchBrowser } from '../scripts/chromium';
import { startStaticServer } from '../scripts/static-server.mjs';
import { round, timeMs } from './measure';

const AGENDA = fileURLToPath(new URL('../test/fixtures/firstagenda-api/hvidovre/agenda.json', import.meta.url));
const ORIGIN = 'https://dagsordener-referater.hvidovre.dk';

function inNode(json: unknown): number {
  return timeMs(() => meetingFromApi(json, { origin: ORIGIN, parseHtml: parseHtmlAsBrowser }), 20, 5);
}

async function inChromium(text: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-watch-bench-'));
  const server = await startStaticServer({ routes: [{ prefix: '/', dir }] });
  const browser = await launchBrowser();
  try {
    await build({
      stdin: {
        contents: `import { meetingFromApi } from './lib/sites/firstagenda/api';
          const parser = new DOMParser();
          globalThis.measure = (text) => {
            const json = JSON.parse(text);
            const context = { origin: ${JSON.stringify(ORIGIN)}, parseHtml: (html) => parser.parseFromString(html, 'text/html') };
            const times = [];
            for (let i = 0; i < 45; i++) {
              const start = performance.now();
              const result = meetingFromApi(json, context);
              times.push(performance.now() - start);
              if (!result.ok) throw new Error(result.reason);
            }
            return times.slice(5).sort((a, b) => a - b)[20];
          };`,
        resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      },
      bundle: true, format: 'esm', platform: 'browser', target: 'chrome120', outfile: join(dir, 'bench.js'), logLevel: 'silent',
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="bench.js"></script>');
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => typeof (globalThis as { measure?: unknown }).measure === 'function');
    return await page.evaluate((t) => (globalThis as unknown as { measure: (t: string) => number }).measure(t), text);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchAgendaJson(): Promise<{ agendaJsonMs: number; agendaJsonNodeMs: number }> {
  const text = readFileSync(AGENDA, 'utf8');
  return { agendaJsonMs: round(await inChromium(text)), agendaJsonNodeMs: round(inNode(JSON.parse(text))) };
}
