/**
 * Which built files are pdf.js (the library chunk and its worker): left out of the
 * precache and cached on first use. Shared by vite.config.pwa.ts, the service
 * worker and the size benchmark, so the three agree.
 */

/** The chunk vite.config.pwa.ts names for pdfjs-dist, and the worker file (pdf.worker.min-<hash>.mjs). */
export const PDFJS_CHUNK = 'pdfjs';

/** Globs (relative to the build folder) of the files not precached. */
export const PDFJS_GLOBS = [`assets/${PDFJS_CHUNK}-*.js`, 'assets/pdf.worker*.mjs'];

export function isPdfJsAsset(path: string): boolean {
  return new RegExp(`/assets/(${PDFJS_CHUNK}-[^/]+\\.js|pdf\\.worker[^/]*\\.mjs)$`).test(path);
}
