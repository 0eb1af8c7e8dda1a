/**
 * Search over the library. The index finds the items that hold every word, with
 * the fields they hold them in, and ranks them: items hit in the title or a
 * decision above items hit only in the body, newer meetings above older within
 * each, then by score, then in document order. It reads the newest blocks first
 * and stops once the page cannot change. The items themselves are read only for
 * the page: to confirm phrases and to cut snippets.
 */
import type { LibraryDb } from '../db/schema';
import { readBucket, readDocs, readDocsBySeq, readLogSince, readState, searchTables, type SearchDoc } from '../db/search-index';
import { typoPrefixes, withinOnePrefix } from './edit';
import type { AgendaItem } from '../parse/types';
import { bitsWeight, DECISION, phrasesIn, TITLE, type Field } from './match';
import { parseQuery, type Query, type QueryTerm } from './query';
import { blockOf, bucketOf, findTerm, hasTerm, MAX_ITEMS, REFS_PER_SEQ, termCount, termRefs as termRefsOf, termStartsWith, type PostingRow } from './postings';
import { snippet, snippetText, type Segment } from './snippet';

export interface SearchHit {
  meetingId: string;
  number: number;
  date: string;
  committee: string;
  title: string;
  /** Mean over the query terms of the best hit's field weight: title 3, decision 2, body 1, a typo hit half. */
  score: number;
  /** The item is hit in its title or a decision. */
  strong: boolean;
  fields: Field[];
  snippet: Segment[];
  /** The snippet with «» around the hits. */
  snippetText: string;
}

export interface SearchOptions {
  /** Most hits to return (default 50); Infinity for all. */
  limit?: number;
  /** Build snippets (default true); without them a long list of hits comes faster. */
  snippets?: boolean;
}

/** Words of a query beyond this many are ignored (the per-item counters are bytes). */
const MAX_TERMS = 32;

/**
 * What a reader keeps between searches: searchDocs by seq, each meeting's first
 * item slot, and the sorted lexicon. It follows the generation in searchMeta,
 * catching up through the searchLog entries after its own.
 */
interface Cache {
  gen: number;
  docs: Array<SearchDoc | undefined>;
  base: Int32Array;
  /** Seq of each item slot. */
  seqs: Int32Array;
  dates: Int32Array;
  /** Newest date (yyyymmdd) among the blocks below each block number: blocks 0..b-1. */
  olderMax: Int32Array;
  blocks: number;
  lexicon: string[];
  // Per item slot, reused between searches (left zeroed after each).
  count: Uint8Array;
  best: Float32Array;
  sum: Float32Array;
  fields: Uint8Array;
}

const caches = new WeakMap<LibraryDb, Cache>();

function buildCache(gen: number, docs: Array<SearchDoc | undefined>, lexicon: string[], old?: Cache): Cache {
  const base = new Int32Array(docs.length).fill(-1);
  const dates = new Int32Array(docs.length);
  let slots = 0;
  docs.forEach((d, seq) => {
    if (!d) return;
    base[seq] = slots;
    slots += d.numbers.length;
    dates[seq] = Number(d.date.replaceAll('-', '')) || 0;
  });
  const seqs = new Int32Array(slots);
  docs.forEach((d, seq) => d && seqs.fill(seq, base[seq]!, base[seq]! + d.numbers.length));
  const blocks = docs.length ? blockOf(docs.length - 1) + 1 : 0;
  const blockMax = new Int32Array(blocks);
  dates.forEach((date, seq) => {
    const b = blockOf(seq);
    if (date > blockMax[b]!) blockMax[b] = date;
  });
  const olderMax = new Int32Array(blocks + 1);
  for (let b = 1; b <= blocks; b++) olderMax[b] = Math.max(olderMax[b - 1]!, blockMax[b - 1]!);
  const room = old && old.count.length >= slots ? old : null;
  const size = Math.ceil(slots * 1.25) + 64;
  return {
    gen, docs, base, seqs, dates, olderMax, blocks, lexicon,
    count: room?.count ?? new Uint8Array(size),
    best: room?.best ?? new Float32Array(size),
    sum: room?.sum ?? new Float32Array(size),
    fields: room?.fields ?? new Uint8Array(size),
  };
}

function mergeSorted(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i < a.length && a[i] === b[j]) j++;
    else out.push(b[j++]!);
  }
  return out;
}

async function cacheOf(db: LibraryDb): Promise<Cache> {
  const gen = (await readState(db))?.gen ?? 0;
  const cache = caches.get(db);
  if (cache && cache.gen === gen) return cache;
  const since = cache && gen > cache.gen ? cache.gen : 0;
  const log = (await readLogSince(db, since, gen)) ?? [];
  const added = [...new Set(log.flatMap((e) => e.terms))].sort();
  let next: Cache;
  if (cache && since > 0 && log.every((e) => e.seq >= 0)) {
    // Catch up: the meetings the log names, and the terms it adds.
    const seqs = [...new Set(log.map((e) => e.seq))];
    const changed = await readDocsBySeq(db, seqs);
    const docs = [...cache.docs];
    seqs.forEach((seq, i) => (docs[seq] = changed[i]));
    next = buildCache(gen, docs, added.length ? mergeSorted(cache.lexicon, added) : cache.lexicon, cache);
  } else {
    const rows = await readDocs(db);
    const docs: Array<SearchDoc | undefined> = [];
    for (const d of rows) docs[d.seq] = d;
    next = buildCache(gen, docs, since > 0 && cache ? mergeSorted(cache.lexicon, added) : added, cache);
  }
  caches.set(db, next);
  return next;
}

/** First index of sorted `list` whose value is ≥ `s`. */
function lowerBoundOf(list: string[], s: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Letters spelled out for typos near the start of a word; later typos share its first letters. */
const TYPO_HEAD = 2;

/** Lexicon terms that begin within one edit of `stem` (withinOnePrefix), found by prefix ranges. */
export function typoCandidates(lexicon: string[], stem: string): string[] {
  const out = new Set<string>();
  for (const prefix of [stem.slice(0, TYPO_HEAD), ...typoPrefixes(stem, TYPO_HEAD)]) {
    for (let i = lowerBoundOf(lexicon, prefix); i < lexicon.length && lexicon[i]!.startsWith(prefix); i++) {
      if (withinOnePrefix(stem, lexicon[i]!)) out.add(lexicon[i]!);
    }
  }
  return [...out];
}

/** The refs of one query term, with the weight factor of their match (1, or ½ for a typo). */
interface TermRefs {
  lists: Array<{ refs: number[]; factor: number }>;
  size: number;
}

async function termRefs(cache: Cache, q: QueryTerm, bucket: (b: number) => Promise<PostingRow[]>): Promise<TermRefs> {
  const inFamily = (t: string) => t === q.stem || (q.prefix && t.startsWith(q.stem));
  // Typo terms the family already holds count as exact.
  const typos = q.typo ? typoCandidates(cache.lexicon, q.stem).filter((t) => !inFamily(t)) : [];
  const lists: TermRefs['lists'] = [];
  const family = bucketOf(q.stem);
  for (const row of await bucket(family)) {
    const n = termCount(row);
    if (q.prefix) {
      for (let i = findTerm(row, q.stem); i < n && termStartsWith(row, i, q.stem); i++) lists.push({ refs: termRefsOf(row, i), factor: 1 });
    } else if (hasTerm(row, q.stem)) {
      lists.push({ refs: termRefsOf(row, findTerm(row, q.stem)), factor: 1 });
    }
  }
  const byBucket = new Map<number, string[]>();
  for (const t of typos) byBucket.set(bucketOf(t), [...(byBucket.get(bucketOf(t)) ?? []), t]);
  for (const [b, terms] of byBucket) {
    for (const row of await bucket(b)) {
      for (const t of terms) if (hasTerm(row, t)) lists.push({ refs: termRefsOf(row, findTerm(row, t)), factor: 0.5 });
    }
  }
  return { lists, size: lists.reduce((n, l) => n + l.refs.length, 0) };
}

/** Item slots hit by every term, with their field class and score; the per-slot arrays are left clean. */
function intersect(cache: Cache, terms: TermRefs[]): { slots: Int32Array; fields: Uint8Array; score: Float64Array } {
  const { base, docs, count, best, sum, fields } = cache;
  let touched: number[] = [];
  terms.forEach((term, i) => {
    for (const { refs, factor } of term.lists) {
      for (let r = 0; r < refs.length; r++) {
        const ref = refs[r]!;
        const seq = Math.floor(ref / REFS_PER_SEQ);
        const b = base[seq];
        if (b === undefined || b < 0) continue;
        const index = (ref >>> 3) & (MAX_ITEMS - 1);
        if (index >= docs[seq]!.numbers.length) continue;
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
    score[k] = Math.round((sum[slot]! / n) * 100) / 100;
    count[slot] = 0;
    sum[slot] = 0;
    fields[slot] = 0;
  });
  return { slots, fields: bits, score };
}

interface Candidate {
  slot: number;
  seq: number;
  /** 1 when hit in the title or a decision. */
  strong: number;
  fields: number;
  date: number;
  score: number;
}

function compare(a: Candidate, b: Candidate): number {
  return b.strong - a.strong || b.date - a.date || b.score - a.score || a.seq - b.seq || a.slot - b.slot;
}

/** The `k` best candidates in order, without sorting them all (a bounded heap) when k is small. */
function topK(all: Candidate[], k: number): Candidate[] {
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

const FIELD_NAMES: Array<[number, Field]> = [[1, 'title'], [2, 'decision'], [4, 'body']];

/** Ranked hits for `text` in the library. */
export async function search(db: LibraryDb, text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  return searchQuery(db, parseQuery(text), options);
}

/** Blocks read per round, newest first: most queries fill a page of strong hits from recent meetings. */
const ROUNDS = [8, 32, Infinity];

export async function searchQuery(db: LibraryDb, query: Query, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 50;
  const withSnippets = options.snippets ?? true;
  if (query.terms.length > MAX_TERMS) query = { ...query, terms: query.terms.slice(0, MAX_TERMS) };
  if (query.terms.length === 0 || limit <= 0) return [];
  return db.transaction('r', [...searchTables(db), db.items], async () => {
    const cache = await cacheOf(db);
    const candidates: Candidate[] = [];
    let lo = cache.blocks;

    /** Reads blocks [from, lo) of every term's buckets and adds their candidates. */
    const readDown = async (from: number) => {
      const to = lo - 1;
      const reads = new Map<number, Promise<PostingRow[]>>();
      // Each bucket is read once per round, whichever terms need it.
      const bucket = (b: number) => {
        let rows = reads.get(b);
        if (!rows) reads.set(b, (rows = readBucket(db, b, from, to)));
        return rows;
      };
      const terms = await Promise.all(query.terms.map((q) => termRefs(cache, q, bucket)));
      lo = from;
      if (terms.some((t) => t.lists.length === 0)) return;
      // The smallest term first: later terms only count on items already hit.
      terms.sort((a, b) => a.size - b.size);
      const { slots, fields, score } = intersect(cache, terms);
      slots.forEach((slot, k) => {
        const seq = cache.seqs[slot]!;
        const f = fields[k]!;
        candidates.push({ slot, seq, strong: f & (TITLE | DECISION) ? 1 : 0, fields: f, date: cache.dates[seq]!, score: score[k]! });
      });
    };

    /** Enough strong hits, all newer than any meeting in the blocks not read yet? */
    const enough = (need: number) => {
      const dates = candidates.filter((c) => c.strong).map((c) => c.date);
      if (dates.length < need) return false;
      dates.sort((a, b) => b - a);
      return dates[need - 1]! > cache.olderMax[lo]!;
    };

    const need = Number.isFinite(limit) ? limit * (query.phrases.length ? 2 : 1) : Infinity;
    for (const size of ROUNDS) {
      if (lo === 0) break;
      await readDown(Math.max(0, lo - size));
      if (lo > 0 && Number.isFinite(need) && enough(need)) break;
    }

    const hits: SearchHit[] = [];
    let ranked = topK(candidates, Math.min(candidates.length, need));
    let done = 0;
    for (;;) {
      while (hits.length < limit && done < ranked.length) {
        // Items confirm phrases; fetch more when some fail.
        const batch = ranked.slice(done, done + Math.max(16, limit - hits.length));
        done += batch.length;
        const keys = batch.map((c) => {
          const doc = cache.docs[c.seq]!;
          return [doc.meetingId, doc.numbers[c.slot - cache.base[c.seq]!]!] as [string, number];
        });
        const items = await db.items.bulkGet(keys);
        batch.forEach((c, i) => {
          const item = items[i] as AgendaItem | undefined;
          if (!item || hits.length >= limit) return;
          // The index knows the fields and score; only phrases need the words' order from the text.
          if (query.phrases.length && !phrasesIn(query, item)) return;
          const doc = cache.docs[c.seq]!;
          const segments = withSnippets ? snippet(query, item) : [];
          hits.push({
            meetingId: doc.meetingId,
            number: item.number,
            date: doc.date,
            committee: doc.committee,
            title: item.title,
            score: c.score,
            strong: c.strong === 1,
            fields: FIELD_NAMES.filter(([bit]) => c.fields & bit).map(([, f]) => f),
            snippet: segments,
            snippetText: withSnippets ? snippetText(segments) : '',
          });
        });
      }
      if (hits.length >= limit || (done >= candidates.length && lo === 0)) break;
      // Phrases turned candidates down: read every block left and rank them all; the
      // first `done` stay as they were (the order is total), so go on from there.
      if (lo > 0) await readDown(0);
      ranked = candidates.sort(compare);
    }
    return hits;
  });
}
