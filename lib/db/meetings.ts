/** Every query on meetings and items. Multi-step writes run in one transaction. */
import type { AgendaItem, Meeting } from '../parse/types';
import { meetingId, meetingIdentity } from './identity';
import { caseKey } from './keys';
import type { ItemRecord, LibraryDb, MeetingRecord, MeetingSource } from './schema';
import { searchTables, updateSearchIndex } from './search-index/update';

export type SaveStatus = 'created' | 'updated' | 'unchanged' | 'kept';

export interface SaveResult {
  status: SaveStatus;
  meetingId: string;
  itemCount: number;
}

function decisionsIn(items: readonly AgendaItem[]): number {
  return items.reduce((n, i) => n + i.decisions.length, 0);
}

function toRecords(meeting: Meeting, id: string, source: MeetingSource, savedAt: number, now: number): { record: MeetingRecord; items: ItemRecord[] } {
  const { items, ...head } = meeting;
  return {
    record: {
      ...head, id, identity: meetingIdentity(meeting), itemCount: items.length,
      decisionCount: decisionsIn(items), source, savedAt, updatedAt: now,
    },
    items: items.map((item) => ({ ...item, meetingId: id, caseKey: caseKey(item.caseNumber), date: meeting.date })),
  };
}

/** Saved meetings that are the same meeting as `m`: same identity, and the same start time where both know it. */
async function findSame(db: LibraryDb, m: Pick<Meeting, 'municipality' | 'committee' | 'date' | 'startTime'>): Promise<MeetingRecord | undefined> {
  const candidates = await db.meetings.where('identity').equals(meetingIdentity(m)).toArray();
  return candidates.find((c) => c.startTime === m.startTime) ?? candidates.find((c) => !c.startTime || !m.startTime);
}

export function findSavedMeeting(db: LibraryDb, m: Pick<Meeting, 'municipality' | 'committee' | 'date' | 'startTime'>): Promise<MeetingRecord | undefined> {
  return findSame(db, m);
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
 * Saves a meeting in one transaction. The same meeting saved again is updated in
 * place; an agenda saved after its minutes does not replace them ("kept"). Read
 * marks and notes live in their own tables and are never touched here.
 */
export async function saveMeeting(db: LibraryDb, meeting: Meeting, source: MeetingSource, now = Date.now()): Promise<SaveResult> {
  return db.transaction('rw', [db.meetings, db.items, ...searchTables(db)], async () => {
    const existing = await findSame(db, meeting);
    if (existing && existing.kind === 'referat' && meeting.kind === 'dagsorden') {
      return { status: 'kept', meetingId: existing.id, itemCount: existing.itemCount };
    }
    const id = existing?.id ?? meetingId(meeting);
    const { record, items } = toRecords(meeting, id, source, existing?.savedAt ?? now, now);
    let old: ItemRecord[] | null = null;
    if (existing) {
      old = await db.items.where('meetingId').equals(id).sortBy('number');
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
    return { status: existing ? 'updated' : 'created', meetingId: id, itemCount: items.length };
  });
}

/** Meetings newest first. */
export function listMeetings(db: LibraryDb, limit = Infinity): Promise<MeetingRecord[]> {
  const query = db.meetings.orderBy('date').reverse();
  return (Number.isFinite(limit) ? query.limit(limit) : query).toArray();
}

/** Meetings saved most recently first. */
export function recentlySaved(db: LibraryDb, limit: number): Promise<MeetingRecord[]> {
  return db.meetings.orderBy('savedAt').reverse().limit(limit).toArray();
}

export function getMeeting(db: LibraryDb, id: string): Promise<MeetingRecord | undefined> {
  return db.meetings.get(id);
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
    const items = await db.items.where('meetingId').equals(id).sortBy('number');
    const { id: _id, identity: _i, itemCount: _n, decisionCount: _d, source: _s, savedAt: _sa, updatedAt: _u, ...head } = record;
    return { ...head, items: items.map(({ meetingId: _m, caseKey: _c, date: _dt, ...item }) => item) };
  });
}

/** Removes a meeting with its items, read marks and notes. */
export async function deleteMeeting(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', [db.meetings, db.items, db.reads, db.notes, ...searchTables(db)], async () => {
    const old = await db.items.where('meetingId').equals(id).toArray();
    await updateSearchIndex(db, id, null, old);
    await db.items.where('meetingId').equals(id).delete();
    await db.reads.where('meetingId').equals(id).delete();
    await db.notes.where('meetingId').equals(id).delete();
    await db.meetings.delete(id);
  });
}
