import type { PdfJs } from './pdf/extract';

/** What the parser needs of where it runs: Node (node.ts) or a browser (browser.ts). */
export interface ParseEnvironment {
  /** Builds a document from HTML: DOMParser in the browser, linkedom in Node. */
  parseHtml(html: string): Document;
  /** Loads pdf.js only when a PDF arrives. */
  loadPdfJs(): Promise<PdfJs>;
}
