/**
 * Copenhagen's minutes and agendas (kk.dk): one page per item, at
 * `/dagsordener-og-referater/<udvalg>/møde-DDMMYYYY/referat/punkt-N`. The item's
 * number, the committee and whether it is minutes are only in the address; the
 * page has the meeting's date and place, the item's title and its sections.
 */
import { defineSite } from '../site';

const ADDRESS = /^\/dagsordener-og-referater\/([^/]+)\/[^/]+\/(referat|dagsorden)\/punkt-(\d{1,4})\/?$/i;

/** The committee, kind and item number the address names, or null for any other address. */
export function kkAddress(url: string | null): { committee: string; kind: string; number: number } | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/(^|\.)kk\.dk$/i.test(parsed.hostname)) return null;
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: no address of ours.
    return null;
  }
  const m = ADDRESS.exec(path);
  return m ? { committee: m[1]!, kind: m[2]!.toLowerCase(), number: Number(m[3]) } : null;
}

export const kk = defineSite({
  id: 'kk',
  name: 'Københavns Kommune (én side pr. punkt)',
  // The page names no meeting in its title or headings: the address says it is one.
  detectPage: (_doc, url) => (kkAddress(url) ? { match: 'kk', ready: true } : null),
});
