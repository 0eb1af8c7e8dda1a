/**
 * The table of contents ("Indholdsfortegnelse"): titles in order, each ending
 * in a page number, and how to line them up with the item headers found.
 */
import { CLOSED_PREFIX } from './labels';
import { fold, squash } from './normalize';

export interface TocEntry {
  title: string;
  closed: boolean;
  /** The item's number, in a contents list that numbers its entries ("412. Lokalplan …", "70  Ansættelser …"). */
  number?: number;
  /** Of a numbered entry: the line that ends it. */
  line?: number;
}

// "Dobbeltdiagnosetilbud.....	3", "Lukket:	17", a title cut short: "… - Udvalget f	20".
const ENTRY = /^(.*?)(?:\s*\.{2,}\s*|\t+\s*|\s{2,})(\d{1,4})$/;
// An entry's own number: "412. Lokalplan", "70      Ansættelser", "73\tVedtagelse".
const NUMBERED_ENTRY = /^(\d{1,4})\.?\s+(\S.*)$/;
// A page number on a line of its own, pushed there by a long title.
const PAGE_ALONE = /^\d{1,4}$/;

// A contents line is short; the guard also keeps ENTRY's backtracking bounded.
const MAX_ENTRY = 500;

export function isTocLine(line: string): boolean {
  return line.length <= MAX_ENTRY && ENTRY.test(line);
}

function entryOf(raw: string): TocEntry {
  const closed = CLOSED_PREFIX.test(raw);
  return { title: closed ? raw.replace(CLOSED_PREFIX, '') : raw, closed };
}

/** Entries of a contents list of titles only, as FirstAgenda's export has it. */
function titleEntries(lines: readonly string[], from: number, to: number): TocEntry[] {
  const entries: TocEntry[] = [];
  let pending = '';
  for (let i = from; i < to && entries.length < 5000; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const m = line.length <= MAX_ENTRY ? ENTRY.exec(line) : null;
    if (!m) {
      // A title wrapped onto the next line before its page number.
      pending = pending ? `${pending} ${line}` : line;
      if (pending.length > 400) pending = '';
      continue;
    }
    entries.push(entryOf((pending ? `${pending} ${m[1]}` : m[1]!).trim()));
    pending = '';
  }
  return entries;
}

/**
 * Entries of a contents list that numbers them. A line that starts with a number
 * starts an entry; lines without one continue it (a wrapped title) or, when no
 * entry is open, are headings ("Sag nr. Tekst Side", a committee over its items).
 * An entry without a number ("Samlet bilagsliste") is no item and is left out;
 * a number the list has had ends it (the items have begun).
 */
function numberedEntries(lines: readonly string[], from: number, to: number): TocEntry[] {
  const entries: TocEntry[] = [];
  let open: { number: number; title: string } | null = null;
  const close = (line: number): void => {
    if (open) {
      entries.push({ ...entryOf(squash(open.title)), number: open.number, line });
      open = null;
    }
  };
  for (let i = from; i < to && entries.length < 5000; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (line.length > MAX_ENTRY) {
      open = null;
      continue;
    }
    if (PAGE_ALONE.test(line)) {
      close(i);
      continue;
    }
    const m = ENTRY.exec(line);
    const text = m ? m[1]!.trim() : line;
    const numbered = NUMBERED_ENTRY.exec(text);
    if (numbered) {
      // A number the list has had: the items themselves have begun.
      const number = +numbered[1]!;
      if (entries.length > 0 && number <= entries[entries.length - 1]!.number!) break;
      open = { number, title: numbered[2]! };
    } else if (open) {
      open.title = `${open.title} ${text}`;
      if (open.title.length > 400) open = null;
    }
    if (m) {
      close(i);
      open = null;
    }
  }
  return entries;
}

export function parseToc(lines: readonly string[], from: number, to: number, numbered = false): TocEntry[] {
  return numbered ? numberedEntries(lines, from, to) : titleEntries(lines, from, to);
}

const KEYS = new Map<string, string>();

/** A title folded for comparison, cached: each title is compared several times. */
function key(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    k = fold(s.slice(0, 200)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (KEYS.size > 10_000) KEYS.clear();
    KEYS.set(s, k);
  }
  return k;
}

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of character bigrams, 0…1. */
function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const ga = bigrams(a);
  let shared = 0;
  for (const [g, n] of bigrams(b)) shared += Math.min(n, ga.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** Do a contents title and an item header title name the same item? */
export function sameTitle(toc: string, header: string): boolean {
  if (toc === header) return true;
  const a = key(toc);
  const b = key(header);
  if (a === b) return true;
  // Contents titles are cut short at a fixed width.
  if (a.length >= 20 && b.startsWith(a)) return true;
  return dice(a, b) >= 0.7;
}

/** The same title but for case, accents and punctuation: "Budgetstatus 2015" is "BUDGETSTATUS 2015". */
export function sameWords(toc: string, header: string): boolean {
  return toc === header || key(toc) === key(header);
}

export function titleScore(toc: string, header: string): number {
  if (sameWords(toc, header)) return 1;
  const a = key(toc);
  const b = key(header);
  if (a.length >= 20 && b.startsWith(a)) return 0.99;
  return dice(a, b);
}

export type Alignment =
  | { kind: 'match'; toc: number; item: number }
  | { kind: 'missing'; toc: number; before: number }
  | { kind: 'extra'; item: number };

const LOOKAHEAD = 6;

/**
 * Lines up contents entries with the items found, in order, in linear time:
 * two cursors that resynchronise within a few steps when an item is missing
 * from either side. `before` is the index of the found item a missing entry precedes.
 */
export function align(toc: readonly TocEntry[], titles: readonly string[]): Alignment[] {
  const out: Alignment[] = [];
  let i = 0;
  let j = 0;
  while (i < toc.length || j < titles.length) {
    if (i >= toc.length) {
      out.push({ kind: 'extra', item: j++ });
      continue;
    }
    if (j >= titles.length) {
      out.push({ kind: 'missing', toc: i++, before: titles.length });
      continue;
    }
    if (sameTitle(toc[i]!.title, titles[j]!)) {
      out.push({ kind: 'match', toc: i++, item: j++ });
      continue;
    }
    let skipToc = 0;
    for (let d = 1; d <= LOOKAHEAD && i + d < toc.length; d++) {
      if (sameTitle(toc[i + d]!.title, titles[j]!)) {
        skipToc = d;
        break;
      }
    }
    if (skipToc > 0) {
      for (let d = 0; d < skipToc; d++) out.push({ kind: 'missing', toc: i++, before: j });
      continue;
    }
    let skipItems = 0;
    for (let d = 1; d <= LOOKAHEAD && j + d < titles.length; d++) {
      if (sameTitle(toc[i]!.title, titles[j + d]!)) {
        skipItems = d;
        break;
      }
    }
    if (skipItems > 0) {
      for (let d = 0; d < skipItems; d++) out.push({ kind: 'extra', item: j++ });
      continue;
    }
    // Neither side resynchronises: the same place, with a title that differs.
    out.push({ kind: 'match', toc: i++, item: j++ });
  }
  return out;
}
