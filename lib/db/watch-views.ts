/**
 * Followed committees as a whole, for the export bundle and the bridge (lib/sync,
 * lib/bridge): what a library follows, read at one moment, and the same written
 * into another library. The checker's own queries are in watch.ts.
 */
import type { LibraryDb } from './schema';
import type { FollowedCommittee, HostCheck, WatchedEntry } from './watch-stores';

export interface WatchState {
  committees: FollowedCommittee[];
  entries: WatchedEntry[];
  hostChecks: HostCheck[];
}

/**
 * How a library takes another's state: `merge` adds what it lacks and takes newer
 * records (a file: nothing is removed), `replace` makes it the other's (the web
 * app from the extension beside it, which alone follows and checks): its committees
 * and host checks, and its entries from `from` (ISO, the first day the other sent) on.
 */
export type WatchMerge = 'merge' | { replace: { from: string } };

/** The followed committees, each host's last check, and the entries dated `from` (ISO) or later, read at one moment. */
export function watchState(db: LibraryDb, from: string): Promise<WatchState> {
  return db.transaction('r', db.committees, db.watchEntries, db.hostChecks, async () => {
    const [committees, entries, hostChecks] = await Promise.all([
      db.committees.toArray(),
      db.watchEntries.where('date').aboveOrEqual(from).toArray(),
      db.hostChecks.toArray(),
    ]);
    return { committees, entries, hostChecks };
  });
}

/** The same record whatever the order of its fields (a bundle keeps the file's order). */
function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** A release is newer when both have one and its text sorts later (the host writes ISO). */
const olderRelease = (entry: WatchedEntry, than: WatchedEntry) => !!entry.releasedAt && !!than.releasedAt && entry.releasedAt < than.releasedAt;

/**
 * Writes another library's state into this one, by `mode`, and only what differs
 * (the same state taken twice writes nothing). An entry whose meeting this library
 * does not have keeps the meeting it had. Runs in the caller's transaction when
 * there is one. The number of committees that are new here.
 */
export function applyWatchState(db: LibraryDb, state: WatchState, mode: WatchMerge): Promise<number> {
  return db.transaction('rw', db.committees, db.watchEntries, db.hostChecks, async () => {
    const [committees, entries, hostChecks] = await Promise.all([db.committees.toArray(), db.watchEntries.toArray(), db.hostChecks.toArray()]);
    const oldCommittees = new Map(committees.map((c) => [c.key, c]));
    const oldEntries = new Map(entries.map((e) => [e.id, e]));
    const oldChecks = new Map(hostChecks.map((h) => [h.host, h]));

    const replace = mode !== 'merge';
    if (replace) {
      const keys = new Set(state.committees.map((c) => c.key));
      const ids = new Set(state.entries.map((e) => e.id));
      const hosts = new Set(state.hostChecks.map((h) => h.host));
      // Earlier entries of a committee still followed stay: the other sent only those from `from` on.
      const goes = (e: WatchedEntry) => !ids.has(e.id) && (!keys.has(e.committeeKey) || e.date >= mode.replace.from);
      await db.committees.bulkDelete(committees.filter((c) => !keys.has(c.key)).map((c) => c.key));
      await db.watchEntries.bulkDelete(entries.filter(goes).map((e) => e.id));
      await db.hostChecks.bulkDelete(hostChecks.filter((h) => !hosts.has(h.host)).map((h) => h.host));
    }

    const newCommittees = state.committees.filter((c) => !oldCommittees.has(c.key));
    // Merging keeps a committee followed here as it is; replacing takes the other's record.
    const changedCommittees = replace ? state.committees.filter((c) => oldCommittees.has(c.key) && !sameRecord(c, oldCommittees.get(c.key))) : [];
    await db.committees.bulkPut([...newCommittees, ...changedCommittees]);

    const writtenEntries = state.entries.flatMap((entry) => {
      const old = oldEntries.get(entry.id);
      const next: WatchedEntry = { ...entry, meetingId: entry.meetingId ?? old?.meetingId ?? null };
      if (old && (sameRecord(old, next) || (mode === 'merge' && olderRelease(next, old)))) return [];
      return [next];
    });
    await db.watchEntries.bulkPut(writtenEntries);

    const writtenChecks = state.hostChecks.filter((check) => {
      const old = oldChecks.get(check.host);
      if (!old) return true;
      if (sameRecord(old, check)) return false;
      return replace || (check.checkedAt ?? -1) > (old.checkedAt ?? -1);
    });
    await db.hostChecks.bulkPut(writtenChecks);
    return newCommittees.length;
  });
}
