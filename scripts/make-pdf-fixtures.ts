/**
 * Makes the PDF fixtures in test/fixtures/pdf/ from the text seeds:
 *
 *   npx tsx scripts/make-pdf-fixtures.ts [SEED_DIR]     (default /work/shared/seeds)
 *
 * Each seed becomes an HTML page (one <p> per non-empty line, tabs kept, "Punkt N:"
 * headers bold, serif, A4) printed to PDF by Debian's Chromium:
 *
 *   /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run
 *     --disable-background-networking --disable-component-update --disable-sync --disable-pdf-tagging
 *     --user-data-dir=<fresh tmp dir> [--no-pdf-header-footer] --print-to-pdf=OUT file://IN
 *
 * Most keep Chromium's default header and footer (date, title, URL, "1/12") so the
 * parser has page furniture to drop; the seeds in NO_HEADER_FOOTER do not. It also
 * writes no-text.pdf, a page with only a drawn rectangle (a PDF without a text layer).
 * The PDFs are committed: the tests need no Chromium.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { printToPdf } from './chromium-pdf';

const SEED_DIR = resolve(process.argv[2] ?? '/work/shared/seeds');
const OUT_DIR = resolve(import.meta.dirname, '../test/fixtures/pdf');
/** Printed without Chromium's header and footer. */
const NO_HEADER_FOOTER = new Set(['001_16db8b72316c9031']);

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STYLE = `
@page { size: A4; margin: 25mm 20mm; }
body { margin: 0; font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 11pt; line-height: 1.3; }
p { margin: 0 0 0.7em; white-space: pre-wrap; tab-size: 8; }
b { font-weight: bold; }
`;

function seedHtml(text: string, title: string): string {
  const paragraphs = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const body = escapeHtml(line);
      return /^Punkt \d+:/.test(line) ? `<p><b>${body}</b></p>` : `<p>${body}</p>`;
    });
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
${paragraphs.join('\n')}
</body></html>
`;
}

const NO_TEXT_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><style>@page { size: A4; margin: 25mm 20mm; } body { margin: 0; }</style></head>
<body><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect x="20" y="20" width="360" height="260" fill="#8aa" stroke="#333" stroke-width="4"/></svg></body></html>
`;

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
  try {
    const seeds = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort();
    if (seeds.length === 0) throw new Error(`No .txt seeds in ${SEED_DIR}`);
    let total = 0;
    const jobs: { name: string; html: string; headerFooter: boolean }[] = seeds.map((file) => {
      const name = basename(file, '.txt');
      const text = readFileSync(join(SEED_DIR, file), 'utf8');
      const title = text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? name;
      return { name, html: seedHtml(text, title), headerFooter: !NO_HEADER_FOOTER.has(name) };
    });
    jobs.push({ name: 'no-text', html: NO_TEXT_HTML, headerFooter: false });
    for (const job of jobs) {
      const htmlFile = join(work, `${job.name}.html`);
      const outFile = join(OUT_DIR, `${job.name}.pdf`);
      writeFileSync(htmlFile, job.html);
      printToPdf(htmlFile, outFile, job.headerFooter);
      const size = statSync(outFile).size;
      total += size;
      console.log(`${outFile}  ${(size / 1024).toFixed(1)} KB${job.headerFooter ? '' : '  (no header/footer)'}`);
    }
    console.log(`total ${(total / 1024).toFixed(1)} KB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
