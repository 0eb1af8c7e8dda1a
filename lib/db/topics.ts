/** Followed topics: a saved search with the moment its news was last seen. */
import type { LibraryDb, Topic } from './schema';

/** "  Blå   Kors " → "Blå Kors": the form a topic's query is stored and compared in. */
export function normalizeTopicQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/**
 * Follows `query` and gives back its topic. Following a query already followed
 * returns that topic unchanged. What is saved before following is not news.
 */
export async function followTopic(db: LibraryDb, query: string, now = Date.now()): Promise<Topic> {
  const q = normalizeTopicQuery(query);
  if (q === '') throw new Error('Et emne skal have en søgning.');
  return db.transaction('rw', db.topics, async () => {
    const existing = await db.topics.where('query').equals(q).first();
    if (existing) return existing;
    const topic: Omit<Topic, 'id'> = { query: q, label: q, createdAt: now, lastSeenAt: now, notify: true };
    const id = await db.topics.add(topic as Topic);
    return { ...topic, id };
  });
}

export async function unfollowTopic(db: LibraryDb, id: number): Promise<void> {
  await db.topics.delete(id);
}

/** Topics by label, as the list shows them. */
export async function listTopics(db: LibraryDb): Promise<Topic[]> {
  const topics = await db.topics.toArray();
  return topics.sort((a, b) => a.label.localeCompare(b.label, 'da') || a.id - b.id);
}

/** Every topic in the order it was followed. */
export function allTopics(db: LibraryDb): Promise<Topic[]> {
  return db.topics.toArray();
}

export function getTopic(db: LibraryDb, id: number): Promise<Topic | undefined> {
  return db.topics.get(id);
}

export function findTopic(db: LibraryDb, query: string): Promise<Topic | undefined> {
  return db.topics.where('query').equals(normalizeTopicQuery(query)).first();
}

export async function setTopicNotify(db: LibraryDb, id: number, notify: boolean): Promise<void> {
  await db.topics.update(id, { notify });
}

/** Everything saved until `now` has been seen: no news until the next save. */
export async function markTopicSeen(db: LibraryDb, id: number, now = Date.now()): Promise<void> {
  await db.topics.update(id, { lastSeenAt: now });
}

/** "Marker som læst": every item gets a read mark (one it has keeps its time), and the topic has seen everything until `now`. */
export async function markTopicItemsRead(db: LibraryDb, id: number, items: ReadonlyArray<{ meetingId: string; number: number }>, now: number): Promise<void> {
  await db.transaction('rw', db.reads, db.topics, async () => {
    const existing = await db.reads.bulkGet(items.map((i) => [i.meetingId, i.number] as [string, number]));
    await db.reads.bulkPut(items.filter((_, k) => !existing[k]).map((i) => ({ meetingId: i.meetingId, number: i.number, readAt: now })));
    await db.topics.update(id, { lastSeenAt: now });
  });
}
