/** The Node environment of the parser: linkedom for HTML, pdf.js's legacy build for PDF. */
import type { ParseEnvironment } from './env';
import type { PdfJs } from './pdf/extract';
import { parseHtmlAsBrowser } from './linkedom';

export const nodeEnvironment: ParseEnvironment = {
  parseHtml: parseHtmlAsBrowser,
  async loadPdfJs() {
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  },
};
