/**
 * Turns any decoded text into lines: unifies line ends and page breaks, trims,
 * and drops the page numbers that PDF exports leave behind.
 */

/** "Side 3 af 34", "Side 3": page numbers left by a PDF export ("3/34" would be a case number). */
const PAGE_NUMBER = /^side\s+\d{1,4}(?:\s*(?:af|\/)\s*\d{1,4})?$/i;

// Line ends other than \n; page breaks are marked apart. Other odd characters (controls, no-break spaces) are left:
// the patterns treat them as text or white space, and an extra scan for them would cost as much as the split.
const ODD_LINE_END = /\r\n?|\u2028|\u2029/g;
const FORM_FEED = /\f/g;

export interface Lines {
  lines: string[];
  /** Page breaks were seen (form feeds, "Side N af M"): running heads may repeat. */
  paged: boolean;
  /** Where pages end, in order: a break falls just before each of these lines (a page number's line, or the first after a form feed). */
  breaks: number[];
}

export function toLines(text: string): Lines {
  let paged = text.includes('\f');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const unified = body.includes('\r') || body.includes('\u2028') || body.includes('\u2029') ? body.replace(ODD_LINE_END, '\n') : body;
  // A form feed stays at the start of the line after it, to mark the break, and goes with the trim.
  const clean = paged ? unified.replace(FORM_FEED, '\n\f') : unified;
  const lines = clean.split('\n');
  const breaks: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const first = raw.charCodeAt(0);
    const last = raw.charCodeAt(raw.length - 1);
    if (first === 12) breaks.push(i);
    // trim() only where an end is white space (a no-break space included): most lines need none.
    const line = raw.length > 0 && (first <= 32 || first === 160 || last <= 32 || last === 160) ? raw.trim() : raw;
    if (line.length < 16 && (line.charCodeAt(0) | 0x20) === 0x73 /* s */ && PAGE_NUMBER.test(line)) {
      lines[i] = '';
      paged = true;
      if (breaks[breaks.length - 1] !== i) breaks.push(i);
    } else {
      lines[i] = line;
    }
  }
  return { lines, paged, breaks };
}

/** Collapses runs of spaces and tabs to one space. */
export function squash(s: string): string {
  return s.replace(/[ \t]+/g, ' ').trim();
}

/** Lower case with æøå kept and other accents dropped, for comparing titles and labels. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/aa/g, 'å')
    .normalize('NFD')
    // keep the ring of å (U+030A), drop every other combining mark: é → e, ö → o
    .replace(/[\u0300-\u0309\u030b-\u036f]/g, '')
    .normalize('NFC');
}
