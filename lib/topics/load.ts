/**
 * Topics over the library: each topic's search (lib/search) joined with the
 * meetings' save times and the read marks, and its page's threads (lib/threads).
 * Reads only, except markTopicRead.
 */
import { readMarks, readMarksAt } from '../db/marks';
import { itemsOf, meetingsById, savedMeetings } from '../db/meetings';
import type { LibraryDb, Topic } from '../db/schema';
import { getTopic, listTopics, markTopicItemsRead } from '../db/topics';
import { search } from '../search/search';
import { matchItem } from '../search/match';
import { parseQuery } from '../search/query';
import { snippet } from '../search/snippet';
import { buildThreads } from '../threads/index';
import type { SavedMeeting, Thread, ThreadIndex } from '../threads/types';
import { countItems, groupItems, itemKey, topicItems, type MeetingInfo } from './index';
import type { TopicItem, TopicPage, TopicSummary } from './types';

/** Every saved item that matches `topic`, newest first, with read and news marks. */
export async function matchTopic(db: LibraryDb, topic: Topic): Promise<TopicItem[]> {
  const hits = await search(db, topic.query, { limit: Infinity });
  if (hits.length === 0) return [];
  const ids = [...new Set(hits.map((h) => h.meetingId))];
  const [meetings, reads] = await Promise.all([
    meetingsById(db, ids),
    readMarksAt(db, hits.map((h) => [h.meetingId, h.number])),
  ]);
  const info = new Map<string, MeetingInfo>();
  for (const m of meetings) if (m) info.set(m.id, { municipality: m.municipality, updatedAt: m.updatedAt });
  const read = new Set(reads.flatMap((r) => (r ? [itemKey(r.meetingId, r.number)] : [])));
  return topicItems(hits, info, (id, n) => read.has(itemKey(id, n)), topic.lastSeenAt);
}

/** Every topic with its counts, by label. */
export async function topicSummaries(db: LibraryDb): Promise<TopicSummary[]> {
  const topics = await listTopics(db);
  return Promise.all(topics.map(async (topic) => ({ topic, ...countItems(await matchTopic(db, topic)) })));
}

/** How many topics have news: the extension's badge. */
export async function topicsWithNews(db: LibraryDb): Promise<number> {
  return (await topicSummaries(db)).filter((s) => s.news > 0).length;
}

/**
 * The topics for which the meeting `meetingId` brings news, with those items. Each
 * topic's query is matched against this meeting's own items in memory (the search's
 * own rules, lib/search/match.ts), not searched over the whole library: a save or a
 * check costs the size of what it brought.
 */
export async function newsFromMeeting(db: LibraryDb, meetingId: string): Promise<Array<{ topic: Topic; items: TopicItem[] }>> {
  const [[record], items, reads, topics] = await Promise.all([meetingsById(db, [meetingId]), itemsOf(db, meetingId), readMarks(db, meetingId), listTopics(db)]);
  if (!record) return [];
  const read = new Set(reads.map((r) => r.number));
  const out: Array<{ topic: Topic; items: TopicItem[] }> = [];
  for (const topic of topics) {
    if (record.updatedAt <= topic.lastSeenAt) continue;
    const query = parseQuery(topic.query);
    const hits = items.flatMap((item) => {
      const match = read.has(item.number) ? null : matchItem(query, item);
      return match ? [{ item, match }] : [];
    });
    if (hits.length === 0) continue;
    out.push({
      topic,
      items: hits.map(({ item, match }) => ({
        meetingId, number: item.number, date: record.date, committee: record.committee, municipality: record.municipality,
        title: item.title, snippet: snippet(query, item), score: match.score, savedAt: record.updatedAt, read: false, news: true,
      })),
    });
  }
  return out;
}

export async function threadIndex(db: LibraryDb): Promise<{ index: ThreadIndex; meetings: SavedMeeting[] }> {
  // Threads need the whole library: a case number, a history entry or a dated reference can link any two meetings.
  const meetings: SavedMeeting[] = await savedMeetings(db);
  return { index: buildThreads(meetings), meetings };
}

/** A topic's page: its items newest first, grouped by thread. Undefined when the topic is gone. */
export async function topicPage(db: LibraryDb, id: number): Promise<TopicPage | undefined> {
  const topic = await getTopic(db, id);
  if (!topic) return undefined;
  const items = await matchTopic(db, topic);
  const { index, meetings } = await threadIndex(db);
  const byId = new Map(meetings.map((m) => [m.id, m.meeting]));
  const groups = groupItems(items, index, (meetingId, number) => byId.get(meetingId)?.items.find((i) => i.number === number));
  return { topic, items, groups, ...countItems(items) };
}

/** The thread with key `key`, if the library holds it. */
export async function loadThread(db: LibraryDb, key: string): Promise<Thread | undefined> {
  const { index } = await threadIndex(db);
  return index.threads.find((t) => t.key === key);
}

/** "Marker som læst": every matching item gets a read mark, and what is saved until now is seen. */
export async function markTopicRead(db: LibraryDb, id: number, now = Date.now()): Promise<void> {
  const topic = await getTopic(db, id);
  if (!topic) return;
  await markTopicItemsRead(db, id, await matchTopic(db, topic), now);
}
