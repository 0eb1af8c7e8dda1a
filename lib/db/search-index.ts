/**
 * The search index in IndexedDB, kept up to date by the save and delete
 * transactions (never rebuilt):
 * - postings: [bucket, block] → PostingRow (lib/search/postings.ts): a save
 *   rewrites at most BUCKETS rows, one bulkGet and one bulkPut, however many words
 *   the meeting has (IndexedDB pays per request: one row per word would cost
 *   ~2,500 requests for a 60 KB meeting);
 * - searchDocs: one row per meeting: its number `seq`, date, committee and item
 *   numbers (a ref holds an item's index, not its number);
 * - searchMeta: 'state' → the next seq and a generation that grows with every save;
 * - searchLog: generation → the meeting the save changed and the terms it may have
 *   brought new to the library. Together the entries are the lexicon (every term
 *   ever indexed, for typo look-ups; a term whose items are gone stays, harmless),
 *   written as one row per save rather than one per term; a reader loads them once
 *   and then reads only the entries after its generation.
 */
import type { IndexableTypeArrayReadonly, Table, Transaction } from 'dexie';
import type { AgendaItem } from '../parse/types';
import { itemTerms } from '../search/match';
import { blockOf, bucketOf, buildRow, hasTerm, MAX_ITEMS, mergeRow, refOf, type PostingRow } from '../search/postings';
import type { LibraryDb } from './schema';

export interface SearchDoc {
  seq: number;
  meetingId: string;
  date: string;
  committee: string;
  /** Item numbers by item index. */
  numbers: number[];
}

export interface SearchState {
  nextSeq: number;
  gen: number;
}

export interface SearchLogEntry {
  /** The meeting saved or deleted; -1 when many changed at once (the upgrader). */
  seq: number;
  /** Terms for the lexicon: the new ones, and some it may hold already. */
  terms: string[];
}

/** [bucket, block]. */
export type PostingKey = [number, number];

/** The stores of version 2 (schema.ts). */
export const SEARCH_STORES = {
  searchDocs: 'seq, &meetingId',
  postings: '',
  searchMeta: '',
  searchLog: '',
} as const;

/** Tables a save or delete must hold in its transaction to keep the index current. */
export function searchTables(db: LibraryDb): Table[] {
  return [db.searchDocs, db.postings, db.searchMeta, db.searchLog];
}

const STATE = 'state';

/** Dexie's types do not admit [number, number] keys in bulkPut; IndexedDB does. */
const asKeys = (keys: PostingKey[]) => keys as unknown as IndexableTypeArrayReadonly;

/** Term → sorted refs of one meeting's items. */
function meetingPostings(seq: number, items: readonly AgendaItem[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  // Items past MAX_ITEMS are not searchable (no real meeting comes near).
  items.slice(0, MAX_ITEMS).forEach((item, index) => {
    for (const [term, bits] of itemTerms(item)) {
      let refs = out.get(term);
      if (!refs) out.set(term, (refs = []));
      refs.push(refOf(seq, index, bits));
    }
  });
  return out;
}

function byBucket<T>(terms: Iterable<[string, T]>): Map<number, Map<string, T>> {
  const out = new Map<number, Map<string, T>>();
  for (const [term, value] of terms) {
    const b = bucketOf(term);
    let m = out.get(b);
    if (!m) out.set(b, (m = new Map()));
    m.set(term, value);
  }
  return out;
}

export interface IndexedMeeting {
  meetingId: string;
  date: string;
  committee: string;
  items: readonly AgendaItem[];
}

/**
 * Brings the index of one meeting up to date: `next` is what is being saved (null
 * on delete), `oldItems` what was saved before (its postings are removed). Runs
 * inside the caller's rw transaction, which must include searchTables(db).
 */
export async function updateSearchIndex(db: LibraryDb, meetingId: string, next: IndexedMeeting | null, oldItems: readonly AgendaItem[] | null): Promise<void> {
  const [state, doc] = await Promise.all([db.searchMeta.get(STATE), db.searchDocs.where('meetingId').equals(meetingId).first()]);
  if (!doc && !next) return;
  const { nextSeq, gen } = state ?? { nextSeq: 0, gen: 0 };
  const seq = doc?.seq ?? nextSeq;
  const block = blockOf(seq);
  const changes = next ? meetingPostings(seq, next.items) : new Map<string, number[]>();
  // Terms of the old version leave this meeting's refs: an empty change removes them.
  if (doc && oldItems) for (const item of oldItems.slice(0, MAX_ITEMS)) for (const term of itemTerms(item).keys()) if (!changes.has(term)) changes.set(term, []);
  const buckets = [...byBucket(changes)];
  const keys = buckets.map(([b]): PostingKey => [b, block]);
  const rows = await db.postings.bulkGet(keys);

  // Terms that may be new to the library: not in their row of this block (nor, when that
  // leaves many, of the previous one). They go to the log entry as they are: a known
  // term listed again costs a few bytes, asking the lexicon first a request per term.
  let unknown = buckets.flatMap(([, terms], i) => [...terms].filter(([t, refs]) => refs.length && !hasTerm(rows[i], t)).map(([t]) => t));
  if (unknown.length > 256 && block > 0) {
    const prev = await db.postings.bulkGet(keys.map(([b]): PostingKey => [b, block - 1]));
    const prevRows = new Map(keys.map(([b], i) => [b, prev[i]]));
    unknown = unknown.filter((t) => !hasTerm(prevRows.get(bucketOf(t)), t));
  }

  const putKeys: PostingKey[] = [];
  const putRows: PostingRow[] = [];
  const dropKeys: PostingKey[] = [];
  buckets.forEach(([, terms], i) => {
    const row = mergeRow(rows[i], seq, terms);
    if (row) {
      putKeys.push(keys[i]!);
      putRows.push(row);
    } else if (rows[i]) {
      dropKeys.push(keys[i]!);
    }
  });
  const writes: Array<Promise<unknown>> = [
    db.postings.bulkPut(putRows, asKeys(putKeys)),
    db.searchMeta.put({ nextSeq: Math.max(nextSeq, seq + 1), gen: gen + 1 }, STATE),
    db.searchLog.put({ seq, terms: unknown }, gen + 1),
  ];
  if (dropKeys.length) writes.push(db.postings.bulkDelete(dropKeys));
  if (next) {
    writes.push(db.searchDocs.put({ seq, meetingId, date: next.date, committee: next.committee, numbers: next.items.slice(0, MAX_ITEMS).map((i) => i.number) }));
  } else {
    writes.push(db.searchDocs.delete(seq));
  }
  await Promise.all(writes);
}

export interface SearchTableSet {
  searchDocs: Table;
  postings: Table;
  searchMeta: Table;
  searchLog: Table;
}

/** Builds index rows for many meetings at once in memory: the upgrader, and filling a benchmark library. */
export class IndexBuilder {
  readonly docs: SearchDoc[] = [];
  private block = -1;
  /** bucket → term → refs of the current block. */
  private current = new Map<number, Map<string, number[]>>();
  private lexicon = new Set<string>();

  /** Meetings must be added with increasing seq; call flushPostings before a new block starts. */
  add(seq: number, meeting: IndexedMeeting): void {
    const block = blockOf(seq);
    if (block !== this.block && this.current.size) throw new Error('IndexBuilder: flush the postings of a block before the next');
    this.block = block;
    for (const [term, refs] of meetingPostings(seq, meeting.items)) {
      const b = bucketOf(term);
      let terms = this.current.get(b);
      if (!terms) this.current.set(b, (terms = new Map()));
      const list = terms.get(term);
      if (list) list.push(...refs);
      else terms.set(term, refs);
      this.lexicon.add(term);
    }
    this.docs.push({ seq, meetingId: meeting.meetingId, date: meeting.date, committee: meeting.committee, numbers: meeting.items.slice(0, MAX_ITEMS).map((i) => i.number) });
  }

  /** The rows of the current block. */
  postingRows(): Array<[PostingKey, PostingRow]> {
    return [...this.current].map(([b, terms]) => [[b, this.block], buildRow([...terms].sort((x, y) => (x[0] < y[0] ? -1 : 1)))]);
  }

  /** Writes the rows of the current block and forgets them. */
  async flushPostings(postings: Table): Promise<void> {
    const rows = this.postingRows();
    if (rows.length) await postings.bulkPut(rows.map((r) => r[1]), asKeys(rows.map((r) => r[0])));
    this.current.clear();
  }

  lexiconTerms(): string[] {
    return [...this.lexicon].sort();
  }

  /** Writes the docs, the lexicon (as log entries) and the state; postings go block by block through flushPostings. */
  async write(tables: SearchTableSet, chunk = 50_000): Promise<void> {
    // Only IndexedDB work may be awaited inside a transaction.
    if (this.current.size) await this.flushPostings(tables.postings);
    await tables.searchDocs.bulkPut(this.docs);
    let gen = ((await tables.searchMeta.get(STATE)) as SearchState | undefined)?.gen ?? 0;
    const lex = this.lexiconTerms();
    const entries: SearchLogEntry[] = [];
    for (let i = 0; i < lex.length || entries.length === 0; i += chunk) entries.push({ seq: -1, terms: lex.slice(i, i + chunk) });
    await tables.searchLog.bulkPut(entries, entries.map((_, i) => gen + 1 + i));
    gen += entries.length;
    await tables.searchMeta.put({ nextSeq: this.docs.reduce((m, d) => Math.max(m, d.seq + 1), 0), gen }, STATE);
  }
}

/** Version 2's upgrader: numbers the saved meetings oldest first and indexes them. */
export async function indexExistingMeetings(tx: Transaction): Promise<void> {
  const meetings = await tx.table('meetings').toArray();
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const builder = new IndexBuilder();
  const postings = tx.table('postings');
  for (const [seq, m] of meetings.entries()) {
    if (seq > 0 && blockOf(seq) !== blockOf(seq - 1)) await builder.flushPostings(postings);
    // Saved items come back by number; the index keeps that order.
    const items = (await tx.table('items').where('meetingId').equals(m.id).sortBy('number')) as AgendaItem[];
    builder.add(seq, { meetingId: m.id, date: m.date, committee: m.committee, items });
  }
  await builder.write({ searchDocs: tx.table('searchDocs'), postings, searchMeta: tx.table('searchMeta'), searchLog: tx.table('searchLog') });
}

// ---- Reading (inside a read transaction over searchTables) ----

export function readState(db: LibraryDb): Promise<SearchState | undefined> {
  return db.searchMeta.get(STATE);
}

export function readDocs(db: LibraryDb): Promise<SearchDoc[]> {
  return db.searchDocs.toArray();
}

/** The rows of one bucket in blocks `from` to `to` (inclusive). */
export function readBucket(db: LibraryDb, bucket: number, from = 0, to = Infinity): Promise<PostingRow[]> {
  return db.postings.where(':id').between([bucket, from], [bucket, to], true, true).toArray();
}

/** Log entries after generation `gen` up to `upTo` (all of them from 0), or null when some are missing. */
export async function readLogSince(db: LibraryDb, gen: number, upTo: number): Promise<SearchLogEntry[] | null> {
  const entries = await db.searchLog.where(':id').between(gen, upTo, false, true).toArray();
  return entries.length === upTo - gen ? entries : null;
}

export function readDocsBySeq(db: LibraryDb, seqs: number[]): Promise<Array<SearchDoc | undefined>> {
  return db.searchDocs.bulkGet(seqs);
}
