/** Every query on meetings and items. Multi-step writes run in one transaction. */
import type { Table } from 'dexie';
import type { Meeting } from '../parse/types';
import { meetingId, meetingIdentity } from './identity';
import { decisionsIn, toMeeting, toRecords } from './records';
import { addItems } from '../parse/meeting';
import type { ItemRecord, LibraryDb, MeetingRecord, MeetingSource } from './schema';
import { readSlotParts } from './search-index/read';
import { searchTables, updateSearchIndex } from './search-index/update';
import { threadTables, updateThreadIndex } from './thread-index/update';

export type SaveStatus = 'created' | 'updated' | 'unchanged' | 'kept';

export interface SaveResult {
  status: SaveStatus;
  meetingId: string;
  itemCount: number;
}

/** A meeting as its identity knows it. */
export type MeetingKey = Pick<Meeting, 'municipality' | 'committee' | 'date' | 'startTime'>;

/** The saved meeting that is the same meeting as `m`: same identity, and the same start time where both know it. */
export async function findSavedMeeting(db: LibraryDb, m: MeetingKey): Promise<MeetingRecord | undefined> {
  const candidates = await db.meetings.where('identity').equals(meetingIdentity(m)).toArray();
  return candidates.find((c) => c.startTime === m.startTime) ?? candidates.find((c) => !c.startTime || !m.startTime);
}

/**
 * Does the document hold more than what is saved (the agenda became minutes,
 * items or decisions were added)? Then the save button offers "Opdater".
 */
export function holdsMore(meeting: Meeting, saved: Pick<MeetingRecord, 'kind' | 'itemCount' | 'decisionCount'>): boolean {
  if (meeting.kind === 'referat' && saved.kind === 'dagsorden') return true;
  if (meeting.kind === 'dagsorden' && saved.kind === 'referat') return false;
  return meeting.items.length > saved.itemCount || decisionsIn(meeting.items) > saved.decisionCount;
}

function sameContent(a: readonly ItemRecord[], b: readonly ItemRecord[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `id`, or `id~2`, `id~3`, … when another meeting holds it: a meeting updated in place
 * keeps its id when its start time changes, so a new meeting at the old start time
 * would otherwise take over its record and leave its items behind.
 */
async function freeMeetingId(db: LibraryDb, id: string): Promise<string> {
  let candidate = id;
  for (let n = 2; await db.meetings.get(candidate); n++) candidate = `${id}~${n}`;
  return candidate;
}

/** The tables a save writes: the meeting, its items, and the search and thread indexes that follow them. */
export function saveTables(db: LibraryDb): Table[] {
  return [db.meetings, db.items, ...searchTables(db), ...threadTables(db)];
}

/**
 * Saves a meeting in one transaction. The same meeting saved again is updated in
 * place; an agenda saved after its minutes does not replace them ("kept"); a
 * partial document (a supplementary agenda, a page per item) adds its items to the
 * saved meeting. Read marks and notes live in their own tables and are never touched here.
 */
export async function saveMeeting(db: LibraryDb, document: Meeting, source: MeetingSource, now = Date.now()): Promise<SaveResult> {
  return db.transaction('rw', saveTables(db), async () => {
    const existing = await findSavedMeeting(db, document);
    if (existing && existing.kind === 'referat' && document.kind === 'dagsorden') {
      return { status: 'kept', meetingId: existing.id, itemCount: existing.itemCount };
    }
    const id = existing?.id ?? (await freeMeetingId(db, meetingId(document)));
    const old = existing ? await db.items.where('meetingId').equals(id).sortBy('number') : null;
    const meeting = existing && old && document.partial ? addItems(toMeeting(existing, old), document) : document;
    const { record, items } = toRecords(meeting, id, source, existing?.savedAt ?? now, now);
    if (existing && old) {
      const { updatedAt: _a, savedAt: _b, ...oldHead } = existing;
      const { updatedAt: _c, savedAt: _d, ...newHead } = record;
      if (sameContent(old, [...items].sort((a, b) => a.number - b.number)) && JSON.stringify(oldHead) === JSON.stringify(newHead)) {
        return { status: 'unchanged', meetingId: id, itemCount: items.length };
      }
      await db.items.where('meetingId').equals(id).delete();
    }
    await db.meetings.put(record);
    await db.items.bulkPut(items);
    // The search index follows in the same transaction: its old postings out, the new ones in.
    await updateSearchIndex(db, id, { meetingId: id, date: record.date, committee: record.committee, items: meeting.items }, old);
    // And the threads: the items whose links this meeting may change, and the threads they belong to.
    await updateThreadIndex(db, id, meeting, now);
    return { status: existing ? 'updated' : 'created', meetingId: id, itemCount: items.length };
  });
}

/** Meetings newest first. */
export function listMeetings(db: LibraryDb, limit = Infinity): Promise<MeetingRecord[]> {
  const query = db.meetings.orderBy('date').reverse();
  return (Number.isFinite(limit) ? query.limit(limit) : query).toArray();
}

/** Every meeting record, by id. */
export function meetingRecords(db: LibraryDb): Promise<MeetingRecord[]> {
  return db.meetings.toArray();
}

/** Meetings by id; undefined where there is none. */
export function meetingsById(db: LibraryDb, ids: string[]): Promise<Array<MeetingRecord | undefined>> {
  return db.meetings.bulkGet(ids);
}

/** Meetings saved most recently first. */
export function recentlySaved(db: LibraryDb, limit: number): Promise<MeetingRecord[]> {
  return db.meetings.orderBy('savedAt').reverse().limit(limit).toArray();
}

/** A meeting saved from `url` (a PDF's address), if any. */
export function meetingFrom(db: LibraryDb, url: string): Promise<MeetingRecord | undefined> {
  return db.meetings.where('sourceUrl').equals(url).first();
}

/**
 * How many meetings are saved. Counted from the search index's slot rows (a row per
 * 1,024 meetings, each saved meeting a non-zero count; every save and deletion keeps
 * them in its own transaction): IndexedDB counts a store by reading every record, some
 * 70 ms for 50,000 meetings.
 */
export async function countMeetings(db: LibraryDb): Promise<number> {
  let n = 0;
  for (const part of await readSlotParts(db)) for (const c of part.counts) if (c !== 0) n++;
  return n;
}

export function itemsOf(db: LibraryDb, id: string): Promise<ItemRecord[]> {
  return db.items.where('meetingId').equals(id).sortBy('number');
}

/** Items by [meetingId, number]; undefined where there is none. */
export function itemsByKey(db: LibraryDb, keys: Array<[string, number]>): Promise<Array<ItemRecord | undefined>> {
  return db.items.bulkGet(keys);
}

/** The meeting as the parser gave it, items in document order (for export and display). */
export async function loadMeeting(db: LibraryDb, id: string): Promise<Meeting | undefined> {
  return db.transaction('r', db.meetings, db.items, async () => {
    const record = await db.meetings.get(id);
    if (!record) return undefined;
    return toMeeting(record, await itemsOf(db, id));
  });
}

/**
 * Every saved meeting with its items, as the parser gave them, with its id: what
 * the thread rules need, as a case number, a history entry or a dated reference
 * can link any two meetings.
 */
export async function savedMeetings(db: LibraryDb): Promise<Array<{ id: string; meeting: Meeting }>> {
  const [meetings, items] = await db.transaction('r', db.meetings, db.items, () => Promise.all([db.meetings.toArray(), db.items.toArray()]));
  // Items come in key order, [meetingId+number]: grouped by meeting, in number order.
  const byMeeting = new Map<string, ItemRecord[]>();
  for (const item of items) {
    const list = byMeeting.get(item.meetingId);
    if (list) list.push(item);
    else byMeeting.set(item.meetingId, [item]);
  }
  return meetings.map((record) => ({ id: record.id, meeting: toMeeting(record, byMeeting.get(record.id) ?? []) }));
}

/** Removes a meeting with its items, read marks and notes, and its place in the search index and the threads. */
export async function deleteMeeting(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', [...saveTables(db), db.reads, db.notes], async () => {
    const old = await db.items.where('meetingId').equals(id).toArray();
    await updateSearchIndex(db, id, null, old);
    await updateThreadIndex(db, id, null, 0);
    await db.items.where('meetingId').equals(id).delete();
    await db.reads.where('meetingId').equals(id).delete();
    await db.notes.where('meetingId').equals(id).delete();
    await db.meetings.delete(id);
  });
}
