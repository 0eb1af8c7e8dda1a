/**
 * Followed committees in the export bundle (issue 11): exported with the upcoming entries of
 * their meetings (named by identity) and each host's last check; imported by merging (a file)
 * or replacing (the web app from the extension); checked like every other field, with a Danish
 * message per problem and nothing changed; old bundles without them still import.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { meetingId } from '../../lib/db/identity';
import { listMeetings, saveMeeting } from '../../lib/db/meetings';
import type { LibraryDb } from '../../lib/db/schema';
import { followedCommittees, hostChecks, recordEntries, recordHostCheck, followCommittee, watchedEntries } from '../../lib/db/watch';
import { readBundle, type Bundle } from '../../lib/sync/bundle';
import { buildBundle, bundleJson } from '../../lib/sync/export';
import { importBundle, importBundleText } from '../../lib/sync/import';
import { dumpLibrary } from '../../scripts/db-dump';
import { tempLibraries } from '../helpers/temp-db';
import { CAPTURED, CHECK, ENTRIES, entryOf, followHvidovre, HOST, hvidovreAgenda, OEKONOMI } from '../helpers/watch-library';
import { fillLibrary } from './library';

const newDb = tempLibraries('sync-watch');
const NOW = new Date(CAPTURED);
const AGENDA_REF = { municipality: 'Hvidovre Kommune', committee: 'Økonomiudvalget', date: '2026-05-18', startTime: '17:00' };

async function watching(): Promise<LibraryDb> {
  const db = newDb();
  await followHvidovre(db);
  return db;
}

const withoutMeeting = <T extends { meetingId: string | null }>({ meetingId: _m, ...entry }: T) => entry;

describe('export', () => {
  it('carries the followed committees, the entries from today on with their meeting by identity, and the host checks', async () => {
    const bundle = await buildBundle(await watching(), { now: NOW });
    expect(bundle.committees).toEqual([OEKONOMI]);
    // April's minutes are past: left out. The agenda was saved; the others were not fetched.
    expect(bundle.watchEntries).toEqual([
      { ...withoutMeeting(ENTRIES.agenda), fetchedRelease: ENTRIES.agenda.releasedAt, meeting: AGENDA_REF },
      { ...withoutMeeting(ENTRIES.supplementary), meeting: null },
      { ...withoutMeeting(ENTRIES.june), meeting: null },
    ].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(bundle.hostChecks).toEqual([CHECK]);
    expect(readBundle(bundleJson(bundle))).toEqual({ ok: true, bundle });
  });

  it('leaves the fields out when the library follows nothing, as bundles did before', async () => {
    const bundle = await buildBundle(await fillLibrary(newDb()), { now: NOW });
    expect(Object.keys(bundle)).toEqual(['format', 'version', 'exportedAt', 'meetings', 'topics', 'reads', 'notes']);
  });
});

describe('import', () => {
  it('brings the committees, entries and checks into an empty library, each entry on that library\'s own meeting', async () => {
    const text = bundleJson(await buildBundle(await watching(), { now: NOW }));
    const b = newDb();
    const result = await importBundleText(b, text, { now: 9000 });
    expect(result).toEqual({ ok: true, summary: { meetings: 1, created: 1, updated: 0, unchanged: 0, kept: 0, reads: 0, notes: 0, topics: 0, committees: 1 } });
    expect(await followedCommittees(b)).toEqual([OEKONOMI]);
    expect(await hostChecks(b)).toEqual([CHECK]);
    const [saved] = await listMeetings(b);
    const entries = new Map((await watchedEntries(b, HOST)).map((e) => [e.id, e]));
    expect([...entries.keys()].sort()).toEqual([ENTRIES.agenda.id, ENTRIES.supplementary.id, ENTRIES.june.id].sort());
    expect(entries.get(ENTRIES.agenda.id)).toEqual({ ...ENTRIES.agenda, fetchedRelease: ENTRIES.agenda.releasedAt, meetingId: saved!.id });
    expect(entries.get(ENTRIES.june.id)).toEqual(ENTRIES.june);
  });

  it('changes nothing the second time, byte for byte, nor when a library imports its own export', async () => {
    const text = bundleJson(await buildBundle(await watching(), { now: NOW }));
    const b = newDb();
    await importBundleText(b, text);
    const before = await dumpLibrary(b);
    const again = await importBundleText(b, text);
    expect(again.ok && again.summary.committees).toBe(0);
    expect(await dumpLibrary(b)).toBe(before);
    expect(await dumpLibrary(b)).toBe(before);
    for (const watch of ['merge', 'replace'] as const) {
      const own = await watching();
      const mine = await dumpLibrary(own);
      await importBundle(own, (readBundle(bundleJson(await buildBundle(own, { now: NOW }))) as { bundle: Bundle }).bundle, { watch, now: CAPTURED });
      expect(await dumpLibrary(own)).toBe(mine);
    }
  });

  it('imports an old bundle without the fields and leaves the committees followed here as they are, even when replacing', async () => {
    const old = await buildBundle(await fillLibrary(newDb()), { now: NOW });
    const b = await watching();
    const before = { committees: await followedCommittees(b), entries: await watchedEntries(b, HOST), checks: await hostChecks(b) };
    const result = await importBundle(b, old, { watch: 'replace' });
    expect(result).toMatchObject({ created: 6, committees: 0 });
    expect({ committees: await followedCommittees(b), entries: await watchedEntries(b, HOST), checks: await hostChecks(b) }).toEqual(before);
  });

  it('merges a file: adds what is new, keeps what is followed here, takes a newer check and never an older release', async () => {
    const b = newDb();
    const mine = { ...OEKONOMI, key: `${HOST}|other`, committeeId: 'other', name: 'Teknik- og Miljøudvalget' };
    await followCommittee(b, mine);
    await followCommittee(b, { ...OEKONOMI, followedAt: 1 });
    // This library saw the supplementary agenda released again, later than the bundle's.
    const republished = { ...ENTRIES.supplementary, releasedAt: '2026-05-16T09:00:00+02:00' };
    await recordEntries(b, [republished]);
    await recordHostCheck(b, { ...CHECK, checkedAt: CAPTURED - 3_600_000 });
    const bundle = await buildBundle(await watching(), { now: NOW });
    expect(await importBundle(b, bundle)).toMatchObject({ committees: 0 });
    expect((await followedCommittees(b)).map((c) => [c.key, c.followedAt]).sort()).toEqual([[OEKONOMI.key, 1], [mine.key, OEKONOMI.followedAt]].sort());
    expect((await watchedEntries(b, HOST)).find((e) => e.id === republished.id)).toEqual(republished);
    expect(await hostChecks(b)).toEqual([CHECK]);
    // An older check does not replace a newer one.
    await importBundle(b, { ...bundle, hostChecks: [{ ...CHECK, checkedAt: 5, problem: 'Gammel' }] });
    expect(await hostChecks(b)).toEqual([CHECK]);
  });

  it('replaces for the web app: committees no longer followed go with their entries and host checks; meetings stay', async () => {
    const app = newDb();
    const gone = { ...OEKONOMI, key: 'dagsordener.aarhus.dk|x', host: 'dagsordener.aarhus.dk', origin: 'https://dagsordener.aarhus.dk', committeeId: 'x', name: 'Byrådet' };
    await followCommittee(app, gone);
    await recordEntries(app, [entryOf('aarhus-1', { committeeKey: gone.key, host: gone.host, committee: 'Byrådet' })]);
    await recordHostCheck(app, { ...CHECK, host: gone.host });
    await saveMeeting(app, hvidovreAgenda(), 'bundle', 100);
    const bundle = await buildBundle(await watching(), { now: NOW });
    expect(await importBundle(app, bundle, { watch: 'replace', now: CAPTURED })).toMatchObject({ committees: 1, unchanged: 1 });
    expect(await followedCommittees(app)).toEqual([OEKONOMI]);
    expect(await watchedEntries(app, gone.host)).toEqual([]);
    expect(await hostChecks(app)).toEqual([CHECK]);
    expect((await listMeetings(app)).map((m) => m.id)).toEqual([meetingId(hvidovreAgenda())]);
    // The extension follows nothing any more: the app follows nothing either.
    await importBundle(app, { ...bundle, meetings: [], committees: [], watchEntries: [], hostChecks: [] }, { watch: 'replace', now: CAPTURED });
    expect([await followedCommittees(app), await watchedEntries(app, HOST), await hostChecks(app)]).toEqual([[], [], []]);
  });

  it('replaces the entries from today on only: earlier ones of a committee still followed stay, an upcoming one the extension no longer lists goes', async () => {
    const app = await watching();
    const bundle = await buildBundle(await watching(), { now: NOW });
    const withoutJune = bundle.watchEntries!.filter((e) => e.id !== ENTRIES.june.id);
    await importBundle(app, { ...bundle, watchEntries: withoutJune }, { watch: 'replace', now: CAPTURED });
    expect((await watchedEntries(app, HOST)).map((e) => e.id).sort()).toEqual([ENTRIES.agenda.id, ENTRIES.supplementary.id, ENTRIES.april.id].sort());
  });

  it('keeps the meeting an entry had when the bundle names one this library lacks', async () => {
    const b = await watching();
    const bundle = await buildBundle(b, { now: NOW });
    const { meetingId: had } = (await watchedEntries(b, HOST)).find((e) => e.id === ENTRIES.agenda.id)!;
    const moved = bundle.watchEntries!.map((e) => (e.id === ENTRIES.agenda.id ? { ...e, name: 'Dagsorden (ændret)', meeting: { ...AGENDA_REF, date: '2030-01-01' } } : e));
    await importBundle(b, { ...bundle, meetings: [], watchEntries: moved }, { watch: 'replace', now: CAPTURED });
    expect((await watchedEntries(b, HOST)).find((e) => e.id === ENTRIES.agenda.id)).toMatchObject({ name: 'Dagsorden (ændret)', meetingId: had });
  });
});

describe('refusals', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Json = Record<string, any>;
  async function refused(change: (b: Json) => void): Promise<string[]> {
    const good = JSON.parse(bundleJson(await buildBundle(await watching(), { now: NOW }))) as Json;
    change(good);
    const target = newDb();
    await followCommittee(target, OEKONOMI);
    const before = await dumpLibrary(target);
    const result = await importBundleText(target, JSON.stringify(good));
    expect(await dumpLibrary(target)).toBe(before);
    return result.ok ? [] : result.problems;
  }

  it.each<[string, (b: Json) => void, string[]]>([
    ['a key that is not host|committeeId', (b) => (b.committees[0].key = 'x'), [`committees[0].key skal være "${HOST}|${OEKONOMI.committeeId}" (host|committeeId), ikke teksten "x"`, `watchEntries[0].committeeKey findes ikke blandt pakkens udvalg (${OEKONOMI.key})`, `watchEntries[1].committeeKey findes ikke blandt pakkens udvalg (${OEKONOMI.key})`, `watchEntries[2].committeeKey findes ikke blandt pakkens udvalg (${OEKONOMI.key})`]],
    ['an origin of another host', (b) => (b.committees[0].origin = 'https://example.org'), [`committees[0].origin teksten "https://example.org" er ikke adressen på ${HOST}`]],
    ['an origin that is no web address', (b) => (b.committees[0].origin = 'javascript:alert(1)'), ['committees[0].origin skal være en adresse som "https://dagsordener.hvidovre.dk", ikke teksten "javascript:alert(1)"']],
    ['a committee twice', (b) => b.committees.push(b.committees[0]), ['committees[1] er det samme udvalg som committees[0] (Økonomiudvalget)']],
    ['an entry twice', (b) => b.watchEntries.push(b.watchEntries[0]), [`watchEntries[3] er det samme møde på værten som watchEntries[0] (id ${b0Id()})`]],
    ['an entry of another host', (b) => (b.watchEntries[1].host = 'dagsordener.aarhus.dk'), [`watchEntries[1].host skal være ${HOST} som udvalget committees[0], ikke teksten "dagsordener.aarhus.dk"`]],
    ['an entry whose page is a script', (b) => (b.watchEntries[0].url = 'javascript:alert(1)'), ['watchEntries[0].url skal være en http- eller https-adresse, ikke teksten "javascript:alert(1)"']],
    ['a date that is no date', (b) => (b.watchEntries[2].date = '2026-02-30'), ['watchEntries[2].date skal være en dato som "2023-08-22", ikke teksten "2026-02-30"']],
    ['a negative count', (b) => (b.hostChecks[0].created = -1), ['hostChecks[0].created skal være 0 eller mere, ikke tallet -1']],
    ['a host checked twice', (b) => b.hostChecks.push(b.hostChecks[0]), [`hostChecks[1] er den samme vært som hostChecks[0] (${HOST})`]],
    ['a check without its client state', (b) => delete b.hostChecks[0].client, ['hostChecks[0].client mangler']],
    ['entries without committees', (b) => delete b.committees, ['committees mangler: watchEntries og hostChecks hører til de fulgte udvalg']],
    ['committees that are no list', (b) => (b.committees = {}), ['committees skal være en liste, ikke et objekt']],
  ])('refuses %s with its message and changes nothing', async (_name, change, problems) => {
    expect(await refused(change)).toEqual(problems);
  });
});

/** The id of the first exported entry (entries come in id order). */
function b0Id(): string {
  return [ENTRIES.agenda.id, ENTRIES.supplementary.id, ENTRIES.june.id].sort()[0]!;
}
