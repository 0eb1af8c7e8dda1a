/**
 * The web app's first load (`npm run build` first): the JavaScript a browser runs
 * before the meeting list shows, gzipped. That is the module scripts and
 * modulepreloads of .output/pwa/index.html and every file they import statically;
 * dynamic imports (the parser, pdf.js, the import/export view) come later and are
 * not counted. Target: firstLoadKbGz ≤ 80.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from './measure';

const PWA = '.output/pwa';

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** Local files named by `<script type="module" src>` and `<link rel="modulepreload|stylesheet" href>`. */
export function entryFiles(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = attr(tag, 'rel')?.toLowerCase();
    const url = isScript ? attr(tag, 'src') : attr(tag, 'href');
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue;
    if (isScript ? attr(tag, 'type') === 'module' : rel === 'modulepreload') scripts.push(url);
    else if (rel === 'stylesheet') styles.push(url);
  }
  return { scripts, styles };
}

/** Relative specifiers of static imports and re-exports in (minified) module code; `import(` is not one. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();=]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) out.push(m[1]!);
  return out;
}

export function benchPwa(dir = PWA): { firstLoadKbGz: number; cssKbGz: number; files: string[] } {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run npm run build first`);
  const { scripts, styles } = entryFiles(readFileSync(index, 'utf8'));
  const seen = new Set<string>();
  const queue = scripts.map((s) => normalize(join(dir, s)));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(normalize(join(dirname(file), spec)));
  }
  const gz = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) / 1024;
  return {
    firstLoadKbGz: round(gz(seen), 1),
    cssKbGz: round(gz(styles.map((s) => normalize(join(dir, s)))), 1),
    files: [...seen].map((f) => relative(dir, f)).sort(),
  };
}
