/** Export and import on fake-indexeddb: a round trip gives the same library; a failed import changes nothing. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { listMeetings, loadMeeting, saveMeeting } from '../../lib/db/meetings';
import { markRead, notesOf, readMarks, setNote } from '../../lib/db/marks';
import { meetingId } from '../../lib/db/identity';
import { followTopic, listTopics } from '../../lib/db/topics';
import { search } from '../../lib/search/search';
import { buildBundle, bundleFileName, bundleJson } from '../../lib/sync/export';
import { importBundle, importBundleText } from '../../lib/sync/import';
import { readBundle, type Bundle } from '../../lib/sync/bundle';
import { decodeDump, dumpLibrary, encodeDump, type DatabaseDump } from '../../scripts/db-dump';
import { agendaOf, fillLibrary, herning2023, vejen } from './library';
import { tempLibraries } from '../helpers/temp-db';

const newDb = tempLibraries('sync');

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

const store = (d: DatabaseDump, name: string) => d.stores.find((s) => s.name === name)! as { records: Array<[unknown, any]> };
const storeText = (d: DatabaseDump, name: string) => encodeDump({ name: '', version: 0, stores: [d.stores.find((s) => s.name === name)!] });

async function library(): Promise<LibraryDb> {
  return fillLibrary(newDb());
}

describe('export', () => {
  it('writes every meeting oldest first, with marks by meeting identity', async () => {
    const db = await library();
    const bundle = await buildBundle(db, { now: new Date('2025-01-31T12:00:00Z') });
    expect(bundle.format).toBe('minutes-bundle');
    expect(bundle.exportedAt).toBe('2025-01-31T12:00:00.000Z');
    expect(bundle.meetings.map((m) => m.date)).toEqual(['2019-04-24', '2022-09-05', '2022-09-20', '2022-10-25', '2023-08-22', '2025-10-08']);
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
    expect(bundle.reads).toHaveLength(3);
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
    const text = bundleJson(await buildBundle(a, { now: new Date('2025-01-31T12:00:00Z') }));
    const b = newDb();
    const progress: number[] = [];
    const result = await importBundleText(b, text, { now: 9000, onProgress: (done, total) => progress.push(done / total) });
    expect(result).toEqual({ ok: true, summary: { meetings: 6, created: 6, updated: 0, unchanged: 0, kept: 0, reads: 3, notes: 2, topics: 2, committees: 0 } });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6].map((i) => i / 6));
    expect(await snapshot(b)).toEqual(await snapshot(a));

    // Store by store. Items, read marks and notes are the same bytes. A meeting record differs only in
    // how and when it came: source 'bundle', saved and updated at the import. Topics get this library's
    // own ids, and the import is their last seen moment (what came with the bundle is not news here).
    const [da, db] = [decodeDump(await dumpLibrary(a)), decodeDump(await dumpLibrary(b))];
    for (const name of ['items', 'reads', 'notes']) expect(storeText(db, name)).toBe(storeText(da, name));
    const came = (d: DatabaseDump) => store(d, 'meetings').records.map(([k, { source, savedAt, updatedAt, ...m }]) => [k, m]);
    expect(came(db)).toEqual(came(da));
    expect(store(db, 'meetings').records.map(([, m]) => [m.source, m.savedAt, m.updatedAt])).toEqual(Array(6).fill(['bundle', 9000, 9000]));
    const topic = (d: DatabaseDump) => store(d, 'topics').records.map(([, { id, lastSeenAt, ...t }]) => [id, lastSeenAt, t]);
    expect(topic(da)).toEqual([
      [1, 1500, { query: 'Blå Kors Varmestue', label: 'Blå Kors Varmestue', createdAt: 1500, notify: true }],
      [2, 1700, { query: 'gadeplanmedarbejdere', label: 'gadeplanmedarbejdere', createdAt: 1600, notify: true }],
    ]);
    expect(topic(db)).toEqual(topic(da).map(([id, , t]) => [id, 9000, t]));
    // The search index numbers meetings in the order they were saved (here: as the bundle lists them,
    // oldest first), so its rows differ; it finds the same items.
    const hits = async (x: LibraryDb) => (await search(x, 'Blå Kors Varmestue', { limit: Infinity })).map((h) => [h.meetingId, h.number, h.score]);
    expect(await hits(b)).toEqual(await hits(a));

    // And back again: the second export is the first, but for its time and the topics' last seen moment.
    const again = bundleJson(await buildBundle(b, { now: new Date('2025-01-31T12:00:00Z') }));
    expect(again).toBe(text.replaceAll('"lastSeenAt":1500', '"lastSeenAt":9000').replaceAll('"lastSeenAt":1700', '"lastSeenAt":9000'));
  });

  it('imports a library\'s own export into it without a change, byte for byte', async () => {
    const a = await library();
    const before = await dumpLibrary(a);
    const result = await importBundleText(a, bundleJson(await buildBundle(a)), { now: 9000 });
    expect(result).toEqual({ ok: true, summary: { meetings: 6, created: 0, updated: 0, unchanged: 6, kept: 0, reads: 0, notes: 0, topics: 0, committees: 0 } });
    expect(await dumpLibrary(a)).toBe(before);
  });

  it('imports the same bundle twice without change', async () => {
    const text = bundleJson(await buildBundle(await library()));
    const b = newDb();
    await importBundleText(b, text);
    const before = await snapshot(b);
    const again = await importBundleText(b, text);
    expect(again.ok && again.summary).toMatchObject({ created: 0, unchanged: 6, reads: 0, notes: 0, topics: 0 });
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
    expect(result).toMatchObject({ created: 5, updated: 1, reads: 2, notes: 3, topics: 1 });
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
    const before = await dumpLibrary(b);
    const bundle = JSON.parse(bundleJson(await buildBundle(await library())));
    bundle.meetings.push({ ...bundle.meetings[0], date: '2024-01-01', items: [{ ...bundle.meetings[0].items[0], number: 'ni' }] });
    const result = await importBundleText(b, JSON.stringify(bundle));
    expect(result).toEqual({ ok: false, problems: ['meetings[6].items[0].number skal være et tal, ikke teksten "ni"'] });
    expect(await dumpLibrary(b)).toBe(before);
  });

  it('changes nothing when a write fails half-way', async () => {
    const b = newDb();
    await saveMeeting(b, agendaOf(vejen), 'page', 500);
    await setNote(b, meetingId(vejen), 4, 'Min note', 600);
    const before = await dumpLibrary(b);
    const bundle = await buildBundle(await library());
    // The database refuses the fourth meeting's items, as a full disk would.
    const fourth = meetingId(bundle.meetings[3]!);
    b.items.hook('creating', (_key, item) => {
      if (item.meetingId === fourth) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    });
    const result = await importBundleText(b, bundleJson(bundle));
    expect(result).toEqual({ ok: false, problems: ['Der er ikke plads til pakken i browserens lager. Intet blev ændret.'] });
    expect(await dumpLibrary(b)).toBe(before);
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
