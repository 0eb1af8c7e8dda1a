/** The user's read marks and notes on items. */
import type { LibraryDb, Note, ReadMark } from './schema';

export async function markRead(db: LibraryDb, meetingId: string, number: number, read = true, now = Date.now()): Promise<void> {
  if (read) await db.reads.put({ meetingId, number, readAt: now });
  else await db.reads.delete([meetingId, number]);
}

export function readMarks(db: LibraryDb, meetingId: string): Promise<ReadMark[]> {
  return db.reads.where('meetingId').equals(meetingId).toArray();
}

export async function setNote(db: LibraryDb, meetingId: string, number: number, text: string, now = Date.now()): Promise<void> {
  if (text.trim() === '') await db.notes.delete([meetingId, number]);
  else await db.notes.put({ meetingId, number, text, updatedAt: now });
}

export function notesOf(db: LibraryDb, meetingId: string): Promise<Note[]> {
  return db.notes.where('meetingId').equals(meetingId).toArray();
}
