/** Building the export bundle from the library: every meeting with its items, read marks and notes by meeting identity. */
import { loadMeeting } from '../db/meetings';
import { listTopics } from '../db/topics';
import type { LibraryDb } from '../db/schema';
import type { Meeting } from '../parse/types';
import { BUNDLE_FORMAT, BUNDLE_VERSION, refOf, type Bundle, type BundleNote, type BundleRead, type BundleTopic, type MeetingRef } from './bundle';

export interface ExportOptions {
  now?: Date;
  /** Called after each meeting is read. */
  onProgress?: (done: number, total: number) => void;
}

/** The whole library as one bundle, meetings oldest first, topics by label. Marks on items that no longer exist are left out. */
export async function buildBundle(db: LibraryDb, options: ExportOptions = {}): Promise<Bundle> {
  const { meetings, reads, notes, topics } = await db.transaction('r', [db.meetings, db.items, db.reads, db.notes, db.topics], async () => {
    const records = await db.meetings.orderBy('date').toArray();
    records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const meetings: Meeting[] = [];
    const refs = new Map<string, { ref: MeetingRef; numbers: Set<number> }>();
    for (const record of records) {
      const meeting = await loadMeeting(db, record.id);
      if (!meeting) continue;
      meetings.push(meeting);
      refs.set(record.id, { ref: refOf(meeting), numbers: new Set(meeting.items.map((i) => i.number)) });
      options.onProgress?.(meetings.length, records.length);
    }
    const known = (m: { meetingId: string; number: number }) => refs.get(m.meetingId)?.numbers.has(m.number) ?? false;
    const reads: BundleRead[] = (await db.reads.toArray())
      .filter(known)
      .map((r) => ({ meeting: refs.get(r.meetingId)!.ref, number: r.number, readAt: r.readAt }));
    const notes: BundleNote[] = (await db.notes.toArray())
      .filter(known)
      .map((n) => ({ meeting: refs.get(n.meetingId)!.ref, number: n.number, text: n.text, updatedAt: n.updatedAt }));
    const topics: BundleTopic[] = (await listTopics(db)).map(({ id: _id, ...topic }) => topic);
    return { meetings, reads, notes, topics };
  });
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: (options.now ?? new Date()).toISOString(), meetings, topics, reads, notes };
}

export function bundleJson(bundle: Bundle): string {
  return JSON.stringify(bundle);
}

/** "referat-pakke-2025-01-31.json". */
export function bundleFileName(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  return `referat-pakke-${local}.json`;
}
