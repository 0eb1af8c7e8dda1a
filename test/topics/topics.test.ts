/** Topics on fake-indexeddb with the five seeds: following, news, read marks and threads. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { markRead } from '../../lib/db/marks';
import { findTopic, followTopic, listTopics, markTopicSeen, normalizeTopicQuery, setTopicNotify, unfollowTopic } from '../../lib/db/topics';
import { loadThread, markTopicRead, newsFromMeeting, topicCounts, topicPage, topicSummaries, topicsWithNews } from '../../lib/topics/load';
import type { TopicGroup, TopicItem } from '../../lib/topics/types';
import { meetingOf, SEEDS } from '../helpers/fixtures';

let db: LibraryDb;
let n = 0;

beforeEach(() => {
  db = new LibraryDb(`topics-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const at = (items: readonly Pick<TopicItem, 'date' | 'number'>[]) => items.map((i) => `${i.date} ${i.number}`);
const rowsAt = (group: TopicGroup) => group.rows.map((r) => `${r.entry.date} ${r.entry.number}`);

async function saveAll(except: string[] = [], at = 1000): Promise<void> {
  for (const path of Object.values(SEEDS)) if (!except.includes(path)) await saveMeeting(db, meetingOf(path), 'file', at);
}

describe('following a topic', () => {
  it('stores the query once, trimmed, and can be unfollowed', async () => {
    const a = await followTopic(db, '  Blå   Kors Varmestue ', 500);
    const b = await followTopic(db, 'Blå Kors Varmestue', 600);
    expect(b).toEqual(a);
    expect(a).toMatchObject({ query: 'Blå Kors Varmestue', label: 'Blå Kors Varmestue', createdAt: 500, lastSeenAt: 500, notify: true });
    expect(normalizeTopicQuery(' a  b ')).toBe('a b');
    expect((await findTopic(db, 'Blå Kors  Varmestue'))?.id).toBe(a.id);
    await setTopicNotify(db, a.id, false);
    expect((await listTopics(db))[0]?.notify).toBe(false);
    await unfollowTopic(db, a.id);
    expect(await listTopics(db)).toEqual([]);
    await expect(followTopic(db, '   ')).rejects.toThrow();
  });

  it('opens a version 2 library and adds the topics table', async () => {
    const name = `topics-upgrade-${n++}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ meetings: 'id' });
    await v2.open();
    v2.close();
    const upgraded = new LibraryDb(name);
    await followTopic(upgraded, 'gadeplan');
    // Opened at today's version (5: the kept threads), with the topics table of version 3.
    expect(upgraded.verno).toBe(5);
    expect(await upgraded.topics.count()).toBe(1);
    upgraded.close();
    await Dexie.delete(name);
  });
});

describe('news', () => {
  it('a saved meeting that matches a followed topic marks the topic as having news; marking read clears it', async () => {
    // The library holds the other seeds when she follows the topic: they are not news.
    await saveAll([SEEDS.herning2023], 1000);
    const topic = await followTopic(db, 'Blå Kors Varmestue', 2000);
    expect(await topicSummaries(db)).toEqual([{ topic, count: 0, news: 0, unread: 0 }]);
    expect(await topicsWithNews(db)).toBe(0);

    const { meetingId } = await saveMeeting(db, meetingOf(SEEDS.herning2023), 'page', 3000);
    const [summary] = await topicSummaries(db);
    expect(summary).toMatchObject({ count: 1, news: 1, unread: 1 });
    expect(await topicsWithNews(db)).toBe(1);

    const page = (await topicPage(db, topic.id))!;
    expect(at(page.items)).toEqual(['2023-08-22 48']);
    expect(page.items[0]).toMatchObject({
      meetingId, number: 48, committee: 'Beskæftigelsesudvalget', municipality: 'Herning Kommune',
      title: 'Samling af Blå Kors Varmestue og det øvrige misbrug/udsatte-område', read: false, news: true, savedAt: 3000,
    });
    expect(page.items[0]!.snippet.filter((s) => s.hit).map((s) => s.text)).toContain('Blå Kors Varmestue');
    expect(await newsFromMeeting(db, meetingId)).toEqual([{ topic, items: page.items }]);

    await markTopicRead(db, topic.id, 4000);
    expect((await topicSummaries(db))[0]).toMatchObject({ count: 1, news: 0, unread: 0 });
    expect((await topicPage(db, topic.id))!.items[0]).toMatchObject({ read: true, news: false });
    expect(await topicCounts(db, topic.id)).toEqual({ count: 1, news: 0, unread: 0, meetings: 1 });
    expect(await topicsWithNews(db)).toBe(0);
    expect(await newsFromMeeting(db, meetingId)).toEqual([]);
    expect(await db.reads.get([meetingId, 48])).toEqual({ meetingId, number: 48, readAt: 4000 });
  });

  it('a meeting saved before following is no news, and one that matches nothing leaves the topic alone', async () => {
    const { meetingId } = await saveMeeting(db, meetingOf(SEEDS.herning2023), 'page', 1000);
    const topic = await followTopic(db, 'Blå Kors Varmestue', 2000);
    expect((await topicSummaries(db))[0]).toMatchObject({ count: 1, news: 0, unread: 1 });
    const other = await saveMeeting(db, meetingOf(SEEDS.vejen), 'page', 3000);
    expect(await newsFromMeeting(db, other.meetingId)).toEqual([]);
    expect(await newsFromMeeting(db, meetingId)).toEqual([]);
    expect(await topicsWithNews(db)).toBe(0);
    expect(topic.lastSeenAt).toBe(2000);
  });

  it('reading the one new item also settles the news; unreading brings back the unread mark only', async () => {
    const topic = await followTopic(db, 'Blå Kors Varmestue', 500);
    const { meetingId } = await saveMeeting(db, meetingOf(SEEDS.herning2023), 'page', 1000);
    expect(await topicsWithNews(db)).toBe(1);
    await markRead(db, meetingId, 48, true, 1100);
    expect((await topicSummaries(db))[0]).toMatchObject({ news: 0, unread: 0 });
    await markTopicSeen(db, topic.id, 1200);
    await markRead(db, meetingId, 48, false);
    expect((await topicSummaries(db))[0]).toMatchObject({ news: 0, unread: 1 });
  });

  it('counts each topic with news once, whatever the number of new items', async () => {
    await followTopic(db, 'gadeplan', 500);
    await followTopic(db, 'varmestue', 500);
    await followTopic(db, 'ingenting her overhovedet', 500);
    await saveAll([], 1000);
    const summaries = await topicSummaries(db);
    expect(summaries.map((s) => [s.topic.query, s.count, s.news])).toEqual([
      ['gadeplan', 2, 2],
      ['ingenting her overhovedet', 0, 0],
      ['varmestue', 3, 3],
    ]);
    expect(await topicsWithNews(db)).toBe(2);
  });

  it('a topic not seen for many saves finds its news through the index, with the answer matching in memory gives', async () => {
    const blue = await followTopic(db, 'Blå Kors Varmestue', 500);
    await followTopic(db, 'rumfart', 500);
    // 40 meetings since either topic was seen: more than the badge matches in memory.
    for (let k = 0; k < 8; k++) {
      for (const path of Object.values(SEEDS)) await saveMeeting(db, { ...meetingOf(path), committee: `Udvalg ${k}` }, 'file', 1000 + k);
    }
    expect(await topicsWithNews(db)).toBe(1);
    const summary = (await topicSummaries(db)).find((s) => s.topic.id === blue.id)!;
    expect(summary).toMatchObject({ count: 8, news: 8, unread: 8 });
    const page = (await topicPage(db, blue.id))!;
    for (const item of page.items.slice(0, 3)) await markRead(db, item.meetingId, item.number, true);
    expect((await topicCounts(db, blue.id))).toMatchObject({ count: 8, news: 5, unread: 5, meetings: 8 });
    expect(await topicsWithNews(db)).toBe(1);
    await markTopicRead(db, blue.id, 3000);
    expect(await topicsWithNews(db)).toBe(0);
    // One meeting after that: matched in memory, the same answer.
    await saveMeeting(db, { ...meetingOf(SEEDS.herning2023), committee: 'Udvalg 9' }, 'file', 4000);
    expect(await topicsWithNews(db)).toBe(1);
    expect(await topicCounts(db, blue.id)).toMatchObject({ count: 9, news: 1, unread: 1 });
  });
});

describe('the topic page on the five seeds', () => {
  beforeEach(() => saveAll());

  it('lists every matching item newest first and groups case 27.00.00-A00-5-15 as one thread: punkt 76, then 46 and 51', async () => {
    const topic = await followTopic(db, 'socialt udsatte', 5000);
    const page = (await topicPage(db, topic.id))!;
    const dates = page.items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(at(page.items)).toEqual(expect.arrayContaining(['2023-08-22 46', '2023-08-22 51', '2022-09-20 76']));

    const group = page.groups.find((g) => g.key === '27.00.00-a00-5-15')!;
    expect(group.thread).not.toBeNull();
    expect(at(group.items)).toEqual(['2023-08-22 46', '2023-08-22 51', '2022-09-20 76']);
    expect(rowsAt(group)).toEqual(['2023-08-22 46', '2023-08-22 51', '2022-09-20 76']);
    expect(group.rows.every((r) => r.match !== null && r.entry.saved)).toBe(true);
    expect(group.rows[2]!.entry.decision).toContain('styrket gadeplansindsats');
    // Every matching item is in exactly one group.
    expect(page.groups.flatMap((g) => at(g.items)).sort()).toEqual(at(page.items).sort());
    // Groups come in the order of their newest item.
    const latest = page.groups.map((g) => g.latest);
    expect(latest).toEqual([...latest].sort().reverse());
  });

  it('shows the rest of the thread around the matches: "gadeplan" matches 76 and 46, its timeline holds 51 too', async () => {
    const topic = await followTopic(db, 'gadeplan', 5000);
    const page = (await topicPage(db, topic.id))!;
    expect(page.groups).toHaveLength(1);
    const [group] = page.groups;
    expect(group!.key).toBe('27.00.00-a00-5-15');
    expect(at(group!.items)).toEqual(['2023-08-22 46', '2022-09-20 76']);
    expect(rowsAt(group!)).toEqual(['2023-08-22 46', '2023-08-22 51', '2022-09-20 76']);
    expect(group!.rows.map((r) => r.match !== null)).toEqual([true, false, true]);
    expect(group!.rows[1]!.entry.title).toBe('Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget');
  });

  it('an item outside every thread is a group of its own, with its decision', async () => {
    const topic = await followTopic(db, 'Blå Kors Varmestue', 5000);
    const page = (await topicPage(db, topic.id))!;
    expect(page.groups).toHaveLength(1);
    const [group] = page.groups;
    expect(group!.thread).toBeNull();
    expect(group!.key).toMatch(/^item:.*#48$/);
    expect(group!.rows).toHaveLength(1);
    expect(group!.rows[0]!.entry).toMatchObject({ number: 48, saved: true, decision: 'Indstillingen blev tiltrådt.' });
  });

  it('loads a thread by key, with the history entries of unsaved meetings', async () => {
    const thread = (await loadThread(db, '27.00.00-a00-5-15'))!;
    expect(thread.entries.map((e) => `${e.date} ${e.number}`)).toEqual(['2022-09-20 76', '2023-08-22 46', '2023-08-22 51']);
    const withUnsaved = (await loadThread(db, '16/10924'))!;
    expect(withUnsaved.entries.some((e) => !e.saved)).toBe(true);
    expect(await loadThread(db, 'ingen-sag')).toBeUndefined();
  });

  it('a topic that is gone has no page', async () => {
    expect(await topicPage(db, 999)).toBeUndefined();
  });
});
