/**
 * The content script's question, asked of every site in the registry's order:
 * is this page a meeting? Cheap: the sites' detectors only, never a parser.
 */
import { SITES } from './registry';
import type { Detection, LivePage } from './site';

export function detectPage(doc: Document, url: string): Detection {
  for (const site of SITES) {
    const found = site.detectPage?.(doc, url);
    if (found) return found;
  }
  return { match: 'none' };
}

/** The hooks of a page its site fills in by script, when the page is such a site's. */
export function livePageOf(found: Detection): LivePage | null {
  if (!('ready' in found)) return null;
  return SITES.find((site) => site.id === found.match)?.live ?? null;
}
