/** Reading the search index, inside a read transaction over searchTables (readingIndex). */
import Dexie from 'dexie';
import type { LibraryDb } from '../schema';
import type { PostingRow } from './postings';
import { LEXICON_UP_TO, STATE, type LexiconRow, type SearchDoc, type SearchLogEntry, type SearchState, type SlotPart } from './stores';
import { searchTables } from './update';

/** Runs `read` in one read transaction over the index and the items, so a search sees one state of the library. */
export function readingIndex<T>(db: LibraryDb, read: () => Promise<T>): Promise<T> {
  return db.transaction('r', [...searchTables(db), db.items], read);
}

export function readState(db: LibraryDb): Promise<SearchState | undefined> {
  return db.searchMeta.get(STATE);
}

/** Every meeting's date and item count: a row per 1,024 meetings. */
export function readSlotParts(db: LibraryDb): Promise<SlotPart[]> {
  return db.searchSlots.toArray();
}

export function readSlotPartsOf(db: LibraryDb, parts: number[]): Promise<Array<SlotPart | undefined>> {
  return db.searchSlots.bulkGet(parts);
}

/** The lexicon rows of `heads`; undefined where none. */
export function readLexicon(db: LibraryDb, heads: string[]): Promise<Array<LexiconRow | undefined>> {
  return db.lexicon.bulkGet(heads);
}

/** Every lexicon row whose head begins with one of `prefixes`. */
export function readLexiconFrom(db: LibraryDb, prefixes: string[]): Promise<LexiconRow[]> {
  return prefixes.length ? db.lexicon.where('head').startsWithAnyOf(prefixes).toArray() : Dexie.Promise.resolve([]);
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

/** The terms of the log entries the lexicon rows do not hold yet (after their `upTo`, up to `gen`); null when not `wanted`. */
export function readLexiconTail(db: LibraryDb, gen: number, wanted: boolean): Promise<string[] | null> {
  if (!wanted) return Dexie.Promise.resolve(null);
  return db.lexicon
    .get(LEXICON_UP_TO)
    .then((marker) => db.searchLog.where(':id').between(marker?.upTo ?? 0, gen, false, true).toArray())
    .then((entries) => entries.flatMap((e) => e.terms));
}
