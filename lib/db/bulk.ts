/**
 * Many rows at once, for bundles and the bridge (lib/sync, lib/bridge): every
 * meeting in date order, the marks and notes of many meetings, and marks, notes
 * and topics merged into the library by the import's rules. Apart from the
 * everyday queries, so the pages that never import or export do not load them.
 */
import type { Table } from 'dexie';
import type { LibraryDb, MeetingRecord, Note, ReadMark, Topic } from './schema';
import { normalizeTopicQuery } from './topics';
import type { ItemKey } from './marks';

/** Meetings oldest first; the same date by id. */
export function meetingsByDate(db: LibraryDb): Promise<MeetingRecord[]> {
  return db.meetings
    .orderBy('date')
    .toArray()
    .then((records) => records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/** Every read mark on the meetings `ids`. */
export function readMarksOn(db: LibraryDb, ids: string[]): Promise<ReadMark[]> {
  return db.reads.where('meetingId').anyOf(ids).toArray();
}

/** Every note on the meetings `ids`. */
export function notesOn(db: LibraryDb, ids: string[]): Promise<Note[]> {
  return db.notes.where('meetingId').anyOf(ids).toArray();
}

/** Writes the marks (read marks or notes) whose item the library has and that `wins` over the one there, if any. The number written. */
function mergeOnItems<T extends ReadMark | Note>(
  db: LibraryDb, table: Table<T, ItemKey>, marks: T[], wins: (mark: T, old: T | undefined) => boolean,
): Promise<number> {
  return db.transaction('rw', db.items, table, async () => {
    const keys = marks.map((m): ItemKey => [m.meetingId, m.number]);
    const [items, old] = await Promise.all([db.items.bulkGet(keys), table.bulkGet(keys)]);
    const written = marks.filter((m, i) => items[i] && wins(m, old[i]));
    await table.bulkPut(written);
    return written.length;
  });
}

/** Adds the read marks on items not read yet (a mark already there keeps its time: the user read it then). */
export function addReadMarks(db: LibraryDb, marks: ReadMark[]): Promise<number> {
  return mergeOnItems(db, db.reads, marks, (_, old) => !old);
}

/** Writes the notes where the item has no note or an older one. */
export function mergeNotes(db: LibraryDb, notes: Note[]): Promise<number> {
  return mergeOnItems(db, db.notes, notes, (note, old) => !old || old.updatedAt < note.updatedAt);
}

/**
 * Follows the topics whose query is not followed yet, with everything saved until
 * `now` seen (what came with them is not news); a query already followed keeps its
 * topic as it is. The number followed.
 */
export function addTopics(db: LibraryDb, topics: ReadonlyArray<Omit<Topic, 'id'>>, now: number): Promise<number> {
  return db.transaction('rw', db.topics, async () => {
    const followed = new Set((await db.topics.toArray()).map((t) => t.query));
    const added = topics
      .map((t) => ({ ...t, query: normalizeTopicQuery(t.query), lastSeenAt: Math.max(t.lastSeenAt, now) }))
      .filter((t) => !followed.has(t.query));
    // Ids are this library's own (auto-increment).
    await db.topics.bulkAdd(added as Topic[]);
    return added.length;
  });
}
