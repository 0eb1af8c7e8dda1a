/**
 * The threads the library keeps (lib/db/thread-index) are exactly what buildThreads
 * gives on the whole library: after every save, update and deletion, on the five
 * seeds and on a generated library of 1,000 meetings whose items link in every way
 * the rules know (test/helpers/linked-library.ts). The stored rows are also exactly
 * those the version 5 upgrader builds from the same meetings at once.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { countMeetings, deleteMeeting, listMeetings, saveMeeting, savedMeetings } from '../../lib/db/meetings';
import { threadRows } from '../../lib/db/thread-index/build';
import { allThreads, threadByKey, threadsOfItems } from '../../lib/db/thread-index/read';
import { buildThreads } from '../../lib/threads/index';
import type { Meeting } from '../../lib/parse/types';
import { meetingOf, SEEDS } from '../helpers/fixtures';
import { linkedLibrary } from '../helpers/linked-library';

let n = 0;
const names: string[] = [];
function library(): LibraryDb {
  const db = new LibraryDb(`kept-threads-${n++}`);
  names.push(db.name);
  return db;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The kept threads and each item's thread, against buildThreads over every saved meeting. */
async function expectSameAsBuilt(db: LibraryDb): Promise<number> {
  const saved = await savedMeetings(db);
  const built = buildThreads(saved);
  const kept = await allThreads(db);
  expect(kept.map((t) => t.key)).toEqual(built.threads.map((t) => t.key));
  expect(kept).toEqual(built.threads);
  const items = saved.flatMap((s) => s.meeting.items.map((i): [string, number] => [s.id, i.number]));
  expect(await threadsOfItems(db, items)).toEqual(items.map(([id, number]) => built.threadOf(id, number)));
  return built.threads.length;
}

/** Every row of the thread stores, in a canonical order. */
async function storedRows(db: LibraryDb) {
  const sortMembers = <T extends { members: Array<[string, string]> }>(rows: T[]) => rows.map((r) => ({ ...r, members: [...r.members].sort() }));
  return {
    refs: await db.meetingIndex.toArray(),
    nodes: await db.threadNodes.toArray(),
    scopes: sortMembers(await db.caseScopes.toArray()),
    threads: await db.threads.toArray(),
  };
}

/** What the upgrader would build from the same meetings at once. */
async function builtAtOnce(db: LibraryDb) {
  const updatedAt = new Map((await listMeetings(db)).map((m) => [m.id, m.updatedAt]));
  const rows = threadRows((await savedMeetings(db)).map((s) => ({ ...s, updatedAt: updatedAt.get(s.id)! })));
  const byKey = <T>(list: T[], key: (t: T) => string) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    refs: byKey(rows.refs, (r) => r.id),
    nodes: byKey(rows.nodes, (r) => `${r.meetingId}\u0000${String(r.number).padStart(8, '0')}`),
    scopes: byKey(rows.scopes, (r) => r.scope).map((r) => ({ ...r, members: [...r.members].sort() })),
    threads: byKey(rows.threads, (r) => r.id),
  };
}

const seeds = Object.fromEntries(Object.entries(SEEDS).map(([name, path]) => [name, meetingOf(path)])) as Record<keyof typeof SEEDS, Meeting>;

describe('the kept threads on the five seeds', () => {
  it.each([
    ['in file order', Object.keys(SEEDS)],
    ['newest last', ['herning2019', 'hvidovre', 'herning2022', 'vejen', 'herning2023']],
    ['newest first', ['herning2023', 'vejen', 'herning2022', 'hvidovre', 'herning2019']],
  ])('equal buildThreads after every save, %s', async (_, order) => {
    const db = library();
    for (const name of order) {
      await saveMeeting(db, seeds[name as keyof typeof SEEDS], 'file', 1000);
      await expectSameAsBuilt(db);
    }
    expect(await expectSameAsBuilt(db)).toBe(8);
    expect((await threadByKey(db, '27.00.00-a00-5-15'))!.entries.map((e) => `${e.date} ${e.number}`)).toEqual(['2022-09-20 76', '2023-08-22 46', '2023-08-22 51']);
    db.close();
  });

  it('equal buildThreads when an agenda becomes minutes, a partial document adds items, and meetings are deleted one by one', async () => {
    const db = library();
    const agenda: Meeting = { ...seeds.herning2023, kind: 'dagsorden', items: seeds.herning2023.items.slice(0, 8).map((i) => ({ ...i, decisions: [] })) };
    await saveMeeting(db, agenda, 'page', 1000);
    for (const name of ['herning2022', 'hvidovre', 'vejen', 'herning2019'] as const) await saveMeeting(db, seeds[name], 'file', 1001);
    await expectSameAsBuilt(db);
    expect((await saveMeeting(db, seeds.herning2023, 'page', 1002)).status).toBe('updated');
    await expectSameAsBuilt(db);
    // A page of one item: punkt 76 again, now under another case number, and a new punkt 90 under 27.00.00-A00-5-15.
    const punkt76 = seeds.herning2022.items.find((i) => i.number === 76)!;
    const part: Meeting = { ...seeds.herning2022, partial: true, items: [{ ...punkt76, caseNumber: '99/1' }, { ...punkt76, number: 90, title: 'Opfølgning' }] };
    expect((await saveMeeting(db, part, 'page', 1003)).status).toBe('updated');
    await expectSameAsBuilt(db);
    expect((await threadByKey(db, '27.00.00-a00-5-15'))!.entries.map((e) => `${e.date} ${e.number}`)).toEqual(['2022-09-20 90', '2023-08-22 46', '2023-08-22 51']);
    for (const { id } of await listMeetings(db)) {
      await deleteMeeting(db, id);
      await expectSameAsBuilt(db);
    }
    expect(await db.threadNodes.count()).toBe(0);
    expect(await db.caseScopes.count()).toBe(0);
    expect(await db.meetingIndex.count()).toBe(0);
    db.close();
  });

  it('touches only the threads of the meeting saved: saving Vejen leaves the Herning threads as written', async () => {
    const db = library();
    for (const name of ['herning2023', 'herning2022', 'hvidovre', 'herning2019'] as const) await saveMeeting(db, seeds[name], 'file', 1000);
    const written: string[] = [];
    db.threads.hook('creating', (id) => void written.push(String(id)));
    db.threads.hook('updating', (_, id) => void written.push(String(id)));
    db.threads.hook('deleting', (id) => void written.push(String(id)));
    await saveMeeting(db, seeds.vejen, 'file', 1001);
    const vejenThreads = (await allThreads(db)).filter((t) => t.entries.some((e) => e.meetingId?.startsWith('vejen kommune')));
    expect(vejenThreads).toHaveLength(6);
    expect(written.sort()).toEqual((await db.threads.toArray()).filter((r) => r.muni === 'vejen kommune').map((r) => r.id).sort());
    db.close();
  });

  it('reads a thread by its key and each item’s thread, nothing for what is not there', async () => {
    const db = library();
    for (const m of Object.values(seeds)) await saveMeeting(db, m, 'file', 1000);
    const built = buildThreads(await savedMeetings(db));
    for (const t of built.threads) expect(await threadByKey(db, t.key)).toEqual(t);
    expect(await threadByKey(db, 'ingen-sag')).toBeUndefined();
    expect(await threadsOfItems(db, [['ingen', 1]])).toEqual([undefined]);
    db.close();
  });
});

describe('the kept threads on a generated library of 1,000 meetings', () => {
  it('equal buildThreads after the saves, after four rounds of updates, after deletions and after saving again; and equal the rows built at once', async () => {
    const count = 1000;
    const generated = linkedLibrary(count);
    const db = library();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      ids.push((await saveMeeting(db, generated.meeting(i), 'file', i)).meetingId);
      if (i === 499) await expectSameAsBuilt(db);
    }
    const threads = await expectSameAsBuilt(db);
    // The library links as meant: many threads, long ones, unsaved meetings, standing items left out.
    expect(threads).toBeGreaterThan(1000);
    const all = await allThreads(db);
    expect(Math.max(...all.map((t) => t.meetingCount))).toBeGreaterThan(20);
    expect(all.filter((t) => t.entries.some((e) => !e.saved)).length).toBeGreaterThan(500);
    expect(all.filter((t) => t.key.includes('@')).length).toBeGreaterThan(10);
    expect(all.some((t) => t.key.startsWith('00.01.00-a00-1'))).toBe(false);

    const statuses = new Set<string>();
    for (let round = 0; round < 4; round++) {
      for (let i = round; i < count; i += 7) statuses.add((await saveMeeting(db, generated.changed(i, round), 'page', count + round * count + i)).status);
      await expectSameAsBuilt(db);
    }
    expect([...statuses].sort()).toEqual(['created', 'kept', 'updated']);
    // The list's count, read from the search index's slot rows, follows saves and deletions.
    expect(await countMeetings(db)).toBe(await db.meetings.count());
    for (let i = 0; i < count; i += 5) await deleteMeeting(db, ids[i]!);
    await expectSameAsBuilt(db);
    expect(await countMeetings(db)).toBe(await db.meetings.count());
    expect(await countMeetings(db)).toBeLessThan(count);
    for (let i = 0; i < count; i += 10) await saveMeeting(db, generated.meeting(i), 'file', 6 * count + i);
    await expectSameAsBuilt(db);
    expect(await countMeetings(db)).toBe(await db.meetings.count());
    expect(await storedRows(db)).toEqual(await builtAtOnce(db));
    db.close();
  }, 240_000);
});
