/**
 * Upgrades lose nothing. The fixtures in test/fixtures/db are libraries written by
 * the first shipped release's own code (scripts/make-db-fixture.ts): a version 1
 * database and a full version 3 one. Each is restored raw into fake-indexeddb at its
 * version and opened with today's LibraryDb, directly and through every version in
 * between, and must come out with every meeting, item, read mark, note and topic,
 * and a search index that finds what a freshly built one finds, and (version 5) the
 * threads buildThreads gives on them, kept on by the saves that follow.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { countMeetings, deleteMeeting, listMeetings, loadMeeting, saveMeeting, savedMeetings } from '../../lib/db/meetings';
import { allThreads, threadsOfItems } from '../../lib/db/thread-index/read';
import { slotParts } from '../../lib/db/search-index/compact';
import { lexiconSeen } from '../helpers/lexicon';
import { buildThreads } from '../../lib/threads/index';
import { markRead, notesOf, readMarks, setNote } from '../../lib/db/marks';
import { followTopic, listTopics } from '../../lib/db/topics';
import { meetingId } from '../../lib/db/identity';
import { search } from '../../lib/search/search';
import type { Meeting } from '../../lib/parse/types';
import { decodeDump, dumpByName, encodeDump, restoreDatabase, type DatabaseDump, type StoreDump } from '../../scripts/db-dump';
import { fixtureText } from '../helpers/fixtures';
import { SHIPPED_VERSIONS } from './shipped-schema';

const v1 = decodeDump(fixtureText('db/v1-library.json'));
const v3 = decodeDump(fixtureText('db/v3-library.json'));
const shippedIndex = decodeDump(fixtureText('db/v1-upgraded-search.json'));
/** The meetings as the shipped parser gave them, by id. */
const parsed = JSON.parse(fixtureText('db/meetings.json')) as Record<string, Meeting>;

const T = 1_730_000_000_000;
const HERNING_2023 = 'herning kommune|beskæftigelsesudvalget|2023-08-22|08:00';
const HERNING_2022 = 'herning kommune|beskæftigelsesudvalget|2022-09-20|07:45';
const HVIDOVRE = 'hvidovre kommune|social og arbejdsmarkedsudvalget|2022-09-05|12:00';
const VEJEN = 'vejen kommune|udvalget for arbejdsmarked og integration 2022 2025|2022-10-25|14:00';
const AARHUS = 'århus kommune|århus byråd|2025-10-08|16:00';
const SEARCH_STORES = ['postings', 'searchDocs', 'searchLog', 'searchMeta'];

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function fresh(): string {
  const name = `upgrade-${n++}`;
  names.push(name);
  return name;
}

/** The fixture restored as it was written, then opened with today's code. */
async function upgraded(dump: DatabaseDump): Promise<LibraryDb> {
  const name = fresh();
  await restoreDatabase(dump, name);
  const db = new LibraryDb(name);
  await db.open();
  return db;
}

const store = (dump: DatabaseDump, name: string): StoreDump => {
  const s = dump.stores.find((x) => x.name === name);
  if (!s) throw new Error(`no store ${name}`);
  return s;
};
const storeText = (dump: DatabaseDump, name: string) => encodeDump({ name: '', version: 0, stores: [store(dump, name)] });

async function rawAfter(db: LibraryDb): Promise<DatabaseDump> {
  db.close();
  const dump = await dumpByName(db.name);
  await db.open();
  return dump;
}

/** What a user has in the library, read through today's queries. */
async function userView(db: LibraryDb) {
  const ids = (await listMeetings(db)).map((m) => m.id).sort();
  const marks = await Promise.all(ids.map(async (id) => (await readMarks(db, id)).map((r) => [r.meetingId, r.number, r.readAt])));
  const notes = await Promise.all(ids.map(async (id) => (await notesOf(db, id)).map((r) => [r.meetingId, r.number, r.text, r.updatedAt])));
  return { ids, meetings: await Promise.all(ids.map((id) => loadMeeting(db, id))), reads: marks.flat(), notes: notes.flat() };
}

/** Exactly what the fixture's user did with the shipped release (scripts/make-db-fixture.ts). */
const expectedView = () => {
  const ids = Object.keys(parsed).sort();
  return {
    ids,
    meetings: ids.map((id) => parsed[id]),
    reads: [
      [HERNING_2022, 75, T + 13],
      [HERNING_2023, 45, T + 12],
      [HERNING_2023, 48, T + 11],
      [VEJEN, 4, T + 7],
      [AARHUS, 2, T + 14],
    ],
    notes: [
      [HERNING_2023, 48, 'Blå Kors: følg op i efteråret «varmestue»', T + 17],
      [HVIDOVRE, 1, 'Økonomi?', T + 18],
      [VEJEN, 4, 'Spørg til tolkebistanden før mødet', T + 8],
    ],
  };
};

/** A library built today from the same meetings, for comparing searches. */
async function freshlyBuilt(): Promise<LibraryDb> {
  const db = new LibraryDb(fresh());
  for (const m of Object.values(parsed)) await saveMeeting(db, m, 'file', T);
  return db;
}

const hitsOf = async (db: LibraryDb, q: string) =>
  (await search(db, q, { limit: Infinity })).map((h) => [h.meetingId, h.number, h.title, h.score, h.snippetText]);

async function searchesAgree(db: LibraryDb): Promise<void> {
  const built = await freshlyBuilt();
  const blaaKors = await hitsOf(db, 'Blå Kors Varmestue');
  expect(blaaKors.slice(0, 1).map((h) => h.slice(0, 2))).toEqual([[HERNING_2023, 48]]);
  expect(blaaKors).toEqual(await hitsOf(built, 'Blå Kors Varmestue'));
  const gadeplan = await hitsOf(db, 'gadeplan');
  expect(gadeplan.length).toBeGreaterThan(0);
  expect(gadeplan).toEqual(await hitsOf(built, 'gadeplan'));
  // Version 5's lexicon by head holds the terms the saves of today would have put there; its parts, every doc's date and item count.
  expect(await lexiconSeen(db)).toEqual(await lexiconSeen(built));
  expect(await db.searchSlots.toArray()).toEqual(slotParts(await db.searchDocs.toArray()));
  // The meeting list counts from those parts.
  expect(await countMeetings(db)).toBe(await db.meetings.count());
  expect(await countMeetings(db)).toBeGreaterThan(0);
  built.close();
}

/** The kept threads, and each item's, are buildThreads' on the library. */
async function threadsAgree(db: LibraryDb): Promise<ReturnType<typeof buildThreads>> {
  const saved = await savedMeetings(db);
  const built = buildThreads(saved);
  expect(await allThreads(db)).toEqual(built.threads);
  const items = saved.flatMap((m) => m.meeting.items.map((i): [string, number] => [m.id, i.number]));
  expect(await threadsOfItems(db, items)).toEqual(items.map(([id, number]) => built.threadOf(id, number)));
  return built;
}

/** The upgrade built the threads of the seeds and the FirstAgenda page; saving and deleting after it keep them. */
async function threadsKept(db: LibraryDb): Promise<void> {
  const built = await threadsAgree(db);
  expect(built.threads).toHaveLength(31);
  expect(built.threadOf(HERNING_2023, 46)?.entries.map((e) => `${e.date} ${e.number}`)).toEqual(['2022-09-20 76', '2023-08-22 46', '2023-08-22 51']);
  // The same meeting again a month later: punkt 76's title now recurs under its case number in two of three meetings, so the case looks standing.
  await saveMeeting(db, { ...parsed[HERNING_2022]!, date: '2022-10-18' }, 'page', T + 110);
  expect((await threadsAgree(db)).threadOf(HERNING_2023, 46)).toBeUndefined();
  // Without the first, the case is a case again, from the later meeting.
  await deleteMeeting(db, HERNING_2022);
  expect((await threadsAgree(db)).threadOf(HERNING_2023, 46)?.entries.map((e) => `${e.date} ${e.number}`)).toEqual(['2022-10-18 76', '2023-08-22 46', '2023-08-22 51']);
  await deleteMeeting(db, meetingId({ ...parsed[HERNING_2022]!, date: '2022-10-18' }));
  // Without 2022 the case has one meeting left; "Nøgletal" has two, under two titles, so it is no standing item any more.
  const keys = (await threadsAgree(db)).threads.map((t) => t.key);
  expect(keys).toHaveLength(31);
  expect(keys).not.toContain('27.00.00-a00-5-15');
  expect(keys).toContain('00.00.00-p19-1719-10');
}

/** Saving and following still work, and keep to the same rules. */
async function stillWorks(db: LibraryDb): Promise<void> {
  const herning = parsed[HERNING_2023]!;
  expect(await saveMeeting(db, herning, 'page', T + 100)).toEqual({ status: 'unchanged', meetingId: HERNING_2023, itemCount: herning.items.length });
  const agenda: Meeting = { ...parsed[VEJEN]!, kind: 'dagsorden', items: parsed[VEJEN]!.items.map((i) => ({ ...i, decisions: [] })) };
  expect((await saveMeeting(db, agenda, 'page', T + 101)).status).toBe('kept');
  const next: Meeting = { ...herning, date: '2023-09-19' };
  expect(await saveMeeting(db, next, 'page', T + 102)).toEqual({ status: 'created', meetingId: meetingId(next), itemCount: herning.items.length });
  expect((await db.searchDocs.where('meetingId').equals(meetingId(next)).first())?.seq).toBe(6);
  expect((await search(db, 'Blå Kors Varmestue')).slice(0, 2).map((h) => [h.date, h.number])).toEqual([['2023-09-19', 48], ['2023-08-22', 48]]);
  await markRead(db, meetingId(next), 48, true, T + 103);
  await setNote(db, meetingId(next), 48, 'Ny note', T + 104);
  expect(await readMarks(db, meetingId(next))).toEqual([{ meetingId: meetingId(next), number: 48, readAt: T + 103 }]);
  expect((await notesOf(db, meetingId(next))).map((x) => x.text)).toEqual(['Ny note']);
}

describe('a version 1 library written by the first release', () => {
  it('is the fixture it claims to be: version 1 stores only, six meetings', () => {
    expect(v1.version).toBe(10);
    expect(v1.stores.map((s) => [s.name, s.records.length])).toEqual([['items', 94], ['meetings', 6], ['notes', 3], ['reads', 5]]);
  });

  it('opens at the current version with every meeting, item, read mark and note as they were', async () => {
    const db = await upgraded(v1);
    expect(await userView(db)).toEqual(expectedView());
    expect(await listTopics(db)).toEqual([]);
    const after = await rawAfter(db);
    // The records and stores of version 1, byte for byte.
    for (const s of v1.stores) expect(storeText(after, s.name)).toBe(storeText(v1, s.name));
    db.close();
  });

  it('is indexed by version 2 exactly as the shipped upgrader indexed it', async () => {
    const db = await upgraded(v1);
    const after = await rawAfter(db);
    for (const name of SEARCH_STORES) expect(storeText(after, name)).toBe(storeText(shippedIndex, name));
    db.close();
  });

  it('finds what a freshly built library finds', async () => {
    const db = await upgraded(v1);
    await searchesAgree(db);
    db.close();
  });

  it('has the threads buildThreads gives on its meetings (version 5), and keeps them through saves and deletions', async () => {
    const db = await upgraded(v1);
    await threadsKept(db);
    db.close();
  });

  it('saves, marks and follows after the upgrade', async () => {
    const db = await upgraded(v1);
    await stillWorks(db);
    expect((await followTopic(db, 'Blå Kors Varmestue', T + 105)).id).toBe(1);
    db.close();
  });

  it('ends the same stepping through every version as opening at once, with the stores of a new library', async () => {
    const direct = await upgraded(v1);
    const once = await rawAfter(direct);
    direct.close();
    const name = fresh();
    await restoreDatabase(v1, name);
    for (const stop of SHIPPED_VERSIONS.slice(1)) {
      const past = new Dexie(name);
      for (const v of SHIPPED_VERSIONS.filter((x) => x.version <= stop.version)) {
        const declared = past.version(v.version).stores(v.stores);
        if (v.upgrade) declared.upgrade(v.upgrade);
      }
      await past.open();
      expect(past.verno).toBe(stop.version);
      past.close();
    }
    const stepped = new LibraryDb(name);
    await stepped.open();
    stepped.close();
    expect(encodeDump({ ...(await dumpByName(name)), name: '' })).toBe(encodeDump({ ...once, name: '' }));

    // The stores and indexes of an upgraded library are those a new user gets.
    const newcomer = new LibraryDb(fresh());
    await newcomer.open();
    newcomer.close();
    const shape = (d: DatabaseDump) => d.stores.map(({ records: _r, nextKey: _k, ...s }) => s);
    expect(shape(once)).toEqual(shape(await dumpByName(newcomer.name)));
  });
});

describe('a version 3 library written by the first release', () => {
  it('is the fixture it claims to be: every store of version 3', () => {
    expect(v3.version).toBe(30);
    expect(v3.stores.map((s) => [s.name, s.records.length])).toEqual([
      ['items', 94], ['meetings', 6], ['notes', 3], ['postings', 64], ['reads', 5], ['searchDocs', 6], ['searchLog', 7], ['searchMeta', 1], ['topics', 2],
    ]);
  });

  it('opens at the current version with every meeting, item, read mark, note, topic and index row as they were', async () => {
    const db = await upgraded(v3);
    expect(await userView(db)).toEqual(expectedView());
    expect(await listTopics(db)).toEqual([
      { id: 1, query: 'Blå Kors Varmestue', label: 'Blå Kors Varmestue', createdAt: T + 21, lastSeenAt: T + 24, notify: true },
      { id: 2, query: 'gadeplan', label: 'gadeplan', createdAt: T + 22, lastSeenAt: T + 22, notify: false },
    ]);
    const after = await rawAfter(db);
    for (const s of v3.stores) expect(storeText(after, s.name)).toBe(storeText(v3, s.name));
    db.close();
  });

  it('finds what a freshly built library finds', async () => {
    const db = await upgraded(v3);
    await searchesAgree(db);
    db.close();
  });

  it('has the threads buildThreads gives on its meetings (version 5), and keeps them through saves and deletions', async () => {
    const db = await upgraded(v3);
    await threadsKept(db);
    db.close();
  });

  it('saves, marks and follows after the upgrade; a topic id once used is not given again', async () => {
    const db = await upgraded(v3);
    await stillWorks(db);
    expect((await followTopic(db, ' gadeplan', T + 105)).id).toBe(2);
    // Topic 3 was unfollowed in the shipped release; a new topic gets 4.
    expect((await followTopic(db, 'budget', T + 106)).id).toBe(4);
    db.close();
  });
});
