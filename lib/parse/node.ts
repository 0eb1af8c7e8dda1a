/** The Node environment of the parser: linkedom for HTML, pdf.js's legacy build for PDF. */
import { parseHTML } from 'linkedom';
import type { ParseEnvironment } from './index';
import type { PdfJs } from './pdf/extract';

export const nodeEnvironment: ParseEnvironment = {
  parseHtml(html) {
    return parseHTML(html).document as unknown as Document;
  },
  async loadPdfJs() {
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  },
};
