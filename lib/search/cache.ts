/**
 * What a reader keeps between searches, per database: the index's meetings by
 * seq, their item slots and dates, and the lexicon rows its typo look-ups have
 * read. It follows the generation in searchMeta, catching up through the
 * searchLog entries after its own; a new reader reads the docs by block, and no
 * lexicon until a word needs it.
 */
import type { LibraryDb } from '../db/schema';
import { readDocs, readDocsBySeq, readLogSince, readState } from '../db/search-index/read';
import { blockOf } from '../db/search-index/postings';
import type { SearchDoc } from '../db/search-index/stores';

/** What one reader knows of one library's index. */
export interface Cache {
  gen: number;
  docs: Array<SearchDoc | undefined>;
  base: Int32Array;
  /** Seq of each item slot. */
  seqs: Int32Array;
  dates: Int32Array;
  /** Newest date (yyyymmdd) among the blocks below each block number: blocks 0..b-1. */
  olderMax: Int32Array;
  blocks: number;
  /** Lexicon rows read at this generation, by head ([] for a head with no terms). */
  heads: Map<string, readonly string[]>;
  // Per item slot, reused between searches (left zeroed after each).
  count: Uint8Array;
  best: Float32Array;
  sum: Float32Array;
  fields: Uint8Array;
}

const caches = new WeakMap<LibraryDb, Cache>();

function buildCache(gen: number, docs: Array<SearchDoc | undefined>, old?: Cache): Cache {
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
    gen, docs, base, seqs, dates, olderMax, blocks, heads: new Map(),
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
    // Catch up: the meetings the log names.
    const seqs = [...new Set(log.map((e) => e.seq))];
    const changed = await readDocsBySeq(db, seqs);
    const docs = [...cache.docs];
    seqs.forEach((seq, i) => (docs[seq] = changed[i]));
    next = buildCache(gen, docs, cache);
  } else {
    const rows = await readDocs(db);
    const docs: Array<SearchDoc | undefined> = [];
    for (const d of rows) docs[d.seq] = d;
    next = buildCache(gen, docs, cache);
  }
  caches.set(db, next);
  return next;
}
