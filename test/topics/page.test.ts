/**
 * A topic's page on a generated library with many threads (test/helpers/linked-library.ts):
 * its first groups, and the groups "Vis flere" adds, are exactly the start of the whole
 * grouping of every matching item by the threads buildThreads gives; its counts are
 * those of every matching item.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { listMeetings, saveMeeting, savedMeetings } from '../../lib/db/meetings';
import { markRead } from '../../lib/db/marks';
import { followTopic } from '../../lib/db/topics';
import { matchItem } from '../../lib/search/match';
import { parseQuery } from '../../lib/search/query';
import { snippet } from '../../lib/search/snippet';
import { savedEntry } from '../../lib/threads/assemble';
import { buildThreads } from '../../lib/threads/index';
import { compareNewest, countItems, topicGroup, topicItem } from '../../lib/topics/index';
import { topicCounts, topicPage } from '../../lib/topics/load';
import type { TopicGroup, TopicItem } from '../../lib/topics/types';
import { fillLibrary } from '../../bench/search-core';
import { linkedLibrary } from '../helpers/linked-library';

const COUNT = 300;
const SEEN = 1000;
let db: LibraryDb;

beforeAll(async () => {
  db = new LibraryDb('topic-page');
  const generated = linkedLibrary(COUNT);
  await fillLibrary(db, { meeting: (i) => generated.meeting(i), count: COUNT }, COUNT);
  // Saved after the topics were followed: news. Some items read.
  for (let i = COUNT; i < COUNT + 12; i++) await saveMeeting(db, generated.meeting(i), 'page', SEEN + i);
  const ids = (await listMeetings(db)).map((m) => m.id);
  for (let k = 0; k < ids.length; k += 3) await markRead(db, ids[k]!, 2 + (k % 5), true, SEEN + 1);
}, 120_000);

afterAll(async () => {
  db.close();
  await Dexie.delete('topic-page');
});

/** Every matching item grouped by thread, newest group first: the page as it was built from the whole library. */
async function wholeGrouping(query: string, lastSeenAt: number): Promise<TopicGroup[]> {
  const q = parseQuery(query);
  const saved = await savedMeetings(db);
  const records = new Map((await listMeetings(db)).map((m) => [m.id, m]));
  const threads = buildThreads(saved);
  const reads = new Set((await db.reads.toArray()).map((r) => `${r.meetingId}#${r.number}`));
  const items: Array<{ item: TopicItem; source: (typeof saved)[number]['meeting']['items'][number] }> = [];
  for (const { id, meeting } of saved) {
    for (const it of meeting.items) {
      const m = matchItem(q, it);
      if (!m) continue;
      const shown = { meetingId: id, number: it.number, date: meeting.date, committee: meeting.committee, title: it.title, snippet: snippet(q, it), score: m.score };
      items.push({ item: topicItem(shown, records.get(id)!, reads.has(`${id}#${it.number}`), lastSeenAt), source: it });
    }
  }
  items.sort((a, b) => compareNewest(a.item, b.item));
  const groups = new Map<string, typeof items>();
  for (const x of items) {
    const thread = threads.threadOf(x.item.meetingId, x.item.number);
    const key = thread ? thread.key : `item:${x.item.meetingId}#${x.item.number}`;
    groups.set(key, [...(groups.get(key) ?? []), x]);
  }
  return [...groups].map(([key, list]) => {
    const thread = threads.threadOf(list[0]!.item.meetingId, list[0]!.item.number) ?? null;
    const first = list[0]!;
    return topicGroup({ key, thread }, list.map((x) => x.item), thread ? undefined : savedEntry(first.item.meetingId, first.item, first.source));
  });
}

describe('a topic page on a library of many threads', () => {
  it.each(['beskæftigelsesplan', 'budgetopfølgning', 'borgere', 'godkendt', '"taget til efterretning"', 'beskæftigelsesudvalgt'])(
    'shows for "%s" the first groups of the whole grouping, more on asking, and the counts of every match',
    async (query) => {
      const topic = await followTopic(db, query, SEEN);
      const whole = await wholeGrouping(query, topic.lastSeenAt);
      expect(whole.length).toBeGreaterThan(5);
      for (const groups of [3, 5, 20, 1000]) {
        const page = (await topicPage(db, topic.id, groups))!;
        expect(page.groups).toEqual(whole.slice(0, groups));
        expect(page.more).toBe(whole.length > groups);
        expect(page.items).toEqual(page.groups.flatMap((g) => g.items).sort(compareNewest));
      }
      const all = whole.flatMap((g) => g.items);
      expect(await topicCounts(db, topic.id)).toEqual({ ...countItems(all), meetings: new Set(all.map((i) => i.meetingId)).size });
      expect(countItems(all).news).toBeGreaterThan(0);
    },
  );
});
