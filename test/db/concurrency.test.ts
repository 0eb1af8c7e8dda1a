/**
 * Two connections to one library at once (two tabs, the background and a page),
 * on fake-indexeddb: the same meeting saved by both at the same moment, as agenda
 * and as minutes, and under two spellings of its identity, ends as one meeting
 * with its items once and a search index with one document for it, where a search
 * finds each item once. And a newer version opening the database while an old
 * connection is open: the old one steps aside at once (no blocked upgrade) and,
 * in a page, says so and stays closed.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { listMeetings, loadMeeting, saveMeeting, type SaveStatus } from '../../lib/db/meetings';
import { meetingId } from '../../lib/db/identity';
import { whenOutdated } from '../../lib/db/open';
import { search } from '../../lib/search/search';
import type { Meeting } from '../../lib/parse/types';
import { dumpDatabase, encodeDump, openRaw } from '../../scripts/db-dump';
import { meetingOf, SEEDS } from '../helpers/fixtures';

const T = 1_730_000_000_000;
let n = 0;
const open: LibraryDb[] = [];
const names: string[] = [];

/** Two connections to one new library, as two tabs hold them. */
function twoTabs(): [LibraryDb, LibraryDb] {
  const name = `concurrent-${n++}`;
  names.push(name);
  const pair: [LibraryDb, LibraryDb] = [new LibraryDb(name), new LibraryDb(name)];
  open.push(...pair);
  return pair;
}

afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Every store of the library as text, without the database's name: equal texts, equal libraries. */
async function content(db: LibraryDb): Promise<string> {
  if (!db.isOpen()) await db.open();
  const dump = await dumpDatabase(db.backendDB());
  return encodeDump({ ...dump, name: '' });
}

/** The library holds `m` once: one meeting, its items once, one search document, each item found once. */
async function expectOnce(db: LibraryDb, m: Meeting): Promise<void> {
  const id = meetingId(m);
  expect((await listMeetings(db)).map((r) => r.id)).toEqual([id]);
  expect(await db.items.count()).toBe(m.items.length);
  const docs = await db.searchDocs.toArray();
  expect(docs.map((d) => [d.meetingId, d.numbers])).toEqual([[id, m.items.map((i) => i.number)]]);
  for (const item of m.items.filter((i) => i.title.length > 12).slice(0, 4)) {
    const hits = await search(db, `"${item.title}"`);
    expect(hits.filter((h) => h.number === item.number).map((h) => h.meetingId), item.title).toEqual([id]);
  }
}

const asAgenda = (m: Meeting): Meeting => ({ ...m, kind: 'dagsorden', items: m.items.map((i) => ({ ...i, decisions: [] })) });

describe('two tabs saving at once', () => {
  it.each(Object.entries(SEEDS))('the same meeting (%s) from both: one created, one unchanged, the library as after one save', async (_, seed) => {
    const m = meetingOf(seed);
    const [a, b] = twoTabs();
    const results = await Promise.all([saveMeeting(a, m, 'page', T), saveMeeting(b, m, 'page', T)]);
    expect(results.map((r) => r.status).sort()).toEqual<SaveStatus[]>(['created', 'unchanged']);
    expect(new Set(results.map((r) => r.meetingId))).toEqual(new Set([meetingId(m)]));
    await expectOnce(a, m);
    await expectOnce(b, m);
    expect(await loadMeeting(b, meetingId(m))).toEqual(m);

    const [alone] = twoTabs();
    await saveMeeting(alone, m, 'page', T);
    expect(await content(a)).toBe(await content(alone));
  });

  it('the agenda in one tab and the minutes in the other: the minutes, once, whichever lands first', async () => {
    const minutes = meetingOf(SEEDS.vejen);
    for (const order of [[asAgenda(minutes), minutes], [minutes, asAgenda(minutes)]]) {
      const [a, b] = twoTabs();
      const results = await Promise.all([saveMeeting(a, order[0]!, 'page', T), saveMeeting(b, order[1]!, 'page', T)]);
      expect(results.map((r) => r.status)).toEqual(order[0]!.kind === 'dagsorden' ? ['created', 'updated'] : ['created', 'kept']);
      expect(await loadMeeting(b, meetingId(minutes))).toEqual(minutes);
      await expectOnce(a, minutes);
    }
  });

  it('two spellings of the same meeting: one meeting, its items once', async () => {
    const m = meetingOf(SEEDS.hvidovre);
    const other: Meeting = { ...m, municipality: 'HVIDOVRE KOMMUNE', committee: 'social- og arbejdsmarkedsudvalget' };
    const [a, b] = twoTabs();
    const results = await Promise.all([saveMeeting(a, m, 'page', T), saveMeeting(b, other, 'pdf', T)]);
    expect(results.map((r) => r.meetingId)).toEqual([meetingId(m), meetingId(m)]);
    expect(results.map((r) => r.status)).toEqual(['created', 'updated']);
    await expectOnce(b, m);
    // The later spelling is the one kept, items and all.
    expect(await loadMeeting(a, meetingId(m))).toEqual(other);
  });

  it('many meetings from both tabs interleaved: each once', async () => {
    const meetings = Object.values(SEEDS).map(meetingOf);
    const [a, b] = twoTabs();
    await Promise.all([...meetings.map((m) => saveMeeting(a, m, 'page', T)), ...[...meetings].reverse().map((m) => saveMeeting(b, m, 'page', T))]);
    expect((await listMeetings(a)).map((r) => r.id).sort()).toEqual(meetings.map(meetingId).sort());
    expect(await a.items.count()).toBe(meetings.reduce((s, m) => s + m.items.length, 0));
    expect(await a.searchDocs.count()).toBe(meetings.length);
    const hits = await search(b, 'Blå Kors Varmestue');
    expect(hits.map((h) => [h.meetingId, h.number])).toEqual([[meetingId(meetings[0]!), 48]]);
  });
});

describe('a newer version opening the library while an old tab holds it', () => {
  /** Opens the library raw at a version above ours (a newer release's upgrade) and tells whether it was blocked. */
  async function upgradeElsewhere(name: string): Promise<{ blocked: boolean; meetings: number }> {
    let blocked = false;
    const request = indexedDB.open(name, 1000);
    request.onblocked = () => (blocked = true);
    request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve) => {
      const c = idb.transaction('meetings').objectStore('meetings').count();
      c.onsuccess = () => resolve(c.result);
    });
    idb.close();
    return { blocked, meetings: count };
  }

  it('a page steps aside at once, is told once, and writes nothing more with its old code', async () => {
    const [page] = twoTabs();
    const m = meetingOf(SEEDS.vejen);
    await saveMeeting(page, m, 'page', T);
    const told: string[] = [];
    whenOutdated(page, () => told.push('genindlæs'));

    expect(await upgradeElsewhere(page.name)).toEqual({ blocked: false, meetings: 1 });
    expect(told).toEqual(['genindlæs']);
    expect(page.isOpen()).toBe(false);
    await expect(saveMeeting(page, meetingOf(SEEDS.hvidovre), 'page', T)).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const idb = await openRaw(page.name);
    expect([idb.version, [...idb.objectStoreNames].includes('fromTheFuture')]).toEqual([1000, true]);
    idb.close();
  });

  it('without a page to tell (the background), Dexie closes, lets the upgrade through, and opens again on the next use', async () => {
    const [background] = twoTabs();
    const m = meetingOf(SEEDS.vejen);
    await saveMeeting(background, m, 'page', T);
    expect(await upgradeElsewhere(background.name)).toEqual({ blocked: false, meetings: 1 });
    expect(await loadMeeting(background, meetingId(m))).toEqual(m);
  });

  it('unsubscribing gives the page back Dexie\'s default', async () => {
    const [page] = twoTabs();
    await page.open();
    const told: string[] = [];
    const stop = whenOutdated(page, () => told.push('genindlæs'));
    stop();
    expect(await upgradeElsewhere(page.name)).toEqual({ blocked: false, meetings: 0 });
    expect(told).toEqual([]);
  });
});
