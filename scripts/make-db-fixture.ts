/**
 * Writes test/fixtures/db/: libraries exactly as the first shipped release
 * (commit c21a707, schema versions 1–3) stored them, for test/db/upgrade.test.ts.
 * The shipped release's own code parses the fixtures and writes the library, so the
 * records are real; this script only drives it and dumps IndexedDB raw.
 *
 *   git worktree add /tmp/shipped c21a707 && ln -s "$PWD/node_modules" /tmp/shipped/node_modules
 *   npx tsx scripts/make-db-fixture.ts /tmp/shipped
 *   git worktree remove --force /tmp/shipped
 *
 * Files:
 * - v3-library.json: the full version 3 database (meetings, items, reads, notes,
 *   topics and the search index), written by the shipped saveMeeting, markRead,
 *   setNote and followTopic;
 * - v1-library.json: a version 1 database (the four stores of version 1 only, as if
 *   a build with only version 1 had written it): the same records, put into a
 *   database declared with version 1's stores;
 * - v1-upgraded-search.json: the search stores the shipped version 2 upgrader built
 *   when the shipped LibraryDb opened v1-library.json;
 * - meetings.json: the meetings as the shipped parser gave them, by id.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import type { Meeting } from '../lib/parse/types';
import { dumpByName, encodeDump, restoreDatabase, type DatabaseDump } from '../test/helpers/db-dump';

const shipped = resolve(process.argv[2] ?? '');
if (!process.argv[2]) {
  console.error('Usage: npx tsx scripts/make-db-fixture.ts <checkout of c21a707>');
  process.exit(1);
}
const OUT = fileURLToPath(new URL('../test/fixtures/db/', import.meta.url));

/** A module of the shipped checkout (typed as today's, which the script only calls). */
const load = <T>(path: string): Promise<T> => import(resolve(shipped, path)) as Promise<T>;
const { LibraryDb } = await load<typeof import('../lib/db/schema')>('lib/db/schema.ts');
const { saveMeeting } = await load<typeof import('../lib/db/meetings')>('lib/db/meetings.ts');
const { markRead, setNote } = await load<typeof import('../lib/db/marks')>('lib/db/marks.ts');
const { followTopic, unfollowTopic, markTopicSeen, setTopicNotify } = await load<typeof import('../lib/db/topics')>('lib/db/topics.ts');
const { meetingId } = await load<typeof import('../lib/db/identity')>('lib/db/identity.ts');
const { parseFile } = await load<typeof import('../lib/sites/parse-file')>('lib/parse/index.ts');
const { nodeEnvironment } = await load<typeof import('../lib/parse/node')>('lib/parse/node.ts');
const { meetingOf, fixtureBytes, SEEDS } = await load<typeof import('../test/helpers/fixtures')>('test/helpers/fixtures.ts');

const PAGE = 'firstagenda/aarhus-byraad-dagsorden-2025-10-08.html';
const PAGE_URL = 'https://dagsordener.aarhus.dk/vis?fk=123&id=4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';

const page = await parseFile({ bytes: fixtureBytes(PAGE), name: PAGE, url: PAGE_URL }, nodeEnvironment);
if (!page.ok) throw new Error(page.reason);
const [herning2023, herning2022, hvidovre, vejen, herning2019] = Object.values(SEEDS).map(meetingOf) as [Meeting, Meeting, Meeting, Meeting, Meeting];
const aarhus = page.meeting;
const agendaOf = (m: Meeting): Meeting => ({ ...m, kind: 'dagsorden', items: m.items.map((i) => ({ ...i, decisions: [] })) });

// A user's first weeks, on a fixed clock so the fixture is the same every time.
const T = 1_730_000_000_000;
const db = new LibraryDb('shipped-v3');
const saves = [
  await saveMeeting(db, agendaOf(vejen), 'page', T + 1),
  await saveMeeting(db, herning2023, 'page', T + 2),
  await saveMeeting(db, herning2022, 'pdf', T + 3),
  await saveMeeting(db, hvidovre, 'file', T + 4),
  await saveMeeting(db, herning2019, 'pdf', T + 5),
  await saveMeeting(db, aarhus, 'page', T + 6),
];
await markRead(db, meetingId(vejen), 4, true, T + 7);
await setNote(db, meetingId(vejen), 4, 'Spørg til tolkebistanden før mødet', T + 8);
// The agenda becomes the minutes: updated in place, its read mark and note stay.
saves.push(await saveMeeting(db, vejen, 'page', T + 9));
// The agenda of minutes already saved is kept out.
saves.push(await saveMeeting(db, agendaOf(herning2023), 'page', T + 10));
await markRead(db, meetingId(herning2023), 48, true, T + 11);
await markRead(db, meetingId(herning2023), herning2023.items[0]!.number, true, T + 12);
await markRead(db, meetingId(herning2022), herning2022.items[1]!.number, true, T + 13);
await markRead(db, meetingId(aarhus), 2, true, T + 14);
await markRead(db, meetingId(aarhus), 3, true, T + 15);
await markRead(db, meetingId(aarhus), 3, false, T + 16);
await setNote(db, meetingId(herning2023), 48, 'Blå Kors: følg op i efteråret «varmestue»', T + 17);
await setNote(db, meetingId(hvidovre), hvidovre.items[0]!.number, 'Økonomi?', T + 18);
await setNote(db, meetingId(herning2019), herning2019.items[0]!.number, 'Slettes igen', T + 19);
await setNote(db, meetingId(herning2019), herning2019.items[0]!.number, '', T + 20);
const blaaKors = await followTopic(db, 'Blå Kors Varmestue', T + 21);
const gadeplan = await followTopic(db, '  gadeplan ', T + 22);
const budget = await followTopic(db, 'budget', T + 23);
await markTopicSeen(db, blaaKors.id, T + 24);
await setTopicNotify(db, gadeplan.id, false);
// The last topic unfollowed: the key generator stands past the largest id.
await unfollowTopic(db, budget.id);
db.close();
console.log(saves.map((s) => s.status).join(' '));

const v3 = await dumpByName('shipped-v3');

// Version 1's stores, copied from the shipped schema: a frozen past.
const v1 = new Dexie('shipped-v1');
v1.version(1).stores({
  meetings: 'id, identity, date, savedAt, sourceUrl',
  items: '[meetingId+number], meetingId, caseKey, date',
  reads: '[meetingId+number], meetingId',
  notes: '[meetingId+number], meetingId',
});
await v1.open();
v1.close();
await restoreRecords('shipped-v1', v3, ['meetings', 'items', 'reads', 'notes']);
const v1Dump = await dumpByName('shipped-v1');

// The shipped upgrader on the version 1 database.
await restoreDatabase(v1Dump, 'shipped-v1-upgraded');
const upgraded = new LibraryDb('shipped-v1-upgraded');
await upgraded.open();
upgraded.close();
const search = await dumpByName('shipped-v1-upgraded');
search.stores = search.stores.filter((s) => ['searchDocs', 'postings', 'searchMeta', 'searchLog'].includes(s.name));

const meetings: Record<string, Meeting> = {};
for (const m of [herning2019, herning2022, hvidovre, vejen, herning2023, aarhus]) meetings[meetingId(m)] = m;

mkdirSync(OUT, { recursive: true });
const write = (file: string, text: string) => {
  writeFileSync(OUT + file, text + '\n');
  console.log(`${file}: ${text.length} characters`);
};
write('v3-library.json', encodeDump({ ...v3, name: 'v3-library' }, 1));
write('v1-library.json', encodeDump({ ...v1Dump, name: 'v1-library' }, 1));
write('v1-upgraded-search.json', encodeDump({ ...search, name: 'v1-upgraded-search' }, 1));
write('meetings.json', JSON.stringify(meetings, null, 1));

/** Puts the records of `stores` from a dump into an existing database, keys as they were. */
async function restoreRecords(name: string, from: DatabaseDump, stores: string[]): Promise<void> {
  const target = new Dexie(name);
  await target.open();
  for (const s of from.stores.filter((s) => stores.includes(s.name))) {
    const table = target.table(s.name);
    const values = s.records.map(([, v]) => v);
    if (table.schema.primKey.keyPath) await table.bulkPut(values);
    else await table.bulkPut(values, s.records.map(([k]) => k) as never);
  }
  target.close();
}
