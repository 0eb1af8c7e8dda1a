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

export function allReadMarks(db: LibraryDb): Promise<ReadMark[]> {
  return db.reads.toArray();
}

export async function setNote(db: LibraryDb, meetingId: string, number: number, text: string, now = Date.now()): Promise<void> {
  if (text.trim() === '') await db.notes.delete([meetingId, number]);
  else await db.notes.put({ meetingId, number, text, updatedAt: now });
}

export function notesOf(db: LibraryDb, meetingId: string): Promise<Note[]> {
  return db.notes.where('meetingId').equals(meetingId).toArray();
}

/** Calls `onChange` whenever the read marks or the followed topics change (in any tab), and once at the start. Returns the unsubscribe. */
export function watchReadsAndTopics(db: LibraryDb, onChange: () => void): () => void {
  const subscription = liveQuery(() => Promise.all([db.topics.toArray(), db.reads.toArray()])).subscribe({ next: onChange, error: () => {} });
  return () => subscription.unsubscribe();
}
