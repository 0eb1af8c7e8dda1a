/**
 * What a reader keeps between searches, per database: every meeting's date and
 * item count by seq (so it can number the item slots and rank), the docs of the
 * meetings its hits came from, and the lexicon rows its typo look-ups have read.
 * It follows the generation in searchMeta, catching up through the searchLog
 * entries after its own. A new reader reads a row per 1,024 meetings, no doc it
 * does not show and no lexicon until a word needs it.
 */
import type { LibraryDb } from '../db/schema';
import { readLogSince, readSlotParts, readSlotPartsOf, readState } from '../db/search-index/read';
import { partOf } from '../db/search-index/compact';
import { blockOf } from '../db/search-index/postings';
import { PART_SIZE, type SearchDoc, type SlotPart } from '../db/search-index/stores';

/** What one reader knows of one library's index. */
export interface Cache {
  gen: number;
  parts: Map<number, SlotPart>;
  /** Items + 1 by seq (0: no meeting there). */
  counts: Uint32Array;
  /** yyyymmdd by seq. */
  dates: Uint32Array;
  /** First item slot of each seq, -1 without a meeting. */
  base: Int32Array;
  /** Seq of each item slot. */
  seqs: Int32Array;
  /** Newest date (yyyymmdd) among the blocks below each block number: blocks 0..b-1. */
  olderMax: Int32Array;
  blocks: number;
  /** Docs read for hits at this generation, by seq. */
  docs: Map<number, SearchDoc>;
  /** Lexicon rows read at this generation, with the log's terms they do not hold yet, by head ([] for a head with no terms). */
  heads: Map<string, readonly string[]>;
  /** The log's terms the lexicon rows do not hold yet, by head; null until a typo needs them. */
  tail: Map<string, string[]> | null;
  // Per item slot, reused between searches (left zeroed after each).
  count: Uint8Array;
  best: Float32Array;
  sum: Float32Array;
  fields: Uint8Array;
}

const caches = new WeakMap<LibraryDb, Cache>();

function buildCache(gen: number, parts: Map<number, SlotPart>, docs: Map<number, SearchDoc>, old?: Cache): Cache {
  const length = parts.size ? (Math.max(...parts.keys()) + 1) * PART_SIZE : 0;
  const counts = new Uint32Array(length);
  const dates = new Uint32Array(length);
  for (const row of parts.values()) {
    counts.set(row.counts, row.part * PART_SIZE);
    dates.set(row.dates, row.part * PART_SIZE);
  }
  let last = length - 1;
  while (last >= 0 && counts[last] === 0) last--;
  const base = new Int32Array(last + 1).fill(-1);
  let slots = 0;
  for (let seq = 0; seq <= last; seq++) {
    if (counts[seq] === 0) continue;
    base[seq] = slots;
    slots += counts[seq]! - 1;
  }
  const seqs = new Int32Array(slots);
  for (let seq = 0; seq <= last; seq++) if (counts[seq]! > 1) seqs.fill(seq, base[seq]!, base[seq]! + counts[seq]! - 1);
  const blocks = last >= 0 ? blockOf(last) + 1 : 0;
  const blockMax = new Int32Array(blocks);
  for (let seq = 0; seq <= last; seq++) {
    const b = blockOf(seq);
    if (dates[seq]! > blockMax[b]!) blockMax[b] = dates[seq]!;
  }
  const olderMax = new Int32Array(blocks + 1);
  for (let b = 1; b <= blocks; b++) olderMax[b] = Math.max(olderMax[b - 1]!, blockMax[b - 1]!);
  const room = old && old.count.length >= slots ? old : null;
  const size = Math.ceil(slots * 1.25) + 64;
  return {
    gen, parts, counts, dates, base, seqs, olderMax, blocks, docs, heads: new Map(), tail: null,
    count: room?.count ?? new Uint8Array(size),
    best: room?.best ?? new Float32Array(size),
    sum: room?.sum ?? new Float32Array(size),
    fields: room?.fields ?? new Uint8Array(size),
  };
}

export async function cacheOf(db: LibraryDb): Promise<Cache> {
  const gen = (await readState(db))?.gen ?? 0;
  const cache = caches.get(db);
  if (cache && cache.gen === gen) return cache;
  const log = cache && gen > cache.gen ? await readLogSince(db, cache.gen, gen) : null;
  let next: Cache;
  if (cache && log && log.every((e) => e.seq >= 0)) {
    // Catch up: the rows of the meetings the log names; their docs are read again when needed.
    const seqs = [...new Set(log.map((e) => e.seq))];
    const ids = [...new Set(seqs.map(partOf))];
    const rows = await readSlotPartsOf(db, ids);
    const parts = new Map(cache.parts);
    ids.forEach((id, i) => (rows[i] ? parts.set(id, rows[i]) : parts.delete(id)));
    const docs = new Map(cache.docs);
    for (const seq of seqs) docs.delete(seq);
    next = buildCache(gen, parts, docs, cache);
  } else {
    const rows = await readSlotParts(db);
    next = buildCache(gen, new Map(rows.map((r) => [r.part, r])), new Map(), cache);
  }
  caches.set(db, next);
  return next;
}

/** Seqs among `seqs` whose docs the cache does not hold yet. */
export function docsToRead(cache: Cache, seqs: Iterable<number>): number[] {
  return [...new Set(seqs)].filter((s) => !cache.docs.has(s));
}

export function keepDocs(cache: Cache, docs: ReadonlyArray<SearchDoc | undefined>): void {
  for (const d of docs) if (d) cache.docs.set(d.seq, d);
}
