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

export function toLines(text: string): string[] {
  const clean = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?|\f|\u2028|\u2029/g, '\n')
    .replace(CONTROL, '')
    .replace(SPACES, ' ');
  const lines = clean.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    lines[i] = line.length < 16 && PAGE_NUMBER.test(line) ? '' : line;
  }
  return lines;
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
