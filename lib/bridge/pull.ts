/**
 * The background's side of the bridge, on the extension's library: a v1 bundle
 * of the meetings (and topics) the web app lacks, and the app's topics and read
 * marks applied here. Shapes are checked by the caller (lib/messages.ts guards).
 */
import { addReadMarks, addTopics } from '../db/bulk';
import { findSavedMeeting, holdsMore } from '../db/meetings';
import type { LibraryDb, MeetingRecord, ReadMark } from '../db/schema';
import { allTopics, normalizeTopicQuery } from '../db/topics';
import { readingLibrary, writingLibrary } from '../db/transactions';
import { MeetingIndex, type Bundle } from '../sync/bundle';
import { bundleOf, collectMeetings, collectWatch } from '../sync/export';
import { bundleTopic } from '../sync/refs';
import { MAX_PULL_MEETINGS, type Inventory, type InventoryMeeting, type Push } from './protocol';

/**
 * Meetings the app lacks or holds less of (oldest first, at most `max`), their marks, topics it
 * does not follow, and the followed committees with their upcoming meetings and host checks as
 * they are now (every time: the app takes them whole, as it cannot check by itself).
 */
export async function pullBundle(db: LibraryDb, inventory: Inventory, max = MAX_PULL_MEETINGS, now = new Date()): Promise<{ bundle: Bundle; more: boolean }> {
  const held = new MeetingIndex<InventoryMeeting>();
  inventory.meetings.forEach((m, i) => held.add(m, i));
  const there = (record: MeetingRecord) => held.find(record)?.meeting;
  const followed = new Set(inventory.topics.map(normalizeTopicQuery));
  return readingLibrary(db, async () => {
    const { meetings, reads, notes, more } = await collectMeetings(db, {
      wants: (record) => {
        const app = there(record);
        return !app || (record.kind === 'referat' && app.kind === 'dagsorden') || holdsMoreThan(record, app);
      },
      keeps: (record, meeting) => {
        const app = there(record);
        return !app || holdsMore(meeting, app);
      },
      max,
    });
    const topics = (await allTopics(db)).filter((t) => !followed.has(normalizeTopicQuery(t.query))).map(bundleTopic);
    return { bundle: bundleOf({ meetings, topics, reads, notes, ...(await collectWatch(db, now, true)) }, now), more };
  });
}

/** A cheap look before loading items: more items or decisions than the app holds. */
function holdsMoreThan(record: { itemCount: number; decisionCount: number }, there: InventoryMeeting): boolean {
  return record.itemCount > there.itemCount || record.decisionCount > there.decisionCount;
}

/** Applies the app's topics (new queries are followed) and read marks (on items this library has, not yet read). */
export async function applyPush(db: LibraryDb, push: Push, now = Date.now()): Promise<{ topics: number; reads: number }> {
  return writingLibrary(db, async () => {
    const topics = await addTopics(db, dedupeTopics(push.topics), now);
    const marks: ReadMark[] = [];
    const seen = new Set<string>();
    for (const read of push.reads) {
      const record = await findSavedMeeting(db, read.meeting);
      if (!record) continue;
      const key = `${record.id}\u0000${read.number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      marks.push({ meetingId: record.id, number: read.number, readAt: read.readAt });
    }
    return { topics, reads: await addReadMarks(db, marks) };
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
