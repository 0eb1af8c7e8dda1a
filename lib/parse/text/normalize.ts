/**
 * Turns any decoded text into clean lines: unifies line ends and page breaks, drops
 * control characters and the page furniture that PDF exports leave behind.
 */

// C0 controls except tab and line feed, DEL, C1 controls, and the Unicode
// replacement character that a wrong decoding leaves behind.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g;
const SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g;

/** "Side 3 af 34", "Side 3": page numbers left by a PDF export ("3/34" would be a case number). */
const PAGE_NUMBER = /^side\s+\d{1,4}(?:\s*(?:af|\/)\s*\d{1,4})?$/i;

// Anything toLines must rewrite; most documents have none, and then one scan is all it costs.
const UNUSUAL = /[\r\f\u2028\u2029\u0000-\u0008\u000b\u000e-\u001f\u007f-\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\ufffd]/;

export interface Lines {
  lines: string[];
  /** Page breaks were seen (form feeds, "Side N af M"): running heads may repeat. */
  paged: boolean;
}

export function toLines(text: string): Lines {
  let paged = text.includes('\f');
  const clean = UNUSUAL.test(text)
    ? text
        .replace(/^\ufeff/, '')
        .replace(/\r\n?|\f|\u2028|\u2029/g, '\n')
        .replace(CONTROL, '')
        .replace(SPACES, ' ')
    : text;
  const lines = clean.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : raw;
    if (line.length < 16 && (line.charCodeAt(0) | 0x20) === 0x73 /* s */ && PAGE_NUMBER.test(line)) {
      lines[i] = '';
      paged = true;
    } else {
      lines[i] = line;
    }
  }
  return { lines, paged };
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
