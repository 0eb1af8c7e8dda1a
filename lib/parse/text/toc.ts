/**
 * The table of contents ("Indholdsfortegnelse"): titles in order, each ending
 * in a page number, and how to line them up with the item headers found.
 */
import { CLOSED_PREFIX } from './labels';
import { fold } from './normalize';

export interface TocEntry {
  title: string;
  closed: boolean;
}

// "Dobbeltdiagnosetilbud.....	3", "Lukket:	17", a title cut short: "… - Udvalget f	20".
const ENTRY = /^(.*?)(?:\s*\.{2,}\s*|\t+\s*|\s{2,})(\d{1,4})$/;

// A contents line is short; the guard also keeps ENTRY's backtracking bounded.
const MAX_ENTRY = 500;

export function isTocLine(line: string): boolean {
  return line.length <= MAX_ENTRY && ENTRY.test(line);
}

export function parseToc(lines: readonly string[], from: number, to: number): TocEntry[] {
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
    const raw = (pending ? `${pending} ${m[1]}` : m[1]!).trim();
    pending = '';
    const closed = CLOSED_PREFIX.test(raw);
    entries.push({ title: closed ? raw.replace(CLOSED_PREFIX, '') : raw, closed });
  }
  return entries;
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

export function titleScore(toc: string, header: string): number {
  const a = key(toc);
  const b = key(header);
  if (a === b) return 1;
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
