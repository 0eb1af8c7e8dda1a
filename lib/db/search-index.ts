/**
 * The search index in IndexedDB, kept up to date by the save and delete
 * transactions (never rebuilt):
 * - searchDocs: one row per meeting, its number `seq`, date, committee and item
 *   numbers (an item's ref holds its index, not its number);
 * - lexicon: term → how many items hold it, for prefix and typo look-ups by key range;
 * - postings: [term, block] → the refs (lib/search/postings.ts) of the block's
 *   meetings, so a common term's row never grows past 256 meetings and a save is
 *   one bulkGet and one bulkPut of the meeting's distinct terms;
 * - searchMeta: 'state' → the next seq and a generation that grows with every save;
 * - searchLog: generation → the meeting it changed and the terms it added to the
 *   lexicon, so a reader's cached docs and lexicon catch up without a full reload
 *   (the last LOG_KEEP entries are kept).
 */
import type { IndexableTypeArrayReadonly, Table, Transaction } from 'dexie';
import type { AgendaItem } from '../parse/types';
import { itemTerms } from '../search/match';
import { blockOf, encodeRefs, MAX_ITEMS, refOf, replaceSeq } from '../search/postings';
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

export type PostingKey = [string, number];

/** The stores of version 2 (schema.ts). */
export const SEARCH_STORES = {
  searchDocs: 'seq, &meetingId',
  lexicon: '',
  postings: '',
  searchMeta: '',
  searchLog: '',
} as const;

export interface SearchLogEntry {
  seq: number;
  /** Terms new to the lexicon. */
  terms: string[];
}

export const LOG_KEEP = 512;

/** Tables a save or delete must hold in its transaction to keep the index current. */
export function searchTables(db: LibraryDb): Table[] {
  return [db.searchDocs, db.lexicon, db.postings, db.searchMeta, db.searchLog];
}

const STATE = 'state';

/** Dexie's types do not admit [string, number] as a key of bulkPut; IndexedDB does. */
const asKeys = (keys: PostingKey[]) => keys as unknown as IndexableTypeArrayReadonly;

/** Term → refs (sorted) of one meeting's items, and term → how many items hold it. */
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

function termCounts(items: readonly AgendaItem[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items.slice(0, MAX_ITEMS)) for (const term of itemTerms(item).keys()) out.set(term, (out.get(term) ?? 0) + 1);
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
  const added = next ? meetingPostings(seq, next.items) : new Map<string, number[]>();
  const removed = doc && oldItems ? termCounts(oldItems) : new Map<string, number>();
  const terms = [...new Set([...added.keys(), ...removed.keys()])];
  const keys = terms.map((t): PostingKey => [t, block]);
  const [rows, dfs] = await Promise.all([db.postings.bulkGet(keys), db.lexicon.bulkGet(terms)]);

  const putKeys: PostingKey[] = [];
  const putRows: Uint8Array[] = [];
  const dropKeys: PostingKey[] = [];
  const lexKeys: string[] = [];
  const lexValues: number[] = [];
  const lexDrop: string[] = [];
  const newTerms: string[] = [];
  terms.forEach((term, i) => {
    const refs = added.get(term) ?? [];
    const row = replaceSeq(rows[i], seq, refs);
    if (row) {
      putKeys.push(keys[i]!);
      putRows.push(row);
    } else if (rows[i]) {
      dropKeys.push(keys[i]!);
    }
    const df = (dfs[i] ?? 0) - (removed.get(term) ?? 0) + refs.length;
    if (df > 0) {
      lexKeys.push(term);
      lexValues.push(df);
      if (dfs[i] === undefined) newTerms.push(term);
    } else if (dfs[i] !== undefined) {
      lexDrop.push(term);
    }
  });
  const writes: Array<Promise<unknown>> = [
    db.postings.bulkPut(putRows, asKeys(putKeys)),
    db.lexicon.bulkPut(lexValues, lexKeys),
    db.searchMeta.put({ nextSeq: Math.max(nextSeq, seq + 1), gen: gen + 1 }, STATE),
    db.searchLog.put({ seq, terms: newTerms }, gen + 1),
  ];
  if ((gen + 1) % 64 === 0) writes.push(db.searchLog.where(':id').below(gen + 1 - LOG_KEEP).delete());
  if (dropKeys.length) writes.push(db.postings.bulkDelete(dropKeys));
  if (lexDrop.length) writes.push(db.lexicon.bulkDelete(lexDrop));
  if (next) {
    writes.push(db.searchDocs.put({ seq, meetingId, date: next.date, committee: next.committee, numbers: next.items.slice(0, MAX_ITEMS).map((i) => i.number) }));
  } else {
    writes.push(db.searchDocs.delete(seq));
  }
  await Promise.all(writes);
}

/** Builds index rows for many meetings at once in memory: the upgrader, and filling a benchmark library. */
export class IndexBuilder {
  readonly docs: SearchDoc[] = [];
  private postings = new Map<string, Map<number, number[]>>();
  private lexicon = new Map<string, number>();

  /** Meetings must be added with increasing seq. */
  add(seq: number, meeting: IndexedMeeting): void {
    const block = blockOf(seq);
    for (const [term, refs] of meetingPostings(seq, meeting.items)) {
      let blocks = this.postings.get(term);
      if (!blocks) this.postings.set(term, (blocks = new Map()));
      const list = blocks.get(block);
      if (list) list.push(...refs);
      else blocks.set(block, refs);
      this.lexicon.set(term, (this.lexicon.get(term) ?? 0) + refs.length);
    }
    this.docs.push({ seq, meetingId: meeting.meetingId, date: meeting.date, committee: meeting.committee, numbers: meeting.items.slice(0, MAX_ITEMS).map((i) => i.number) });
  }

  *postingRows(): Generator<[PostingKey, Uint8Array]> {
    for (const [term, blocks] of this.postings) for (const [block, refs] of blocks) yield [[term, block], encodeRefs(refs)];
  }

  lexiconRows(): Array<[string, number]> {
    return [...this.lexicon];
  }

  state(gen = 1): SearchState {
    return { nextSeq: this.docs.reduce((m, d) => Math.max(m, d.seq + 1), 0), gen };
  }

  /** Writes everything through the given tables (in one transaction of the caller's). */
  async write(tables: { searchDocs: Table; lexicon: Table; postings: Table; searchMeta: Table; searchLog: Table }, chunk = 20_000): Promise<void> {
    await tables.searchDocs.bulkPut(this.docs);
    const lex = this.lexiconRows();
    for (let i = 0; i < lex.length; i += chunk) {
      const part = lex.slice(i, i + chunk);
      await tables.lexicon.bulkPut(part.map((r) => r[1]), part.map((r) => r[0]));
    }
    let keys: PostingKey[] = [];
    let values: Uint8Array[] = [];
    for (const [key, value] of this.postingRows()) {
      keys.push(key);
      values.push(value);
      if (keys.length >= chunk) {
        await tables.postings.bulkPut(values, asKeys(keys));
        keys = [];
        values = [];
      }
    }
    if (keys.length) await tables.postings.bulkPut(values, asKeys(keys));
    const state = this.state((((await tables.searchMeta.get(STATE)) as SearchState | undefined)?.gen ?? 0) + 1);
    // No log entry for this generation: readers reload everything.
    await tables.searchLog.clear();
    await tables.searchMeta.put(state, STATE);
  }
}

/** Version 2's upgrader: numbers the saved meetings oldest first and indexes them. */
export async function indexExistingMeetings(tx: Transaction): Promise<void> {
  const meetings = await tx.table('meetings').toArray();
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const builder = new IndexBuilder();
  for (const [seq, m] of meetings.entries()) {
    // Saved items come back by number; the index keeps that order.
    const items = (await tx.table('items').where('meetingId').equals(m.id).sortBy('number')) as AgendaItem[];
    builder.add(seq, { meetingId: m.id, date: m.date, committee: m.committee, items });
  }
  await builder.write({ searchDocs: tx.table('searchDocs'), lexicon: tx.table('lexicon'), postings: tx.table('postings'), searchMeta: tx.table('searchMeta'), searchLog: tx.table('searchLog') });
}

// ---- Reading (inside a read transaction over searchTables) ----

export function readState(db: LibraryDb): Promise<SearchState | undefined> {
  return db.searchMeta.get(STATE);
}

export function readDocs(db: LibraryDb): Promise<SearchDoc[]> {
  return db.searchDocs.toArray();
}

/** Rows of every term that is `stem` or, with `prefix`, begins with it. */
export function readPostingFamily(db: LibraryDb, stem: string, prefix: boolean): Promise<Uint8Array[]> {
  const upper: PostingKey | [string] = prefix ? [stem + '\uffff'] : [stem, Infinity];
  return db.postings.where(':id').between([stem, -Infinity], upper, true, true).toArray();
}

/** Rows of one term in every block. */
export function readPostings(db: LibraryDb, term: string): Promise<Uint8Array[]> {
  return db.postings.where(':id').between([term, -Infinity], [term, Infinity], true, true).toArray();
}

/** Every lexicon term, sorted. */
export async function readLexicon(db: LibraryDb): Promise<string[]> {
  return (await db.lexicon.toCollection().primaryKeys()) as string[];
}

/** Log entries after generation `gen` up to `upTo`, or null when some were pruned. */
export async function readLogSince(db: LibraryDb, gen: number, upTo: number): Promise<SearchLogEntry[] | null> {
  const entries = await db.searchLog.where(':id').between(gen, upTo, false, true).toArray();
  return entries.length === upTo - gen ? entries : null;
}

export function readDocsBySeq(db: LibraryDb, seqs: number[]): Promise<Array<SearchDoc | undefined>> {
  return db.searchDocs.bulkGet(seqs);
}

/** Terms that begin with `prefix`, most frequent first: for suggestions as one types. */
export async function suggestTerms(db: LibraryDb, prefix: string, limit = 10): Promise<Array<{ term: string; items: number }>> {
  const out: Array<{ term: string; items: number }> = [];
  await db.lexicon.where(':id').startsWith(prefix).each((items, cursor) => {
    out.push({ term: cursor.primaryKey as string, items: items as number });
  });
  return out.sort((a, b) => b.items - a.items).slice(0, limit);
}
