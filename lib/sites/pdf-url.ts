/** Does a tab's address show a PDF the popup can offer to save? Pure: the address only, asked of every site. */
import { SITES } from './registry';

export function isPdfUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return false;
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: judge the raw path.
  }
  return SITES.some((site) => site.pdfPath?.test(path));
}
