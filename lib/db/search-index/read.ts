/** Reading the search index, inside a read transaction over searchTables (readingIndex). */
import type { LibraryDb } from '../schema';
import type { PostingRow } from './postings';
import { docsOf } from './blocks';
import { STATE, type LexiconRow, type SearchDoc, type SearchLogEntry, type SearchState } from './stores';
import { searchTables } from './update';

/** Runs `read` in one read transaction over the index and the items, so a search sees one state of the library. */
export function readingIndex<T>(db: LibraryDb, read: () => Promise<T>): Promise<T> {
  return db.transaction('r', [...searchTables(db), db.items], read);
}

export function readState(db: LibraryDb): Promise<SearchState | undefined> {
  return db.searchMeta.get(STATE);
}

/** Every doc, from the block rows: a few hundred reads where the docs themselves would be thousands. */
export function readDocs(db: LibraryDb): Promise<SearchDoc[]> {
  return db.searchBlocks.toArray().then((rows) => rows.flatMap(docsOf));
}

/** The lexicon rows of `heads` (undefined where none), and every row whose head begins with one of `shorter`. */
export function readLexicon(db: LibraryDb, heads: string[], shorter: string[]): Promise<[Array<LexiconRow | undefined>, LexiconRow[]]> {
  return Promise.all([db.lexicon.bulkGet(heads), Promise.all(shorter.map((p) => db.lexicon.where('head').startsWith(p).toArray())).then((r) => r.flat())]);
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
