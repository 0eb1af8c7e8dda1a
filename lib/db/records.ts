/** A parsed Meeting and the records it is stored as, both ways. */
import type { AgendaItem, Meeting } from '../parse/types';
import { meetingIdentity } from './identity';
import { caseKey } from '../threads/keys';
import type { ItemRecord, MeetingRecord, MeetingSource } from './schema';

export function decisionsIn(items: readonly AgendaItem[]): number {
  return items.reduce((n, i) => n + i.decisions.length, 0);
}

/** The meeting's record (its head with the library's own fields) and one record per item. A saved meeting is whole: `partial` is not kept. */
export function toRecords(meeting: Meeting, id: string, source: MeetingSource, savedAt: number, now: number): { record: MeetingRecord; items: ItemRecord[] } {
  const { items, partial: _partial, ...head } = meeting;
  return {
    record: {
      ...head, id, identity: meetingIdentity(meeting), itemCount: items.length,
      decisionCount: decisionsIn(items), source, savedAt, updatedAt: now,
    },
    items: items.map((item) => ({ ...item, meetingId: id, caseKey: caseKey(item.caseNumber), date: meeting.date })),
  };
}

/** The meeting as the parser gave it: the library's own fields of the records go, the items stay in the order given. */
export function toMeeting(record: MeetingRecord, items: readonly ItemRecord[]): Meeting {
  const { id: _id, identity: _i, itemCount: _n, decisionCount: _d, source: _s, savedAt: _sa, updatedAt: _u, ...head } = record;
  return { ...head, items: items.map(({ meetingId: _m, caseKey: _c, date: _dt, ...item }) => item) };
}
