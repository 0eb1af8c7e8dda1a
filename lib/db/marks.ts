/** The user's read marks and notes on items. */
import { liveQuery } from 'dexie';
import type { LibraryDb, Note, ReadMark } from './schema';

/** [meetingId, number]: an item's key, and its read mark's and note's. */
export type ItemKey = [string, number];

export async function markRead(db: LibraryDb, meetingId: string, number: number, read = true, now = Date.now()): Promise<void> {
  if (read) await db.reads.put({ meetingId, number, readAt: now });
  else await db.reads.delete([meetingId, number]);
}

export function readMarks(db: LibraryDb, meetingId: string): Promise<ReadMark[]> {
  return db.reads.where('meetingId').equals(meetingId).toArray();
}

/** The read marks of these items; undefined where an item has none. */
export function readMarksAt(db: LibraryDb, keys: ItemKey[]): Promise<Array<ReadMark | undefined>> {
  return db.reads.bulkGet(keys);
}

/** Every read mark on the meetings `ids`. */
export function readMarksOn(db: LibraryDb, ids: string[]): Promise<ReadMark[]> {
  return db.reads.where('meetingId').anyOf(ids).toArray();
}

export function allReadMarks(db: LibraryDb): Promise<ReadMark[]> {
  return db.reads.toArray();
}

/**
 * Adds the read marks whose item the library has and that is not read yet (a mark
 * already there keeps its time: the user read it then). The number added.
 */
export function addReadMarks(db: LibraryDb, marks: ReadMark[]): Promise<number> {
  return db.transaction('rw', db.items, db.reads, async () => {
    const keys = marks.map((m): ItemKey => [m.meetingId, m.number]);
    const [items, old] = await Promise.all([db.items.bulkGet(keys), db.reads.bulkGet(keys)]);
    const added = marks.filter((_, i) => items[i] && !old[i]);
    await db.reads.bulkPut(added);
    return added.length;
  });
}

export async function setNote(db: LibraryDb, meetingId: string, number: number, text: string, now = Date.now()): Promise<void> {
  if (text.trim() === '') await db.notes.delete([meetingId, number]);
  else await db.notes.put({ meetingId, number, text, updatedAt: now });
}

export function notesOf(db: LibraryDb, meetingId: string): Promise<Note[]> {
  return db.notes.where('meetingId').equals(meetingId).toArray();
}

/** Every note on the meetings `ids`. */
export function notesOn(db: LibraryDb, ids: string[]): Promise<Note[]> {
  return db.notes.where('meetingId').anyOf(ids).toArray();
}

/** Writes the notes whose item the library has, where it has no note or an older one. The number written. */
export function mergeNotes(db: LibraryDb, notes: Note[]): Promise<number> {
  return db.transaction('rw', db.items, db.notes, async () => {
    const keys = notes.map((n): ItemKey => [n.meetingId, n.number]);
    const [items, old] = await Promise.all([db.items.bulkGet(keys), db.notes.bulkGet(keys)]);
    const newer = notes.filter((n, i) => items[i] && (!old[i] || old[i]!.updatedAt < n.updatedAt));
    await db.notes.bulkPut(newer);
    return newer.length;
  });
}

/** Calls `onChange` whenever the read marks or the followed topics change (in any tab), and once at the start. Returns the unsubscribe. */
export function watchReadsAndTopics(db: LibraryDb, onChange: () => void): () => void {
  const subscription = liveQuery(() => Promise.all([db.topics.toArray(), db.reads.toArray()])).subscribe({ next: onChange, error: () => {} });
  return () => subscription.unsubscribe();
}
