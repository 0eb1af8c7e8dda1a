/** Lists of people as the documents write them: "A, B (Afbud) og C (V)". */

export interface NameList {
  names: string[];
  /** Names marked "(Afbud)" or "(fraværende)" inside the list. */
  absent: string[];
}

const ABSENT_MARK = /\((?:afbud|fraværende|fravær|deltog ikke)\)/i;
// A name: one to six words, each starting with a capital letter (Danish or Latin), hyphens allowed.
const NAME = /^[A-ZÆØÅÉÜÖÄ][\p{L}'’.-]*(?:\s+(?:[A-ZÆØÅÉÜÖÄ][\p{L}'’.-]*|von|van|de|la|af)){0,5}$/u;

// Titles before a name: "Rådmand Nicolaj Bang", "Borgmester Anders Winnerskjold".
const ROLE = /^(?:rådmand|borgmester|viceborgmester|formand|næstformand|udvalgsformand|byrådsmedlem|medlem)\s+/i;

export function isName(s: string): boolean {
  return s.length <= 80 && NAME.test(s);
}

/**
 * Splits a list of people on commas, semicolons and "og". Party letters and
 * roles in brackets are dropped; returns null when a part is not a name, so
 * callers never mistake a sentence for a list.
 */
export function parseNameList(s: string): NameList | null {
  const parts = s
    .replace(/[.;]\s*$/, '')
    .split(/\s*[,;]\s*|\s+og\s+|\s+&\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  const names: string[] = [];
  const absent: string[] = [];
  for (const part of parts) {
    const isAbsent = ABSENT_MARK.test(part);
    const name = part
      .replace(/\s*\([^)]{0,60}\)/g, '')
      .replace(/\s*[-–]\s*(?:formand|næstformand)$/i, '')
      .replace(ROLE, '')
      .trim();
    if (!isName(name)) return null;
    names.push(name);
    if (isAbsent) absent.push(name);
  }
  return { names, absent };
}

export function uniq(names: Iterable<string>): string[] {
  return [...new Set(names)];
}
