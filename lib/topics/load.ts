/**
 * Topics over the library: each topic's matching items (lib/search) joined with
 * the meetings' save times and the read marks, and its page's threads, read from
 * the threads the library keeps (lib/db/thread-index). A page reads the newest
 * matches and only their threads; the counts read every match, apart.
 * Reads only, except markTopicRead.
 */
import { readFlags, readMarks, readMarksAt } from '../db/marks';
import { itemsByKey, itemsOf, meetingsById } from '../db/meetings';
import type { ItemRecord, LibraryDb, Topic } from '../db/schema';
import { meetingRefs, meetingsUpdatedAfter, threadByKey, threadsOfItems } from '../db/thread-index/read';
import type { MeetingRef } from '../db/thread-index/stores';
import { getTopic, listTopics, markTopicItemsRead } from '../db/topics';
import { matchItem } from '../search/match';
import { matchesNewestFirst, type MatchRef } from '../search/matches';
import { parseQuery, type Query } from '../search/query';
import { snippet } from '../search/snippet';
import { savedEntry } from '../threads/assemble';
import type { Thread } from '../threads/types';
import { compareNewest, itemKey, pickGroups, topicGroup, topicItem, type PickedGroup } from './index';
import type { TopicItem, TopicPage, TopicSummary, TopicTally } from './types';

/** Groups a topic's page shows at first, and more each time. */
export const TOPIC_GROUPS = 10;

const keyOf = (m: { meetingId: string; number: number }): [string, number] => [m.meetingId, m.number];

/** The items of the meetings `ids` that match each topic and are unread, for the topics whose news they can be. */
async function newsIn(db: LibraryDb, ids: string[], topics: Topic[]): Promise<Array<{ topic: Topic; items: TopicItem[] }>> {
  const [records, items, reads] = await Promise.all([meetingsById(db, ids), Promise.all(ids.map((id) => itemsOf(db, id))), Promise.all(ids.map((id) => readMarks(db, id)))]);
  const read = new Set(reads.flat().map((r) => itemKey(r.meetingId, r.number)));
  const out: Array<{ topic: Topic; items: TopicItem[] }> = [];
  for (const topic of topics) {
    const query = parseQuery(topic.query);
    const found: TopicItem[] = [];
    records.forEach((record, m) => {
      if (!record || record.updatedAt <= topic.lastSeenAt) return;
      for (const item of items[m]!) {
        const match = read.has(itemKey(record.id, item.number)) ? null : matchItem(query, item);
        if (!match) continue;
        found.push(topicItem({ ...record, meetingId: record.id, number: item.number, title: item.title, snippet: snippet(query, item), score: match.score }, record, false, topic.lastSeenAt));
      }
    });
    if (found.length > 0) out.push({ topic, items: found.sort(compareNewest) });
  }
  return out;
}

/**
 * The topics for which the meeting `meetingId` brings news, with those items. Each
 * topic's query is matched against this meeting's own items in memory (the search's
 * own rules, lib/search/match.ts), not searched over the whole library: a save or a
 * check costs the size of what it brought.
 */
export async function newsFromMeeting(db: LibraryDb, meetingId: string): Promise<Array<{ topic: Topic; items: TopicItem[] }>> {
  return newsIn(db, [meetingId], await listTopics(db));
}

/**
 * Meetings saved since a topic was last seen, up to which its news is found by
 * matching their items in memory; past it, from the index's matches (a topic not
 * opened for a year must not make every save read a year of meetings).
 */
const NEWS_IN_MEMORY = 32;

/** Of `matches` and their read marks, how many are news: unread, in a meeting saved or changed after `since`. */
async function newsAmong(db: LibraryDb, since: number, matches: readonly MatchRef[], reads: readonly boolean[]): Promise<number> {
  const fresh = new Set(await meetingsUpdatedAfter(db, since));
  return matches.filter((m, i) => !reads[i] && fresh.has(m.meetingId)).length;
}

/** Does the topic have news? Few meetings since it was seen are matched in memory, many through the index. */
async function hasNews(db: LibraryDb, topic: Topic): Promise<boolean> {
  const ids = await meetingsUpdatedAfter(db, topic.lastSeenAt);
  if (ids.length === 0) return false;
  if (ids.length <= NEWS_IN_MEMORY) return (await newsIn(db, ids, [topic])).length > 0;
  const { matches } = await matchesNewestFirst(db, parseQuery(topic.query));
  const fresh = new Set(ids);
  const candidates = matches.filter((m) => fresh.has(m.meetingId));
  return (await readFlags(db, candidates.map(keyOf))).some((read) => !read);
}

/** Every match of a topic, its counts and in how many meetings. */
async function topicTally(db: LibraryDb, topic: Topic): Promise<TopicTally> {
  const { matches } = await matchesNewestFirst(db, parseQuery(topic.query));
  const reads = await readFlags(db, matches.map(keyOf));
  const news = await newsAmong(db, topic.lastSeenAt, matches, reads);
  return { count: matches.length, news, unread: reads.filter((r) => !r).length, meetings: new Set(matches.map((m) => m.meetingId)).size };
}

/** The counts of topic `id` for its page; undefined when the topic is gone. */
export async function topicCounts(db: LibraryDb, id: number): Promise<TopicTally | undefined> {
  const topic = await getTopic(db, id);
  return topic && topicTally(db, topic);
}

/** Every topic with its counts, by label. */
export async function topicSummaries(db: LibraryDb): Promise<TopicSummary[]> {
  const topics = await listTopics(db);
  return Promise.all(topics.map(async (topic) => {
    const { count, news, unread } = await topicTally(db, topic);
    return { topic, count, news, unread };
  }));
}

/** How many topics have news: the extension's badge. */
export async function topicsWithNews(db: LibraryDb): Promise<number> {
  const topics = await listTopics(db);
  return (await Promise.all(topics.map((t) => hasNews(db, t)))).filter(Boolean).length;
}

/** The first `groups` groups of matches newest first: more matches are read until they are found or there are no more. */
async function firstGroups(db: LibraryDb, query: Query, groups: number) {
  for (let want = groups * 2; ; want *= 4) {
    const found = await matchesNewestFirst(db, query, want);
    const threads = await threadsOfItems(db, found.matches.map(keyOf));
    const { picked, rest } = pickGroups(found.matches, threads, groups);
    if (picked.length >= groups || found.complete) return { picked, more: rest || !found.complete, known: new Map(found.matches.map((m) => [itemKey(m.meetingId, m.number), m.score])) };
  }
}

/** The saved items of a group: every saved entry of its thread, or its one item. */
function membersOf(g: PickedGroup): Array<[string, number]> {
  return g.thread ? g.thread.entries.flatMap((e): Array<[string, number]> => (e.saved ? [[e.meetingId!, e.number!]] : [])) : [keyOf(g.first)];
}

interface Found {
  item: ItemRecord;
  topicItem: TopicItem;
}

/**
 * The items among `keys` that match, as topic items, by key: those the index gave
 * (`known`, with their scores) as they are, the others matched in memory.
 */
function matching(
  query: Query, topic: Topic, keys: Array<[string, number]>, items: Array<ItemRecord | undefined>, read: Array<unknown>, refs: Array<MeetingRef | undefined>, known: ReadonlyMap<string, number>,
): Map<string, Found> {
  const meetings = new Map(refs.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  const out = new Map<string, Found>();
  keys.forEach(([meetingId, number], i) => {
    const item = items[i];
    const meeting = meetings.get(meetingId);
    if (!item || !meeting) return;
    const score = known.get(itemKey(meetingId, number)) ?? matchItem(query, item)?.score;
    if (score === undefined) return;
    const shown = { meetingId, number, date: meeting.date, committee: meeting.committee, title: item.title, snippet: snippet(query, item), score };
    out.set(itemKey(meetingId, number), { item, topicItem: topicItem(shown, meeting, !!read[i], topic.lastSeenAt) });
  });
  return out;
}

/**
 * A topic's page: the `groups` groups with the newest matching items, each thread with
 * every matching item it holds (found among its items in memory, by the search's own
 * rules). Undefined when the topic is gone.
 */
export async function topicPage(db: LibraryDb, id: number, groups = TOPIC_GROUPS): Promise<TopicPage | undefined> {
  const topic = await getTopic(db, id);
  if (!topic) return undefined;
  const query = parseQuery(topic.query);
  const { picked, more, known } = await firstGroups(db, query, groups);
  const members = picked.map(membersOf);
  const keys = [...new Map(members.flat().map((k) => [itemKey(...k), k])).values()];
  const [items, reads, refs] = await Promise.all([itemsByKey(db, keys), readMarksAt(db, keys), meetingRefs(db, [...new Set(keys.map(([m]) => m))])]);
  const found = matching(query, topic, keys, items, reads, refs, known);
  const shown = picked.flatMap((g, i) => {
    const list = members[i]!.flatMap((k) => found.get(itemKey(...k)) ?? []).sort((a, b) => compareNewest(a.topicItem, b.topicItem));
    if (list.length === 0) return [];
    const lone = g.thread ? undefined : savedEntry(g.first.meetingId, g.first, list[0]!.item);
    return [topicGroup(g, list.map((f) => f.topicItem), lone)];
  });
  return { topic, groups: shown, items: shown.flatMap((g) => g.items).sort(compareNewest), more };
}

/** The thread with key `key`, if the library holds it. */
export function loadThread(db: LibraryDb, key: string): Promise<Thread | undefined> {
  return threadByKey(db, key);
}

/** "Marker som læst": every matching item gets a read mark, and what is saved until now is seen. */
export async function markTopicRead(db: LibraryDb, id: number, now = Date.now()): Promise<void> {
  const topic = await getTopic(db, id);
  if (!topic) return;
  const { matches } = await matchesNewestFirst(db, parseQuery(topic.query));
  await markTopicItemsRead(db, id, matches, now);
}

