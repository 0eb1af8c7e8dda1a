/**
 * FirstAgenda Publication, what 88 of the 98 municipalities publish with
 * (dagsordener.<kommune>.dk): its meeting page `/vis?…&id=<GUID>`, whose item
 * table `#dagsordenDetaljer tr.punktrow` is filled in by script after load; its
 * documents as PDF at `/vis/pdf/…`; and its PDF export as text ("Beslutningspunkter",
 * "Beslutninger", "Sagsforløb" as Udvalg / Dato / Punktnummer / text).
 */
import { defineSite, type LivePage } from '../site';

/** The page's selectors, written once: the detector and the page parser use these. */
export const TABLE_ID = 'dagsordenDetaljer';
export const ROW = 'tr.punktrow';

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/** `…/vis?…&id=<GUID>`: FirstAgenda Publication's meeting address. */
export function isFirstAgendaAddress(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!/\/vis\/?$/i.test(parsed.pathname)) return false;
  const id = parsed.searchParams.get('id');
  return id !== null && GUID.test(id);
}

const table = (doc: Document): Element | null => doc.getElementById(TABLE_ID);

const live: LivePage = {
  ready: (doc) => table(doc)?.querySelector(ROW) != null,
  signature(doc) {
    const rows = table(doc)?.querySelectorAll(ROW);
    if (!rows) return '';
    return `${rows.length}|${rows[0]?.id ?? ''}|${rows[rows.length - 1]?.id ?? ''}`;
  },
};

export const firstagenda = defineSite({
  id: 'firstagenda',
  name: 'FirstAgenda Publication',
  detectPage(doc, url) {
    // An element lookup and the address: the table may still be empty, or not there yet.
    const found = table(doc);
    if (found) return { match: 'firstagenda', ready: found.querySelector(ROW) !== null };
    return isFirstAgendaAddress(url) ? { match: 'firstagenda', ready: false } : null;
  },
  live,
  detectText: (text) => /^Sagsforløb:?$/m.test(text) && /^(?:Beslutningspunkter|Beslutninger)$/m.test(text),
  // The meeting's PDF and its attachments.
  pdfPath: /^\/vis\/pdf(\/|$)/i,
});
