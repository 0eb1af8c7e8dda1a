/** The one library database of this origin (extension or web app), opened once. */
import { LibraryDb } from './schema';

let db: LibraryDb | null = null;

export function libraryDb(): LibraryDb {
  db ??= new LibraryDb();
  return db;
}
