/**
 * Text of a PDF through pdf.js, the same code in Node (legacy build) and in the
 * browser: the caller hands in the loaded pdf.js module.
 */
import { layoutText, type Layout, type PageRuns, type Run } from './layout';
import { hiddenGaps, type FontInfo, type HiddenGap, type OperatorList, type Ops } from './glyphs';

/** The part of pdf.js's API used here. */
export interface PdfJs {
  getDocument(params: {
    data: Uint8Array;
    verbosity?: number;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
  }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  /** Operator codes; without them hidden tabs are not looked for. */
  OPS?: Ops;
}

interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList?(): Promise<OperatorList>;
  commonObjs?: { has(name: string): boolean; get(name: string): unknown };
  cleanup(): void;
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

export const MAX_PDF_PAGES = 2000;

/**
 * The operator list costs as much again as the text content, so only the pages
 * where a hidden tab changes what the minutes say pay for it: a contents page
 * (leader dots ending its lines: "Title\t20" must keep its tab to be an entry)
 * and a table of figures (a run ending in two numbers, columns a space apart). A
 * row of a label and one figure ("I alt 373") elsewhere keeps a space for its tab.
 */
const CONTENTS_LINE = /\.{3,}\s*\d{0,4}$/;
const FIGURES = /\d[\d.,%*]*\s+[-+]?\d[\d.,%*]*$/;

function mayHideTabs(runs: readonly Run[]): boolean {
  let contents = 0;
  for (const run of runs) {
    if (FIGURES.test(run.str)) return true;
    if (CONTENTS_LINE.test(run.str) && ++contents >= 2) return true;
  }
  return false;
}

async function gapsOf(page: PdfPage, runs: Run[], OPS: Ops | undefined): Promise<HiddenGap[]> {
  if (!OPS || !page.getOperatorList || !mayHideTabs(runs)) return [];
  try {
    const list = await page.getOperatorList();
    const objs = page.commonObjs;
    return hiddenGaps(list, OPS, (name) => (objs?.has(name) ? (objs.get(name) as FontInfo) : undefined));
  } catch {
    // The text content alone still gives the text.
    return [];
  }
}

/** The text of a PDF, as lines rebuilt from positions. */
export async function pdfText(data: Uint8Array, pdfjs: PdfJs): Promise<string> {
  return (await pdfLayout(data, pdfjs)).text;
}

/** The text of a PDF and the page furniture taken out of it. */
export async function pdfLayout(data: Uint8Array, pdfjs: PdfJs): Promise<Layout> {
  // pdf.js takes ownership of the buffer; give it a copy so the caller keeps its bytes.
  const task = pdfjs.getDocument({ data: data.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  try {
    const pages: PageRuns[] = [];
    const count = Math.min(doc.numPages, MAX_PDF_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs = content.items.filter(isTextItem).map((item) => ({
        str: item.str,
        x: item.transform[4] ?? 0,
        y: item.transform[5] ?? 0,
        width: item.width,
        size: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height,
        font: item.fontName,
      }));
      pages.push({ runs, gaps: await gapsOf(page, runs, pdfjs.OPS) });
      page.cleanup();
    }
    return layoutText(pages);
  } finally {
    await doc.destroy();
  }
}
