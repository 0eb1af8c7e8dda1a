/**
 * Matching a query against one item in memory: which fields it hits, its class
 * and score, and where in a text the hits are. The index finds candidates; this
 * decides (phrases) and explains (snippets), with the same rules.
 */
import type { AgendaItem } from '../parse/types';
import { BODY, DECISION, FIELD_BIT, fieldTexts, TITLE, type Field } from '../db/search-index/fields';
import { tokensOf, type Token } from '../db/search-index/text';
import { matchTerm, type PhraseWord, type Query } from './query';

/** Weight of a hit by field; a typo hit counts half. */
export const FIELD_WEIGHT: Record<Field, number> = { title: 3, decision: 2, body: 1 };

/** FIELD_WEIGHT of the best field among stored field bits. */
export function bitsWeight(bits: number): number {
  return bits & TITLE ? 3 : bits & DECISION ? 2 : bits & BODY ? 1 : 0;
}

export interface TextHits {
  /** Best quality (0, 1 typo, 2) per query term, in `query.terms` order. */
  quality: number[];
  /** Which phrases occur in this text. */
  phrases: boolean[];
  /** Character ranges of the hits, in order, adjacent ones merged. */
  spans: Array<[number, number]>;
}

function phraseAt(tokens: Token[], s: number, words: PhraseWord[]): boolean {
  if (s + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const t = tokens[s + k]!;
    if (w.term === null ? t.folded !== w.folded : t.term === null || matchTerm(w.term, t.term) === 0) return false;
  }
  return true;
}

// Letters outside ASCII that fold to themselves; with any other, a text is folded the long way.
const NOT_PLAIN = /[^\u0000-\u007fæøåÆØÅ]/;
const PLAIN_WORD = /^[a-zæø0-9]+$/;

/**
 * Strings a text must contain (lower-cased) for a phrase to occur in it: the
 * first letters of its words that cannot match with a typo. In a text of ASCII
 * and æøå, a folded word without å begins with the same letters as written.
 */
function phraseClues(words: PhraseWord[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const head = w.term === null ? w.folded : w.term.typo ? '' : w.term.stem.slice(0, 3);
    if (head.length >= 2 && PLAIN_WORD.test(head)) out.push(head);
  }
  return out;
}

/** Can any query term hit in `text`? False only when a cheap look at the letters rules it out. */
export function mayHit(query: Query, text: string): boolean {
  if (NOT_PLAIN.test(text)) return true;
  const lower = text.toLowerCase();
  return query.terms.some((t) => t.typo || !PLAIN_WORD.test(t.stem.slice(0, 3)) || lower.includes(t.stem.slice(0, 3)));
}

/** Does every phrase of the query occur in one of the item's texts? Stops at the last one found. */
export function phrasesIn(query: Query, item: AgendaItem): boolean {
  const left = new Set(query.phrases);
  const clues = new Map(query.phrases.map((p) => [p, phraseClues(p)]));
  for (const { text } of fieldTexts(item)) {
    if (left.size === 0) break;
    if (!NOT_PLAIN.test(text)) {
      const lower = text.toLowerCase();
      if ([...left].every((p) => clues.get(p)!.some((c) => !lower.includes(c)))) continue;
    }
    const tokens = tokensOf(text);
    for (const words of left) {
      for (let s = 0; s < tokens.length; s++) {
        if (phraseAt(tokens, s, words)) {
          left.delete(words);
          break;
        }
      }
    }
  }
  return left.size === 0;
}

export function hitsIn(query: Query, text: string): TextHits {
  const tokens = tokensOf(text);
  const quality = query.terms.map(() => 0);
  const phrases = query.phrases.map(() => false);
  const hit = new Uint8Array(tokens.length);
  tokens.forEach((t, i) => {
    if (t.term === null) return;
    query.terms.forEach((q, j) => {
      const m = matchTerm(q, t.term!);
      if (m > quality[j]!) quality[j] = m;
      if (m) hit[i] = 1;
    });
  });
  query.phrases.forEach((words, p) => {
    for (let s = 0; s < tokens.length; s++) {
      if (phraseAt(tokens, s, words)) {
        phrases[p] = true;
        hit.fill(1, s, s + words.length);
      }
    }
  });
  const spans: Array<[number, number]> = [];
  tokens.forEach((t, i) => {
    if (!hit[i]) return;
    const last = spans[spans.length - 1];
    // Hits with only spaces between them read as one: «Blå Kors Varmestue».
    if (last && /^[ \t]*$/.test(text.slice(last[1], t.start))) last[1] = t.end;
    else spans.push([t.start, t.end]);
  });
  return { quality, phrases, spans };
}

export interface ItemMatch {
  /** Field bits with a hit. */
  fields: number;
  /** A hit in the title or a decision: ranks above body-only hits. */
  strong: boolean;
  /** Mean over the query terms of the best hit's field weight (title 3, decision 2, body 1; typo half). */
  score: number;
}

/**
 * An item's score: the sum of the query terms' best weights over the number of
 * terms, to two decimals. The same from the index (search.ts, which sums as it
 * intersects) and from matchItem here.
 */
export function meanScore(sum: number, terms: number): number {
  return Math.round((sum / Math.max(1, terms)) * 100) / 100;
}

/** The item matches when every term hits somewhere and every phrase occurs in one text. */
export function matchItem(query: Query, item: AgendaItem): ItemMatch | null {
  if (query.terms.length === 0) return null;
  const best = query.terms.map(() => 0);
  const phrases = query.phrases.map(() => false);
  let fields = 0;
  for (const { field, text } of fieldTexts(item)) {
    const h = hitsIn(query, text);
    h.quality.forEach((q, j) => {
      if (!q) return;
      fields |= FIELD_BIT[field];
      const w = FIELD_WEIGHT[field] * (q === 2 ? 1 : 0.5);
      if (w > best[j]!) best[j] = w;
    });
    h.phrases.forEach((found, p) => (phrases[p] ||= found));
  }
  if (best.some((w) => w === 0) || phrases.some((p) => !p)) return null;
  return { fields, strong: (fields & (TITLE | DECISION)) !== 0, score: meanScore(best.reduce((a, b) => a + b, 0), best.length) };
}
