/**
 * Several queries of lib/db as one: run in one transaction over every table, so
 * the steps of `work` see one state of the library (reading) or land all or
 * none (writing). `work` may await only lib/db queries: IndexedDB closes a
 * transaction that waits on anything else.
 */
import type { LibraryDb } from './schema';

export function readingLibrary<T>(db: LibraryDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('r', db.tables, work);
}

export function writingLibrary<T>(db: LibraryDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.tables, work);
}
