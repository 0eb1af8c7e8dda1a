/** Export and import on fake-indexeddb: a round trip gives the same library; a failed import changes nothing. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { listMeetings, loadMeeting, saveMeeting } from '../../lib/db/meetings';
import { markRead, notesOf, readMarks, setNote } from '../../lib/db/marks';
import { meetingId } from '../../lib/db/identity';
import { followTopic, listTopics, markTopicSeen } from '../../lib/db/topics';
import { buildBundle, bundleFileName, bundleJson } from '../../lib/sync/export';
import { importBundle, importBundleText } from '../../lib/sync/import';
import { readBundle, type Bundle } from '../../lib/sync/bundle';
import type { Meeting } from '../../lib/parse/types';
import { meetingOf, SEEDS } from '../helpers/fixtures';

const seeds = Object.values(SEEDS).map(meetingOf);
const [herning2023, , hvidovre, vejen] = seeds as [Meeting, Meeting, Meeting, Meeting, Meeting];

let n = 0;
const open: LibraryDb[] = [];
function newDb(): LibraryDb {
  const db = new LibraryDb(`sync-${n++}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

/** Everything a user sees and owns: meetings as parsed, read marks and notes (not the ids or save times). */
async function snapshot(db: LibraryDb) {
  const ids = (await listMeetings(db)).map((m) => m.id).sort();
  return {
    ids,
    meetings: await Promise.all(ids.map((id) => loadMeeting(db, id))),
    reads: await Promise.all(ids.map((id) => readMarks(db, id))),
    notes: await Promise.all(ids.map((id) => notesOf(db, id))),
    topics: (await listTopics(db)).map(({ id: _id, lastSeenAt: _l, ...t }) => t),
  };
}

/** Every table, rows and keys, search index included: proof that nothing at all changed. */
async function everything(db: LibraryDb) {
  return Promise.all(db.tables.map(async (t) => [t.name, await t.toCollection().primaryKeys(), await t.toArray()]));
}

async function library(): Promise<LibraryDb> {
  const db = newDb();
  for (const m of seeds) await saveMeeting(db, m, 'file', 1000);
  await markRead(db, meetingId(herning2023), 48, true, 1100);
  await markRead(db, meetingId(vejen), 4, true, 1200);
  await setNote(db, meetingId(herning2023), 48, 'Blå Kors: følg op i efteråret', 1300);
  await setNote(db, meetingId(hvidovre), hvidovre.items[0]!.number, 'Spørg om økonomien', 1400);
  await followTopic(db, 'Blå Kors Varmestue', 1500);
  const street = await followTopic(db, 'gadeplanmedarbejdere', 1600);
  await markTopicSeen(db, street.id, 1700);
  return db;
}

function agendaOf(m: Meeting): Meeting {
  return { ...m, kind: 'dagsorden', items: m.items.map((i) => ({ ...i, decisions: [] })) };
}

describe('export', () => {
  it('writes every meeting oldest first, with marks by meeting identity', async () => {
    const db = await library();
    const bundle = await buildBundle(db, { now: new Date('2025-01-31T12:00:00Z') });
    expect(bundle.format).toBe('minutes-bundle');
    expect(bundle.exportedAt).toBe('2025-01-31T12:00:00.000Z');
    expect(bundle.meetings.map((m) => m.date)).toEqual(['2019-04-24', '2022-09-05', '2022-09-20', '2022-10-25', '2023-08-22']);
    expect(bundle.meetings.find((m) => m.date === '2023-08-22')).toEqual(herning2023);
    expect(bundle.reads).toContainEqual({
      meeting: { municipality: 'Herning Kommune', committee: 'Beskæftigelsesudvalget', date: '2023-08-22', startTime: '08:00' }, number: 48, readAt: 1100,
    });
    expect(bundle.notes).toHaveLength(2);
    expect(bundle.topics).toEqual([
      { query: 'Blå Kors Varmestue', label: 'Blå Kors Varmestue', createdAt: 1500, lastSeenAt: 1500, notify: true },
      { query: 'gadeplanmedarbejdere', label: 'gadeplanmedarbejdere', createdAt: 1600, lastSeenAt: 1700, notify: true },
    ]);
    expect(readBundle(bundleJson(bundle))).toEqual({ ok: true, bundle });
  });

  it('leaves out marks on items that no longer exist, so the bundle stays valid', async () => {
    const db = await library();
    await db.reads.put({ meetingId: meetingId(vejen), number: 999, readAt: 5 });
    await db.notes.put({ meetingId: 'gone', number: 1, text: 'x', updatedAt: 5 });
    const bundle = await buildBundle(db);
    expect(bundle.reads).toHaveLength(2);
    expect(bundle.notes).toHaveLength(2);
    expect(readBundle(bundleJson(bundle)).ok).toBe(true);
  });

  it('names the file by the day', () => {
    expect(bundleFileName(new Date(2025, 0, 31, 23, 30))).toBe('referat-pakke-2025-01-31.json');
  });
});

describe('import', () => {
  it('round trip: export, import into an empty library, and the library is the same', async () => {
    const a = await library();
    const text = bundleJson(await buildBundle(a));
    const b = newDb();
    const progress: number[] = [];
    const result = await importBundleText(b, text, { now: 9000, onProgress: (done, total) => progress.push(done / total) });
    expect(result).toEqual({ ok: true, summary: { meetings: 5, created: 5, updated: 0, unchanged: 0, kept: 0, reads: 2, notes: 2, topics: 2 } });
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(await snapshot(b)).toEqual(await snapshot(a));
    expect((await b.meetings.toArray()).every((m) => m.source === 'bundle')).toBe(true);
    // What came with the bundle is not news on this side: its topics were seen at the import.
    expect((await listTopics(b)).map((t) => t.lastSeenAt)).toEqual([9000, 9000]);
    // And back again: the second export is the first.
    const again = await buildBundle(b, { now: new Date(0) });
    const first = JSON.parse(text);
    expect(again).toEqual({ ...first, exportedAt: new Date(0).toISOString(), topics: first.topics.map((t: object) => ({ ...t, lastSeenAt: 9000 })) });
  });

  it('imports the same bundle twice without change', async () => {
    const text = bundleJson(await buildBundle(await library()));
    const b = newDb();
    await importBundleText(b, text);
    const before = await snapshot(b);
    const again = await importBundleText(b, text);
    expect(again.ok && again.summary).toMatchObject({ created: 0, unchanged: 5, reads: 0, notes: 0, topics: 0 });
    expect(await snapshot(b)).toEqual(before);
  });

  it('merges by identity: an agenda becomes the minutes in place, its notes kept; a newer note wins, an older one does not', async () => {
    const b = newDb();
    const id = (await saveMeeting(b, agendaOf(vejen), 'page', 500)).meetingId;
    await setNote(b, id, 4, 'Min egen, nyere note', 5000);
    await setNote(b, id, 5, 'Min egen, ældre note', 100);
    await markRead(b, id, 4, true, 50);
    const mine = await followTopic(b, ' Blå  Kors Varmestue', 100);
    const bundle = await buildBundle(await library());
    bundle.notes.push({ meeting: bundle.reads[1]!.meeting, number: 4, text: 'Fra pakken', updatedAt: 2000 });
    bundle.notes.push({ meeting: bundle.reads[1]!.meeting, number: 5, text: 'Fra pakken, nyere', updatedAt: 2000 });
    const result = await importBundle(b, bundle);
    expect(result).toMatchObject({ created: 4, updated: 1, reads: 1, notes: 3, topics: 1 });
    // The topic followed here stays as it was; the other one is added.
    expect((await listTopics(b)).map((t) => [t.query, t.createdAt, t.lastSeenAt])).toEqual([
      ['Blå Kors Varmestue', 100, 100],
      ['gadeplanmedarbejdere', 1600, expect.any(Number)],
    ]);
    expect((await listTopics(b))[0]).toEqual(mine);
    expect((await b.meetings.get(id))!.kind).toBe('referat');
    expect(await loadMeeting(b, id)).toEqual(vejen);
    expect(await notesOf(b, id)).toEqual([
      { meetingId: id, number: 4, text: 'Min egen, nyere note', updatedAt: 5000 },
      { meetingId: id, number: 5, text: 'Fra pakken, nyere', updatedAt: 2000 },
    ]);
    // The read mark already there is kept as it was.
    expect(await readMarks(b, id)).toEqual([{ meetingId: id, number: 4, readAt: 50 }]);
  });

  it('keeps the minutes when the bundle holds only the agenda', async () => {
    const b = newDb();
    await saveMeeting(b, vejen, 'pdf');
    const bundle: Bundle = { format: 'minutes-bundle', version: 1, exportedAt: new Date().toISOString(), meetings: [agendaOf(vejen)], topics: [], reads: [], notes: [] };
    expect(await importBundle(b, bundle)).toMatchObject({ kept: 1, created: 0 });
    expect(await loadMeeting(b, meetingId(vejen))).toEqual(vejen);
  });

  it('changes nothing when the bundle has a fault, even in its last meeting', async () => {
    const b = await library();
    const before = await everything(b);
    const bundle = JSON.parse(bundleJson(await buildBundle(await library())));
    bundle.meetings.push({ ...bundle.meetings[0], date: '2024-01-01', items: [{ ...bundle.meetings[0].items[0], number: 'ni' }] });
    const result = await importBundleText(b, JSON.stringify(bundle));
    expect(result).toEqual({ ok: false, problems: ['meetings[5].items[0].number skal være et tal, ikke teksten "ni"'] });
    expect(await everything(b)).toEqual(before);
  });

  it('changes nothing when a write fails half-way', async () => {
    const b = newDb();
    await saveMeeting(b, agendaOf(vejen), 'page', 500);
    await setNote(b, meetingId(vejen), 4, 'Min note', 600);
    const before = await everything(b);
    const bundle = await buildBundle(await library());
    // The database refuses the fourth meeting's items, as a full disk would.
    const fourth = meetingId(bundle.meetings[3]!);
    b.items.hook('creating', (_key, item) => {
      if (item.meetingId === fourth) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    });
    const result = await importBundleText(b, bundleJson(bundle));
    expect(result).toEqual({ ok: false, problems: ['Der er ikke plads til pakken i browserens lager. Intet blev ændret.'] });
    expect(await everything(b)).toEqual(before);
  });

  it('reports progress through a large bundle in one transaction', async () => {
    const bundle = await buildBundle(await library());
    const base = bundle.meetings[0]!;
    bundle.meetings = Array.from({ length: 120 }, (_, i) => ({ ...base, date: `2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, startTime: `${String(i % 24).padStart(2, '0')}:00` }));
    bundle.reads = [];
    bundle.notes = [];
    expect(readBundle(bundleJson(bundle)).ok).toBe(true);
    const b = newDb();
    const seen: number[] = [];
    const summary = await importBundle(b, bundle, { onProgress: (done) => seen.push(done) });
    expect(summary.created).toBe(120);
    expect(seen).toHaveLength(120);
    expect(seen.at(-1)).toBe(120);
    expect(await b.meetings.count()).toBe(120);
  });
});
