/** Typo tolerance: one insertion, deletion or substitution, and the lexicon terms within it. */
import { LEXICON_HEAD } from '../db/search-index/stores';

/** Levenshtein distance (for tests and small strings). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Does `term`, from position `t`, begin with `q` from position `from`? */
function followsAt(term: string, t: number, q: string, from: number): boolean {
  if (term.length - t < q.length - from) return false;
  for (let k = from; k < q.length; k++, t++) if (term.charCodeAt(t) !== q.charCodeAt(k)) return false;
  return true;
}

/**
 * Does `term` begin with a string within edit distance 1 of `q` (a prefix of
 * length |q|-1, |q| or |q|+1)? Linear: after the first difference, the rest of `q`
 * must follow at once, with one letter substituted, dropped or inserted.
 */
export function withinOnePrefix(q: string, term: string): boolean {
  let i = 0;
  const n = Math.min(q.length, term.length);
  while (i < n && q.charCodeAt(i) === term.charCodeAt(i)) i++;
  if (i === q.length) return true;
  return (
    (term.length > i && followsAt(term, i + 1, q, i + 1)) || // q[i] substituted
    followsAt(term, i, q, i + 1) || // q[i] dropped
    followsAt(term, i + 1, q, i) // a letter inserted before q[i]
  );
}

/** Letters and digits an index term can hold, for spelling out one-letter edits. */
export const TERM_ALPHABET = 'abcdefghijklmnopqrstuvwxyzæøå0123456789';

/**
 * Prefixes that cover every term within one edit of `q` whose first difference
 * lies before position `k`; terms that differ later begin with q[0..k).
 */
export function typoPrefixes(q: string, k: number): string[] {
  const out = new Set<string>();
  for (let i = 0; i < Math.min(k, q.length); i++) {
    const head = q.slice(0, i);
    out.add(head + q.slice(i + 1));
    for (const x of TERM_ALPHABET) {
      if (x !== q[i]) out.add(head + x + q.slice(i + 1));
      out.add(head + x + q.slice(i));
    }
  }
  return [...out];
}

/** First index of sorted `list` whose value is ≥ `s`. */
function lowerBoundOf(list: readonly string[], s: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Letters spelled out for typos near the start of a word; later typos share its
 * first letters. As many as choose a lexicon row (LEXICON_HEAD), so every prefix
 * below names the one row that holds its terms.
 */
const TYPO_HEAD = LEXICON_HEAD;

/** The prefixes that every term within one edit of `stem` (withinOnePrefix) begins with. */
export function typoSearchPrefixes(stem: string): string[] {
  return [stem.slice(0, TYPO_HEAD), ...typoPrefixes(stem, TYPO_HEAD)];
}

/**
 * Lexicon terms that begin within one edit of `stem`, found by prefix ranges:
 * `termsFrom(prefix)` gives sorted terms that hold every lexicon term beginning with it.
 */
export function typoCandidates(termsFrom: (prefix: string) => readonly string[], stem: string): string[] {
  const out = new Set<string>();
  for (const prefix of typoSearchPrefixes(stem)) {
    const list = termsFrom(prefix);
    for (let i = lowerBoundOf(list, prefix); i < list.length && list[i]!.startsWith(prefix); i++) {
      if (withinOnePrefix(stem, list[i]!)) out.add(list[i]!);
    }
  }
  return [...out];
}
