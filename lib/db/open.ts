/** The one library database of this origin (extension or web app), opened once. */
import { LibraryDb } from './schema';

let db: LibraryDb | null = null;

export function libraryDb(): LibraryDb {
  db ??= new LibraryDb();
  return db;
}

/**
 * A newer version of the app (another tab, after an update) wants to upgrade or
 * delete the database: this connection closes at once, so the upgrade is not
 * blocked, and stays closed, so this page's older code never writes into the
 * newer schema; `onOutdated` tells the user to reload. Without it (the
 * background) Dexie's default applies: close, and reopen on the next use.
 * Returns the unsubscribe.
 */
export function whenOutdated(library: LibraryDb, onOutdated: () => void): () => void {
  const handler = () => {
    library.close({ disableAutoOpen: true });
    onOutdated();
    // Stops the chain before Dexie's own handler, which would reopen.
    return false;
  };
  library.on('versionchange', handler);
  return () => library.on.versionchange.unsubscribe(handler);
}
