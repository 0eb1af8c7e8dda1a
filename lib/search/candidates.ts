/**
 * The index's side of a search: each query term's refs (its stem, the stems it
 * begins, and typo terms at half weight), intersected into the items that hold
 * every term with their field class and score, read newest blocks first; and the
 * ranking of those candidates.
 */
import type { LibraryDb } from '../db/schema';
import { readBucket } from '../db/search-index/read';
import { bucketOf, findTerm, hasTerm, MAX_ITEMS, prefixRange, REFS_PER_SEQ, termAt, termRefs as termRefsOf, type PostingRow } from '../db/search-index/postings';
import { DECISION, TITLE } from '../db/search-index/fields';
import type { Cache } from './cache';
import { byHead, mergeTerms } from '../db/search-index/compact';
import { headOf, LEXICON_HEAD, LEXICON_UP_TO, type LexiconRow } from '../db/search-index/stores';
import { typoCandidates, typoSearchPrefixes } from './edit';
import { bitsWeight, meanScore } from './match';
import { matchTerm, type Query, type QueryTerm } from './query';

/** The refs of one query term, with the weight factor of their match (1, or ½ for a typo). */
interface TermRefs {
  lists: Array<{ refs: number[]; factor: number }>;
  size: number;
}

/** The lexicon terms of `prefix`'s row, or of every row whose head begins with a shorter prefix; sorted. */
function termsFrom(cache: Cache, prefix: string): readonly string[] {
  if (prefix.length >= LEXICON_HEAD) return cache.heads.get(headOf(prefix)) ?? [];
  return [...cache.heads].filter(([h]) => h.startsWith(prefix)).flatMap(([, terms]) => terms).sort();
}

/** What the typo look-ups of `query` need that this generation has not read: lexicon rows by head, rows by a prefix shorter than a head (a stem of two or three letters), and the log's terms past the rows. */
export function typoRowsToRead(cache: Cache, query: Query): { heads: string[]; shorter: string[]; tail: boolean } {
  const prefixes = query.terms.filter((q) => q.typo).flatMap((q) => typoSearchPrefixes(q.stem));
  const heads = [...new Set(prefixes.filter((p) => p.length >= LEXICON_HEAD).map(headOf))].filter((h) => !cache.heads.has(h));
  const shorter = [...new Set(prefixes.filter((p) => p.length < LEXICON_HEAD))].filter((p) => !cache.heads.has(`${p}*`));
  return { heads, shorter, tail: cache.tail === null && heads.length + shorter.length > 0 };
}

/** Keeps what was read for typoRowsToRead's answer: each row with the log's terms of its head. */
export function keepTypoRows(cache: Cache, asked: { heads: string[]; shorter: string[] }, rows: Array<LexiconRow | undefined>, ranges: LexiconRow[], tail: string[] | null): void {
  if (tail) cache.tail = byHead(tail);
  const withTail = (head: string, terms: readonly string[]) => {
    const extra = cache.tail?.get(head);
    cache.heads.set(head, extra ? (mergeTerms(head, { head, terms: [...terms] }, extra)?.terms ?? terms) : terms);
  };
  asked.heads.forEach((h, i) => withTail(h, rows[i]?.terms ?? []));
  for (const row of ranges) if (row.head !== LEXICON_UP_TO) withTail(row.head, row.terms);
  for (const p of asked.shorter) {
    for (const h of cache.tail?.keys() ?? []) if (h.startsWith(p) && !cache.heads.has(h)) withTail(h, []);
    cache.heads.set(`${p}*`, []);
  }
}

/**
 * The lexicon terms within one edit of a typo-tolerant term, as the shortest of them
 * (the family's own terms are skipped where the rows are read): a term that begins within one edit of the stem
 * makes every longer term that begins with it do so too, so the set is a few prefix
 * ranges. A misspelt compound head ("rusmidelbehandling") reaches thousands of
 * compounds, and each bucket row is then searched for a few prefixes, not for each.
 */
function typoRootsOf(cache: Cache, q: QueryTerm): string[] {
  if (!q.typo) return [];
  const roots: string[] = [];
  for (const t of typoCandidates((p) => termsFrom(cache, p), q.stem).sort()) {
    const last = roots[roots.length - 1];
    if (last === undefined || !t.startsWith(last)) roots.push(t);
  }
  return roots;
}

async function termRefs(cache: Cache, q: QueryTerm, bucket: (b: number) => Promise<PostingRow[]>): Promise<TermRefs> {
  const roots = typoRootsOf(cache, q);
  const lists: TermRefs['lists'] = [];
  const family = bucketOf(q.stem);
  for (const row of await bucket(family)) {
    if (q.prefix) {
      const [start, end] = prefixRange(row, q.stem);
      for (let i = start; i < end; i++) lists.push({ refs: termRefsOf(row, i), factor: 1 });
    } else if (hasTerm(row, q.stem)) {
      lists.push({ refs: termRefsOf(row, findTerm(row, q.stem)), factor: 1 });
    }
  }
  const byBucket = new Map<number, string[]>();
  for (const t of roots) byBucket.set(bucketOf(t), [...(byBucket.get(bucketOf(t)) ?? []), t]);
  for (const [b, prefixes] of byBucket) {
    for (const row of await bucket(b)) {
      for (const prefix of prefixes) {
        const [start, end] = prefixRange(row, prefix);
        for (let i = start; i < end; i++) {
          // Terms of the family count as exact, above.
          if (matchTerm(q, termAt(row, i)) !== 2) lists.push({ refs: termRefsOf(row, i), factor: 0.5 });
        }
      }
    }
  }
  return { lists, size: lists.reduce((n, l) => n + l.refs.length, 0) };
}

/** Item slots hit by every term, with their field class and score; the per-slot arrays are left clean. */
function intersect(cache: Cache, terms: TermRefs[]): { slots: Int32Array; fields: Uint8Array; score: Float64Array } {
  const { base, counts, count, best, sum, fields } = cache;
  let touched: number[] = [];
  terms.forEach((term, i) => {
    for (const { refs, factor } of term.lists) {
      for (let r = 0; r < refs.length; r++) {
        const ref = refs[r]!;
        const seq = Math.floor(ref / REFS_PER_SEQ);
        const b = base[seq];
        if (b === undefined || b < 0) continue;
        const index = (ref >>> 3) & (MAX_ITEMS - 1);
        if (index >= counts[seq]! - 1) continue;
        const slot = b + index;
        const c = count[slot]!;
        const bits = ref & 7;
        const w = bitsWeight(bits) * factor;
        if (c === i) {
          // First hit of term i on an item that has every earlier term.
          count[slot] = i + 1;
          best[slot] = w;
          fields[slot]! |= bits;
          if (i === 0) touched.push(slot);
        } else if (c === i + 1) {
          if (w > best[slot]!) best[slot] = w;
          fields[slot]! |= bits;
        }
      }
    }
    const kept: number[] = [];
    for (const slot of touched) {
      if (count[slot] === i + 1) {
        sum[slot]! += best[slot]!;
        kept.push(slot);
      } else {
        count[slot] = 0;
        sum[slot] = 0;
        fields[slot] = 0;
      }
    }
    touched = kept;
  });
  const n = terms.length;
  const slots = Int32Array.from(touched);
  const bits = new Uint8Array(slots.length);
  const score = new Float64Array(slots.length);
  slots.forEach((slot, k) => {
    bits[k] = fields[slot]!;
    score[k] = meanScore(sum[slot]!, n);
    count[slot] = 0;
    sum[slot] = 0;
    fields[slot] = 0;
  });
  return { slots, fields: bits, score };
}

export interface Candidate {
  slot: number;
  seq: number;
  /** 1 when hit in the title or a decision. */
  strong: number;
  fields: number;
  date: number;
  score: number;
}

export function compare(a: Candidate, b: Candidate): number {
  return b.strong - a.strong || b.date - a.date || b.score - a.score || a.seq - b.seq || a.slot - b.slot;
}

/** The `k` best candidates in order, without sorting them all (a bounded heap) when k is small. */
export function topK(all: Candidate[], k: number): Candidate[] {
  if (k >= all.length / 4) return all.sort(compare).slice(0, k);
  const heap: Candidate[] = []; // worst on top
  const worse = (a: Candidate, b: Candidate) => compare(a, b) > 0;
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l;
      if (r < heap.length && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  for (const c of all) {
    if (heap.length < k) {
      heap.push(c);
      up(heap.length - 1);
    } else if (compare(c, heap[0]!) < 0) {
      heap[0] = c;
      down(0);
    }
  }
  return heap.sort(compare);
}

/** Blocks read in a search's first round, newest first; each further round reads four times the last. */
export const FIRST_ROUND = 8;

/** The candidates of one search, gathered block range by block range from the newest. */
export class Candidates {
  readonly list: Candidate[] = [];
  /** The lowest block read so far: blocks [lo, cache.blocks) are in `list`. */
  lo: number;

  constructor(private readonly db: LibraryDb, private readonly cache: Cache, private readonly query: Query) {
    this.lo = cache.blocks;
  }

  /** Reads blocks [from, lo) of every term's buckets and adds their candidates. */
  async readDown(from: number): Promise<void> {
    const { db, cache } = this;
    const to = this.lo - 1;
    const reads = new Map<number, Promise<PostingRow[]>>();
    // Each bucket is read once per round, whichever terms need it.
    const bucket = (b: number) => {
      let rows = reads.get(b);
      if (!rows) reads.set(b, (rows = readBucket(db, b, from, to)));
      return rows;
    };
    const terms = await Promise.all(this.query.terms.map((q) => termRefs(cache, q, bucket)));
    this.lo = from;
    if (terms.some((t) => t.lists.length === 0)) return;
    // The smallest term first: later terms only count on items already hit.
    terms.sort((a, b) => a.size - b.size);
    const { slots, fields, score } = intersect(cache, terms);
    slots.forEach((slot, k) => {
      const seq = cache.seqs[slot]!;
      const f = fields[k]!;
      this.list.push({ slot, seq, strong: f & (TITLE | DECISION) ? 1 : 0, fields: f, date: cache.dates[seq]!, score: score[k]! });
    });
  }

  /** Are `need` strong hits in, all newer than any meeting in the blocks not read yet? */
  enough(need: number): boolean {
    const dates = this.list.filter((c) => c.strong).map((c) => c.date);
    if (dates.length < need) return false;
    dates.sort((a, b) => b - a);
    return dates[need - 1]! > this.cache.olderMax[this.lo]!;
  }
}
