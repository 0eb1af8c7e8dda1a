/**
 * The topic, thread and item pages run their reads in a liveQuery: each answers
 * there as outside one (no transaction lost on the way), and answers again when a
 * save changes what it read: a new meeting that joins a thread, a new match.
 */
import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { followTopic } from '../../lib/db/topics';
import { threadOfItem } from '../../lib/db/thread-index/read';
import { meetingId } from '../../lib/db/identity';
import { loadThread, topicCounts, topicPage } from '../../lib/topics/load';
import { meetingOf, SEEDS } from '../helpers/fixtures';

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The values a liveQuery gives: the first, then after `change` the next. */
function twice<T>(query: () => Promise<T>, change: () => Promise<unknown>): Promise<[T, T]> {
  return new Promise((resolve, reject) => {
    const values: T[] = [];
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        values.push(value);
        if (values.length === 1) change().catch(reject);
        if (values.length === 2) {
          subscription.unsubscribe();
          resolve([values[0]!, values[1]!]);
        }
      },
      error: reject,
    });
  });
}

async function library(): Promise<LibraryDb> {
  const db = new LibraryDb(`topics-live-${n++}`);
  names.push(db.name);
  for (const path of [SEEDS.herning2023, SEEDS.hvidovre, SEEDS.vejen]) await saveMeeting(db, meetingOf(path), 'file', 1000);
  return db;
}

const herning2023 = meetingId(meetingOf(SEEDS.herning2023));

describe('in a liveQuery', () => {
  it('an item’s case answers as outside one, and again when the earlier meeting of the case is saved', async () => {
    const db = await library();
    const [before, after] = await twice(() => threadOfItem(db, herning2023, 46), () => saveMeeting(db, meetingOf(SEEDS.herning2022), 'file', 2000));
    expect(before).toBeUndefined();
    expect(after?.entries.map((e) => `${e.date} ${e.number}`)).toEqual(['2022-09-20 76', '2023-08-22 46', '2023-08-22 51']);
    expect(after).toEqual(await threadOfItem(db, herning2023, 46));
    db.close();
  });

  it('a thread answers by its key, and again when a save adds to it', async () => {
    const db = await library();
    const [before, after] = await twice(() => loadThread(db, '27.00.00-a00-5-15'), () => saveMeeting(db, meetingOf(SEEDS.herning2022), 'file', 2000));
    expect(before).toBeUndefined();
    expect(after).toEqual(await loadThread(db, '27.00.00-a00-5-15'));
    expect(after?.meetingCount).toBe(2);
    db.close();
  });

  it('a topic’s page and counts answer as outside one, and again when a save brings a match', async () => {
    const db = await library();
    const topic = await followTopic(db, 'gadeplan', 1500);
    const [page, next] = await twice(() => topicPage(db, topic.id), () => saveMeeting(db, meetingOf(SEEDS.herning2022), 'file', 2000));
    expect(page!.groups.map((g) => g.key)).toEqual([`item:${herning2023}#46`]);
    expect(next!.groups.map((g) => [g.key, g.items.map((i) => `${i.date} ${i.number}`)])).toEqual([['27.00.00-a00-5-15', ['2023-08-22 46', '2022-09-20 76']]]);
    expect(next).toEqual(await topicPage(db, topic.id));
    const [counts, later] = await twice(() => topicCounts(db, topic.id), () => saveMeeting(db, { ...meetingOf(SEEDS.herning2022), date: '2022-10-18' }, 'file', 3000));
    expect(counts).toEqual({ count: 2, news: 1, unread: 2, meetings: 2 });
    expect(later).toEqual({ count: 3, news: 2, unread: 3, meetings: 3 });
    db.close();
  });
});
