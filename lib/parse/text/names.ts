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
// A part of a list that is no person: a party letter after a comma ("Jan Engholm, V") or a role ("Inge Holm (O), formand").
const PARTY = /^[A-ZÆØÅ]{1,3}$/;
const ROLE_ALONE = /^(?:formand|næstformand|borgmester|viceborgmester|udvalgsformand|medlem)$/i;

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
    if (names.length > 0 && (PARTY.test(part) || ROLE_ALONE.test(part))) continue;
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

/** The people a line lists, when each has a first and a last name: a line under "Medlemmer:" or "Afbud:", never a word such as "Godkendt". */
export function peopleOnLine(line: string): string[] | null {
  if (line.length > 300 || line.endsWith(':')) return null;
  const list = parseNameList(line);
  return list && list.names.every((name) => name.includes(' ')) ? list.names : null;
}

export function uniq(names: Iterable<string>): string[] {
  return [...new Set(names)];
}
