/** Libraries on fake-indexeddb for one test file: each call a new database, all deleted after each test (or after all). */
import 'fake-indexeddb/auto';
import { afterAll, afterEach } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';

export function tempLibraries(prefix: string, when: 'each' | 'all' = 'each'): () => LibraryDb {
  let n = 0;
  const open: LibraryDb[] = [];
  (when === 'each' ? afterEach : afterAll)(async () => {
    await Promise.all(open.splice(0).map((db) => db.delete()));
  });
  return () => {
    const db = new LibraryDb(`${prefix}-${n++}`);
    open.push(db);
    return db;
  };
}
