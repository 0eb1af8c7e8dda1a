/**
 * The background's side of the bridge, on the extension's library: a v1 bundle
 * of the meetings (and topics) the web app lacks, and the app's topics and read
 * marks applied here. Shapes are checked by the caller (lib/messages.ts guards).
 */
import { holdsMore, findSavedMeeting, loadMeeting } from '../db/meetings';
import { normalizeTopicQuery } from '../db/topics';
import type { LibraryDb, ReadMark } from '../db/schema';
import type { Meeting } from '../parse/types';
import { BUNDLE_FORMAT, BUNDLE_VERSION, MeetingIndex, refOf, type Bundle, type BundleNote, type BundleRead } from '../sync/bundle';
import { importBundle } from '../sync/import';
import { MAX_PULL_MEETINGS, type Inventory, type InventoryMeeting, type Push } from './protocol';

/** Meetings the app lacks or holds less of (oldest first, at most `max`), their marks, and topics it does not follow. */
export async function pullBundle(db: LibraryDb, inventory: Inventory, max = MAX_PULL_MEETINGS, now = new Date()): Promise<{ bundle: Bundle; more: boolean }> {
  return db.transaction('r', [db.meetings, db.items, db.reads, db.notes, db.topics], async () => {
    const held = new MeetingIndex<InventoryMeeting>();
    inventory.meetings.forEach((m, i) => held.add(m, i));
    const records = await db.meetings.orderBy('date').toArray();
    const meetings: Meeting[] = [];
    const ids = new Map<string, { ref: ReturnType<typeof refOf>; numbers: Set<number> }>();
    let more = false;
    for (const record of records) {
      const there = held.find(record)?.meeting;
      if (there && !(record.kind === 'referat' && there.kind === 'dagsorden') && !holdsMoreThan(record, there)) continue;
      if (meetings.length >= max) {
        more = true;
        break;
      }
      const meeting = await loadMeeting(db, record.id);
      if (!meeting) continue;
      if (there && !holdsMore(meeting, there)) continue;
      meetings.push(meeting);
      ids.set(record.id, { ref: refOf(meeting), numbers: new Set(meeting.items.map((i) => i.number)) });
    }
    const known = (m: { meetingId: string; number: number }) => ids.get(m.meetingId)?.numbers.has(m.number) ?? false;
    const reads: BundleRead[] = ids.size === 0 ? [] : (await db.reads.where('meetingId').anyOf([...ids.keys()]).toArray())
      .filter(known).map((r) => ({ meeting: ids.get(r.meetingId)!.ref, number: r.number, readAt: r.readAt }));
    const notes: BundleNote[] = ids.size === 0 ? [] : (await db.notes.toArray())
      .filter(known).map((n) => ({ meeting: ids.get(n.meetingId)!.ref, number: n.number, text: n.text, updatedAt: n.updatedAt }));
    const followed = new Set(inventory.topics.map(normalizeTopicQuery));
    const topics = (await db.topics.toArray())
      .filter((t) => !followed.has(normalizeTopicQuery(t.query)))
      .map(({ id: _id, ...t }) => t);
    return { bundle: { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: now.toISOString(), meetings, topics, reads, notes }, more };
  });
}

/** A cheap look before loading items: more items or decisions than the app holds. */
function holdsMoreThan(record: { itemCount: number; decisionCount: number }, there: InventoryMeeting): boolean {
  return record.itemCount > there.itemCount || record.decisionCount > there.decisionCount;
}

/** Applies the app's topics (new queries are followed) and read marks (on items this library has, not yet read). */
export async function applyPush(db: LibraryDb, push: Push, now = Date.now()): Promise<{ topics: number; reads: number }> {
  return db.transaction('rw', db.tables, async () => {
    const summary = await importBundle(
      db,
      { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: new Date(now).toISOString(), meetings: [], topics: dedupeTopics(push.topics), reads: [], notes: [] },
      { now },
    );
    const marks: ReadMark[] = [];
    const seen = new Set<string>();
    for (const read of push.reads) {
      const record = await findSavedMeeting(db, read.meeting);
      if (!record) continue;
      const key = `${record.id}\u0000${read.number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!(await db.items.get([record.id, read.number]))) continue;
      if (await db.reads.get([record.id, read.number])) continue;
      marks.push({ meetingId: record.id, number: read.number, readAt: read.readAt });
    }
    await db.reads.bulkPut(marks);
    return { topics: summary.topics, reads: marks.length };
  });
}

function dedupeTopics(topics: Push['topics']): Push['topics'] {
  const seen = new Set<string>();
  return topics.filter((t) => {
    const q = normalizeTopicQuery(t.query);
    if (seen.has(q)) return false;
    seen.add(q);
    return true;
  });
}
