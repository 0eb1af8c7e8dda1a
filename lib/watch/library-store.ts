/** The watcher's store over the library (lib/db/watch.ts). */
import {
  followedCommittees, hostChecks, markEntryFetched, recordEntries, recordHostCheck, saveWatchedMeeting, watchedEntries,
} from '../db/watch';
import type { LibraryDb } from '../db/schema';
import type { WatchStore } from './check';

export function libraryStore(db: LibraryDb, now: () => number = Date.now): WatchStore {
  return {
    followed: () => followedCommittees(db),
    entries: (host) => watchedEntries(db, host),
    hostChecks: () => hostChecks(db),
    recordEntries: (entries) => recordEntries(db, entries),
    saveFetched: (entry, meeting) => saveWatchedMeeting(db, entry, meeting, now()),
    markFetched: (entry) => markEntryFetched(db, entry),
    recordHost: (check) => recordHostCheck(db, check),
  };
}
