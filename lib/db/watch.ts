/** Every query on followed committees and what their checks saw (the records: watch-stores.ts). */
import type { Meeting } from '../parse/types';
import { saveMeeting, saveTables, type SaveResult } from './meetings';
import type { LibraryDb } from './schema';
import { DEFAULT_WATCH_SETTINGS, type FollowedCommittee, type HostCheck, type WatchedEntry, type WatchSettings } from './watch-stores';

export type { FollowedCommittee, HostCheck, HostRest, WatchedEntry, WatchSettings } from './watch-stores';

export function followedCommittees(db: LibraryDb): Promise<FollowedCommittee[]> {
  return db.committees.toArray();
}

export async function followCommittee(db: LibraryDb, committee: FollowedCommittee): Promise<void> {
  await db.committees.put(committee);
}

/** Unfollows a committee: its entries go, the meetings saved from them stay in the library. */
export async function unfollowCommittee(db: LibraryDb, key: string): Promise<void> {
  await db.transaction('rw', db.committees, db.watchEntries, async () => {
    await db.committees.delete(key);
    await db.watchEntries.where('committeeKey').equals(key).delete();
  });
}

export function watchedEntries(db: LibraryDb, host: string): Promise<WatchedEntry[]> {
  return db.watchEntries.where('host').equals(host).toArray();
}

/** Entries of followed committees on or after `date` (ISO), soonest first. */
export function entriesFrom(db: LibraryDb, date: string): Promise<WatchedEntry[]> {
  return db.watchEntries.where('date').aboveOrEqual(date).sortBy('date');
}

export function hostChecks(db: LibraryDb): Promise<HostCheck[]> {
  return db.hostChecks.toArray();
}

export async function recordHostCheck(db: LibraryDb, check: HostCheck): Promise<void> {
  await db.hostChecks.put(check);
}

export async function recordEntries(db: LibraryDb, entries: WatchedEntry[]): Promise<void> {
  await db.watchEntries.bulkPut(entries);
}

/** The entry was fetched at its current release, and saved as `meetingId` (null: its answer could not be read). */
async function markEntry(db: LibraryDb, entry: WatchedEntry, meetingId: string | null): Promise<void> {
  await db.watchEntries.put({ ...entry, fetchedRelease: entry.releasedAt, meetingId: meetingId ?? entry.meetingId });
}

export function markEntryFetched(db: LibraryDb, entry: WatchedEntry): Promise<void> {
  return markEntry(db, entry, null);
}

/** Saves a fetched meeting through the library's own save and marks its entry, in one transaction. */
export function saveWatchedMeeting(db: LibraryDb, entry: WatchedEntry, meeting: Meeting, now = Date.now()): Promise<SaveResult> {
  return db.transaction('rw', [...saveTables(db), db.watchEntries], async () => {
    const result = await saveMeeting(db, meeting, 'api', now);
    await markEntry(db, entry, result.meetingId);
    return result;
  });
}

export async function watchSettings(db: LibraryDb): Promise<WatchSettings> {
  return { ...DEFAULT_WATCH_SETTINGS, ...((await db.settings.get('watch')) as Partial<WatchSettings> | undefined) };
}

export async function setWatchSettings(db: LibraryDb, settings: WatchSettings): Promise<void> {
  await db.settings.put(settings, 'watch');
}

/** How far the running check is: shown while a first follow brings its meetings in. */
export interface CheckProgress {
  host: string;
  done: number;
  total: number;
  startedAt: number;
}

export async function setCheckProgress(db: LibraryDb, progress: CheckProgress | null): Promise<void> {
  if (progress) await db.settings.put(progress, 'progress');
  else await db.settings.delete('progress');
}

export async function checkProgress(db: LibraryDb): Promise<CheckProgress | null> {
  return ((await db.settings.get('progress')) as CheckProgress | undefined) ?? null;
}
