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

/**
 * Up to this many items, their marks are looked up by key; past it, every mark's key
 * is read once: IndexedDB takes about a second to look up 40,000 keys, and some 30 ms
 * to list 5,000 marks (what a topic of a large library matches far exceeds what its
 * reader has marked).
 */
export const MARKS_BY_KEY = 1_000;

/** Whether each of these items has a read mark. */
export async function readFlags(db: LibraryDb, keys: ItemKey[]): Promise<boolean[]> {
  if (keys.length <= MARKS_BY_KEY) return (await readMarksAt(db, keys)).map((r) => r !== undefined);
  const key = (meetingId: string, number: number) => `${meetingId}\u0000${number}`;
  const marked = new Set((await db.reads.toCollection().primaryKeys()).map((k) => key(...(k as unknown as ItemKey))));
  return keys.map(([meetingId, number]) => marked.has(key(meetingId, number)));
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
