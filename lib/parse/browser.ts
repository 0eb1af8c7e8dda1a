/**
 * The browser environment of the parser (extension pages and the web app):
 * DOMParser for HTML, pdf.js's modern build with its worker, loaded only when
 * a PDF arrives.
 */
/// <reference types="vite/client" />
import type { ParseEnvironment } from './env';
import type { PdfJs } from './pdf/extract';

let pdfjs: Promise<PdfJs> | null = null;

export const browserEnvironment: ParseEnvironment = {
  parseHtml(html) {
    return new DOMParser().parseFromString(html, 'text/html');
  },
  loadPdfJs() {
    // The worker ships as a file of its own (Vite's ?url), fetched with pdf.js on first use.
    pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([module, worker]) => {
      module.GlobalWorkerOptions.workerSrc = worker.default;
      return module as unknown as PdfJs;
    });
    return pdfjs;
  },
};
