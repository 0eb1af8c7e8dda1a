/**
 * Moving the library to a phone by file ("Send til telefonen"), in the `settings`
 * store (watch-stores.ts): when this library last sent a file, which meetings
 * changed since then, the newest file that came in, when each meeting of those
 * files last changed on the side that sent it, and the web app's note to iOS users.
 */
import type { LibraryDb, MeetingRecord } from './schema';

const SENT = 'transfer:sent';
const RECEIVED = 'transfer:received';
const PHONE_NOTICE = 'transfer:phone-notice';
/** One key per meeting: `transfer:changed:<meeting id>`. */
const CHANGED = 'transfer:changed:';

/** When this library last handed a file to the phone (ms), null before the first time. */
export async function lastSent(db: LibraryDb): Promise<number | null> {
  return ((await db.settings.get(SENT)) as number | undefined) ?? null;
}

export async function setLastSent(db: LibraryDb, at: number): Promise<void> {
  await db.settings.put(at, SENT);
}

/**
 * The ids of the meetings a phone lacks when it has everything up to `since` (ms): saved or
 * changed after it, or with a read mark or note made after it.
 */
export async function meetingsChangedSince(db: LibraryDb, since: number): Promise<Set<string>> {
  return db.transaction('r', db.meetings, db.reads, db.notes, async () => {
    const [changed, reads, notes] = await Promise.all([
      db.meetings.filter((m: MeetingRecord) => m.updatedAt > since).primaryKeys(),
      db.reads.filter((r) => r.readAt > since).toArray(),
      db.notes.filter((n) => n.updatedAt > since).toArray(),
    ]);
    return new Set([...changed, ...reads.map((r) => r.meetingId), ...notes.map((n) => n.meetingId)]);
  });
}

/** The newest file that came in: when it was made on the other side (ISO) and when it was imported here (ms). */
export interface Received {
  exportedAt: string;
  receivedAt: number;
}

export async function lastReceived(db: LibraryDb): Promise<Received | null> {
  return ((await db.settings.get(RECEIVED)) as Received | undefined) ?? null;
}

/** Remembers a file that came in, unless one made at the same time or later came in before (so the same file twice changes nothing). */
export async function noteReceived(db: LibraryDb, received: Received): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const last = (await db.settings.get(RECEIVED)) as Received | undefined;
    if (!last || Date.parse(last.exportedAt) < Date.parse(received.exportedAt)) await db.settings.put(received, RECEIVED);
  });
}

/** When each meeting last changed on the side that sent it, as the files said; undefined where none did. */
export async function changedAtOf(db: LibraryDb, meetingIds: string[]): Promise<Array<number | undefined>> {
  return (await db.settings.bulkGet(meetingIds.map((id) => CHANGED + id))) as Array<number | undefined>;
}

/** Writes when meetings last changed on the sending side. */
export async function setChangedAt(db: LibraryDb, changes: ReadonlyArray<{ meetingId: string; changedAt: number }>): Promise<void> {
  await db.settings.bulkPut(changes.map((c) => c.changedAt), changes.map((c) => CHANGED + c.meetingId));
}

/** What the web app told an iOS user: when she closed the note about the home screen, and the last reminder to transfer. */
export interface PhoneNoticeState {
  introClosedAt: number | null;
  reminderClosedAt: number | null;
}

export async function phoneNoticeState(db: LibraryDb): Promise<PhoneNoticeState> {
  return { introClosedAt: null, reminderClosedAt: null, ...((await db.settings.get(PHONE_NOTICE)) as Partial<PhoneNoticeState> | undefined) };
}

export async function setPhoneNoticeState(db: LibraryDb, state: PhoneNoticeState): Promise<void> {
  await db.settings.put(state, PHONE_NOTICE);
}
