/**
 * Prints the PDFs of the PDF layouts in test/fixtures/layouts/ (the folders ending in
 * "-pdf") from their text, as the systems' own exports look:
 *
 *   npx tsx scripts/make-layout-pdfs.ts [FOLDER/NAME ...]     (default: all of them)
 *
 * NAME.txt is the text a PDF reader gets out of the export: page furniture (running
 * heads, "Side N") where the pages break, form feeds between pages, a long title
 * wrapped onto a second line. The PDF is made from the same text the other way round:
 * the furniture lines are taken out and put back by Chromium on every page as CSS
 * `@page` margin boxes, wrapped titles are joined again (a line of 70 characters or
 * more that runs on into the next), and the text flows over as many pages as it
 * needs, so the furniture falls wherever the pages break, in the middle of items too.
 * The text's first pages (cover, contents) end where the text's page number stands.
 * Printed by Debian's Chromium without its own header and footer (scripts/chromium-pdf.ts).
 *
 * The PDFs are committed: the tests need no Chromium. A text without an entry in
 * PRINTS below is an error, so no PDF layout goes without its PDF.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { printToPdf } from './chromium-pdf';

const LAYOUTS = resolve(import.meta.dirname, '../test/fixtures/layouts');

/** What Chromium repeats on every page; `page` is the page number's form. */
interface Furniture {
  topLeft?: string;
  topRight?: string;
  bottomLeft?: string;
  page: 'Side N' | 'Side N af M' | 'SIDE N';
}

interface Print {
  furniture: Furniture;
  /** How many of the text's first pages (cover, contents) end where the text's page does. */
  hardBreaks: number;
  font: 'serif' | 'sans';
}

const PRINTS: Record<string, Print> = {
  'edoc-pdf/oekonomiudvalget-2018-03-12': {
    furniture: { topLeft: 'Økonomiudvalget', topRight: 'Åbent referat', bottomLeft: 'Dato: 12.03.2018', page: 'Side N' },
    hardBreaks: 2,
    font: 'sans',
  },
  'acadre-pdf/byraadet-2017-04-26': {
    furniture: { topLeft: 'Svendborg Kommune', topRight: 'Byrådets møde den 26. april 2017', page: 'Side N af M' },
    hardBreaks: 2,
    font: 'serif',
  },
  'sbsys-pdf/byraadet-2015-06-24': {
    furniture: { topLeft: 'Byrådet', topRight: 'Referat', page: 'Side N' },
    hardBreaks: 2,
    font: 'sans',
  },
  'firstagenda-pdf/social-og-arbejdsmarkedsudvalget-2022-10-03': {
    furniture: { topLeft: 'Social- og Arbejdsmarkedsudvalget - Referat 03-10-2022', page: 'Side N af M' },
    hardBreaks: 0,
    font: 'sans',
  },
  'meetingsplus-pdf/kommunalbestyrelsen-2019-03-07': {
    furniture: { topRight: 'Kommunalbestyrelsen 07-03-2019', bottomLeft: 'Norddjurs Kommune', page: 'Side N' },
    hardBreaks: 2,
    font: 'sans',
  },
  'aabent-referat-pdf/oekonomiudvalget-2014-08-12': {
    furniture: { topLeft: 'Økonomiudvalget - Åbent referat - 12. august 2014', page: 'SIDE N' },
    hardBreaks: 2,
    font: 'serif',
  },
};

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const PAGE_NUMBER = /^side\s+\d{1,4}(?:\s+af\s+\d{1,4})?$/i;
const ITEM_HEADER = /^(?:\d{1,4}[.:]?\s+\S|(?:punkt|pkt\.?)\s*\d)/i;
const LABEL =
  /^(?:resume|sagsfremstilling|indstilling|økonomi|bilag|beslutning|sagsforløb|tidsplan|høring|retsgrundlag|forventet sagsgang|indholdsfortegnelse|[^.]{0,60}(?:beslutning den|den \d{1,2}[-.]\d{2}[-.]\d{4}:|beslutning i [^.]+ den .+))$/i;

function pageNumberCss(form: Furniture['page']): string {
  if (form === 'Side N af M') return '"Side " counter(page) " af " counter(pages)';
  if (form === 'SIDE N') return '"SIDE " counter(page)';
  return '"Side " counter(page)';
}

function style(print: Print): string {
  const f = print.furniture;
  const box = (name: string, content: string) => `  @${name} { content: ${content}; font: 8.5pt "Liberation Sans", "DejaVu Sans", sans-serif; color: #333; }`;
  const boxes = [
    f.topLeft && box('top-left', cssString(f.topLeft)),
    f.topRight && box('top-right', cssString(f.topRight)),
    f.bottomLeft && box('bottom-left', cssString(f.bottomLeft)),
    box('bottom-right', pageNumberCss(f.page)),
  ].filter(Boolean);
  const family = print.font === 'sans' ? '"Liberation Sans", "DejaVu Sans", sans-serif' : '"Liberation Serif", "DejaVu Serif", serif';
  return `
@page {
  size: A4;
  margin: 25mm 20mm;
${boxes.join('\n')}
}
body { margin: 0; font-family: ${family}; font-size: 10.5pt; line-height: 1.3; }
p { margin: 0; white-space: pre-wrap; }
p.gap { margin-top: 0.8em; }
p.item { font-size: 12.5pt; font-weight: bold; margin-top: 1.4em; }
p.label { font-weight: bold; }
.page-break { break-after: page; }
`;
}

interface Block {
  lines: string[];
  /** Form feeds right before the block. */
  breaks: number;
}

/** Runs of non-empty lines. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  let pending = 0;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = raw;
    while (line.startsWith('\f')) {
      line = line.slice(1);
      pending++;
      current = null;
    }
    const bare = line.trim();
    if (bare === '') {
      current = null;
      continue;
    }
    if (!current) {
      current = { lines: [], breaks: pending };
      pending = 0;
      out.push(current);
    }
    current.lines.push(bare);
  }
  return out;
}

/**
 * The export's body as HTML: the furniture out (a block of furniture lines at the top of
 * a page, or next to the page number at its foot), wrapped titles joined, the first pages
 * ended where the text's page number stands. A page starts at the document's start, after
 * a form feed, or after the block with the page number.
 */
function bodyHtml(text: string, print: Print): string {
  const f = print.furniture;
  const furniture = new Set([f.topLeft, f.topRight, f.bottomLeft].filter((s): s is string => !!s));
  const isFurniture = (line: string) => furniture.has(line) || PAGE_NUMBER.test(line);
  const paragraphs: { text: string; classes: string[] }[] = [];
  let breaks = 0;
  let pageStart = true;
  let cut = false;
  const all = blocks(text);
  const hasNumber = (b: Block | undefined) => !!b && b.lines.some((l) => PAGE_NUMBER.test(l));
  all.forEach((block, k) => {
    const numbered = hasNumber(block);
    // Furniture stands at the top of a page or at its foot, next to the page number.
    const edge = pageStart || block.breaks > 0 || numbered || hasNumber(all[k + 1]);
    // The page number ends a page of the text: the first pages (cover, contents) end there in the PDF too.
    if (pageStart && !numbered && paragraphs.length > 0 && breaks++ < print.hardBreaks) paragraphs.push({ text: '', classes: ['page-break'] });
    pageStart = numbered;
    if (edge && block.lines.every(isFurniture)) {
      cut = true;
      return;
    }
    const lines = [...block.lines];
    // A paragraph the text's page break cut in two ("hvilket i så" / "fald vil") is one again.
    const last = paragraphs[paragraphs.length - 1];
    if (cut && last && /[\p{Ll},]$/u.test(last.text) && /^\p{Ll}/u.test(lines[0]!)) last.text += ' ' + lines.shift();
    cut = false;
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      while (line.length >= 70 && !/\d$/.test(line) && i + 1 < lines.length) line += ' ' + lines.splice(i + 1, 1)[0];
      // A header stands alone; numbered lines inside a block are lists (attachments, sub-points).
      const item = lines.length === 1 && ITEM_HEADER.test(line) && !/\.{4,}/.test(line) && line.length < 200;
      paragraphs.push({ text: line, classes: [i === 0 ? 'gap' : '', item ? 'item' : '', LABEL.test(line) ? 'label' : ''].filter(Boolean) });
    }
  });
  return paragraphs
    .map((p) => (p.classes.includes('page-break') ? '<div class="page-break"></div>' : `<p${p.classes.length ? ` class="${p.classes.join(' ')}"` : ''}>${escapeHtml(p.text)}</p>`))
    .join('\n');
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'layout-pdfs-'));
  try {
    const texts = readdirSync(LAYOUTS)
      .filter((folder) => folder.endsWith('-pdf'))
      .flatMap((folder) => readdirSync(join(LAYOUTS, folder)).filter((f) => f.endsWith('.txt')).map((f) => `${folder}/${f.slice(0, -4)}`))
      .sort();
    const missing = texts.filter((t) => !PRINTS[t]);
    if (missing.length > 0) throw new Error(`No print settings for ${missing.join(', ')}`);
    // Chromium stamps every PDF anew: print only the documents asked for, so the others stay as committed.
    const asked = process.argv.slice(2);
    const unknown = asked.filter((a) => !texts.includes(a));
    if (unknown.length > 0) throw new Error(`No such PDF layout text: ${unknown.join(', ')}`);
    for (const key of asked.length > 0 ? asked : texts) {
      const print = PRINTS[key]!;
      const text = readFileSync(join(LAYOUTS, `${key}.txt`), 'utf8');
      const html = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(key)}</title><style>${style(print)}</style></head>
<body>
${bodyHtml(text, print)}
</body></html>
`;
      const htmlFile = join(work, `${key.replace('/', '__')}.html`);
      const outFile = join(LAYOUTS, `${key}.pdf`);
      writeFileSync(htmlFile, html);
      printToPdf(htmlFile, outFile, false);
      console.log(`${outFile}  ${(statSync(outFile).size / 1024).toFixed(1)} KB`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
