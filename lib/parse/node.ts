/** The Node environment of the parser: linkedom for HTML, pdf.js's legacy build for PDF. */
import { parseHTML } from 'linkedom';
import type { ParseEnvironment } from './env';
import type { PdfJs } from './pdf/extract';

const LEADING = /^(?:\s+|<!doctype[^>]*>|<!--[\s\S]*?-->)*/i;

/**
 * linkedom takes the first element as the root: without `<html>` the text lands
 * outside the body, and without any element the document throws on `head` and
 * `body`. A browser's parser builds html, head and body around anything; so does this.
 */
function parseAsBrowser(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.tagName === 'HTML') return document as unknown as Document;
  const rest = html.slice(LEADING.exec(html)![0].length);
  const whole = /^<head[\s>]/i.test(rest) ? `<html>${rest}</html>` : `<html><head></head><body>${rest}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

export const nodeEnvironment: ParseEnvironment = {
  parseHtml: parseAsBrowser,
  async loadPdfJs() {
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  },
};
