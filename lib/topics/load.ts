/**
 * Topics over the library: each topic's search (lib/search) joined with the
 * meetings' save times and the read marks, and its page's threads (lib/threads).
 * Reads only, except markTopicRead.
 */
import { readMarksAt } from '../db/marks';
import { meetingsById, savedMeetings } from '../db/meetings';
import type { LibraryDb, Topic } from '../db/schema';
import { getTopic, listTopics, markTopicItemsRead } from '../db/topics';
import { search } from '../search/search';
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

/** The topics for which the meeting `meetingId` brings news, with those items. */
export async function newsFromMeeting(db: LibraryDb, meetingId: string): Promise<Array<{ topic: Topic; items: TopicItem[] }>> {
  const out: Array<{ topic: Topic; items: TopicItem[] }> = [];
  for (const topic of await listTopics(db)) {
    const items = (await matchTopic(db, topic)).filter((i) => i.news && i.meetingId === meetingId);
    if (items.length > 0) out.push({ topic, items });
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
