/**
 * Refused imports change nothing. Every bundle here is the export of a real library
 * (library.ts) with faults put in, imported into a smaller library that the bundle
 * would change if it were accepted. Each answer is a Danish message per fault naming
 * where it is, and the library's raw dump (every store, search index included, keys
 * and key generators) is the same text before and after.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { markRead, setNote } from '../../lib/db/marks';
import { meetingId } from '../../lib/db/identity';
import { followTopic } from '../../lib/db/topics';
import { buildBundle, bundleJson } from '../../lib/sync/export';
import { importBundleText } from '../../lib/sync/import';
import { MAX_MEETINGS } from '../../lib/sync/bundle';
import { dumpLibrary } from '../../scripts/db-dump';
import { seeded } from '../helpers/random';
import { fixtureText, SEEDS } from '../helpers/fixtures';
import { agendaOf, fillLibrary, herning2019, vejen } from './library';
import { tempLibraries } from '../helpers/temp-db';

const NOT_JSON = 'Filen er ikke en pakke fra Referat: den er ikke gyldig JSON.';
const MB50 = 50_000_000;

const newDb = tempLibraries('refusals', 'all');

/** The vejen agenda with a read mark and a note, the 2019 minutes, one topic: the six-meeting bundle would add four meetings, turn the agenda into minutes and add topics. */
async function smallLibrary(): Promise<LibraryDb> {
  const db = newDb();
  await saveMeeting(db, agendaOf(vejen), 'page', 500);
  await saveMeeting(db, herning2019, 'file', 600);
  await markRead(db, meetingId(vejen), 4, true, 700);
  await setNote(db, meetingId(vejen), 4, 'Min note', 800);
  await followTopic(db, 'budget', 900);
  return db;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
let good: Json;
let target: LibraryDb;
let before: string;

beforeAll(async () => {
  good = JSON.parse(bundleJson(await buildBundle(await fillLibrary(newDb()), { now: new Date('2025-01-31T12:00:00Z') })));
  target = await smallLibrary();
  before = await dumpLibrary(target);
});

function broken(change: (b: Json) => void): string {
  const b = structuredClone(good);
  change(b);
  return JSON.stringify(b);
}

async function refused(text: string): Promise<string[]> {
  const result = await importBundleText(target, text, { now: 9000 });
  expect(await dumpLibrary(target)).toBe(before);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('a bundle with a fault', () => {
  it('would change the library without it (so the cases below can fail)', async () => {
    const db = await smallLibrary();
    const first = await dumpLibrary(db);
    const result = await importBundleText(db, JSON.stringify(good), { now: 9000 });
    expect(result).toEqual({ ok: true, summary: { meetings: 6, created: 4, updated: 1, unchanged: 1, kept: 0, reads: 2, notes: 2, topics: 2, committees: 0 } });
    expect(await dumpLibrary(db)).not.toBe(first);
  });

  it.each<[string, (b: Json) => void, string[]]>([
    ['a newer version', (b) => { b.version = 2; }, ['Pakken har version 2, men denne udgave af Referat læser kun version 1, så opdater appen, og prøv igen.']],
    ['the version as text', (b) => { b.version = '1'; }, ['version skal være 1, ikke teksten "1".']],
    ['another format', (b) => { b.format = 'zotero'; }, ['format skal være "minutes-bundle", ikke teksten "zotero": filen er ikke en pakke fra Referat.']],
    ['no format', (b) => { delete b.format; }, ['format mangler: filen er ikke en pakke fra Referat.']],
    ['a meeting without a date', (b) => { delete b.meetings[2].date; }, ['meetings[2].date mangler']],
    ['an item without a number', (b) => { delete b.meetings[4].items[3].number; }, ['meetings[4].items[3].number mangler']],
    ['an item number as text', (b) => { b.meetings[1].items[0].number = '1'; }, ['meetings[1].items[0].number skal være et tal, ikke teksten "1"']],
    ['items that are not a list', (b) => { b.meetings[5].items = { 1: b.meetings[5].items[0] }; }, ['meetings[5].items skal være en liste, ikke et objekt']],
    ['a boolean as "true"', (b) => { b.meetings[5].items[0].closed = 'true'; }, ['meetings[5].items[0].closed skal være true eller false, ikke teksten "true"']],
    ['a topic\'s notify as "true"', (b) => { b.topics[1].notify = 'true'; }, ['topics[1].notify skal være true eller false, ikke teksten "true"']],
    ['a read time as text', (b) => { b.reads[0].readAt = '1100'; }, ['reads[0].readAt skal være et tal, ikke teksten "1100"']],
    // The same meeting twice is refused, naming both: an export never holds it twice, so the file was
    // edited or joined by hand, and which copy the user wants (and whose marks) cannot be known.
    ['the same meeting twice', (b) => { b.meetings.push(structuredClone(b.meetings[4])); }, [
      'meetings[6] er det samme møde som meetings[4] (Herning Kommune, Beskæftigelsesudvalget, 2023-08-22 kl. 08:00)',
    ]],
    ['the same meeting twice, once as its agenda', (b) => { b.meetings.push(agendaOf(b.meetings[3])); }, [
      'meetings[6] er det samme møde som meetings[3] (Vejen Kommune, Udvalget for arbejdsmarked og integration 2022-2025, 2022-10-25 kl. 14:00)',
    ]],
    ['the same topic twice', (b) => { b.topics.push({ ...b.topics[0], query: '  Blå Kors   Varmestue ' }); }, ['topics[2] er det samme emne som topics[0] ("Blå Kors Varmestue")']],
    ['a read mark on a meeting neither in the bundle nor in the library', (b) => { b.reads[0].meeting.date = '2021-01-01'; }, [
      'reads[0].meeting findes ikke blandt pakkens møder (Herning Kommune, Beskæftigelsesudvalget, 2021-01-01 kl. 08:00)',
    ]],
    // A bundle carries the meetings of its marks (an export always does), so marks are checked against
    // the bundle alone: whether it is accepted does not depend on what the receiving library holds.
    ['a read mark on a meeting only the library holds', (b) => {
      b.reads.push({ meeting: { ...b.reads[0].meeting, date: '2019-04-24' }, number: 23, readAt: 5 });
      b.meetings.shift();
    }, ['reads[3].meeting findes ikke blandt pakkens møder (Herning Kommune, Beskæftigelsesudvalget, 2019-04-24 kl. 08:00)']],
    ['a note on an item the meeting lacks', (b) => { b.notes[0].number = 99; }, ['notes[0].number: mødet meetings[4] har intet punkt 99']],
    ['several faults at once, all listed', (b) => { delete b.meetings[2].date; b.topics[0].notify = 'ja'; b.notes[1].text = 5; }, [
      'meetings[2].date mangler',
      'topics[0].notify skal være true eller false, ikke teksten "ja"',
      'notes[1].text skal være en tekst, ikke tallet 5',
    ]],
  ])('refuses %s and changes nothing', async (_, change, expected) => {
    expect(await refused(broken(change))).toEqual(expected);
  });
});

/** 50 MB of a repeated piece, as one string. */
const fill = (piece: string, length = MB50) => piece.repeat(Math.ceil(length / piece.length));
/** Seeded random bytes, four at a time (randomBytes takes seconds for 50 MB). */
function randomWords(length: number): Uint8Array {
  const next = seeded(6);
  const words = new Uint32Array(length / 4);
  for (let i = 0; i < words.length; i++) words[i] = Math.floor(next() * 2 ** 32);
  return new Uint8Array(words.buffer);
}
const head = (rest: string) => `{"format":"minutes-bundle","version":1,"exportedAt":"2025-01-31T12:00:00.000Z",${rest}}`;

describe('50 MB of junk', () => {
  it.each<[string, () => string, string[]]>([
    // 50 MB of seeded random bytes, read as the web app reads a file (UTF-8, 47 million characters).
    ['random bytes', () => new TextDecoder().decode(randomWords(MB50)), [NOT_JSON]],
    ['text that is not JSON', () => fill(fixtureText(SEEDS.herning2023)), [NOT_JSON]],
    ['a JSON list', () => `[${fill('1234567,').slice(0, -1)}]`, ['Filen er ikke en pakke fra Referat: den skal være et JSON-objekt, ikke en liste.']],
    ['brackets nested 25 million deep', () => '['.repeat(MB50 / 2) + ']'.repeat(MB50 / 2), [
      'Filen er ikke en pakke fra Referat: dens JSON ligger i mere end 16 niveauer inden i hinanden (en pakke har højst 7).',
    ]],
    ['16 million empty meetings', () => head(`"meetings":[${fill('{},').slice(0, -1)}]`), [
      'Filen er ikke en pakke fra Referat: dens JSON har mere end 5.000.000 lister og objekter.',
    ]],
    // 50 MB in 161,813 pieces of 309 characters.
    ['more meetings than a bundle may hold', () => head(`"meetings":[${fill('{"x":"' + 'y'.repeat(300) + '"},').slice(0, -1)}]`), [
      `meetings har 161813 elementer; højst ${MAX_MEETINGS} er tilladt`,
    ]],
    ['50 MB of text where a time belongs', () => head(`"meetings":[],"x":0`).replace('"2025-01-31T12:00:00.000Z"', `"${fill('x')}"`), [
      'exportedAt skal være et tidspunkt som "2025-01-31T12:00:00.000Z", ikke teksten "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…"',
    ]],
  ])('refuses %s with one clear message', async (_, make, expected) => {
    const text = make();
    expect(text.length).toBeGreaterThan(MB50 * 0.9);
    expect(await refused(text)).toEqual(expected);
  });

  it('refuses 90,000 junk meetings with fifty messages and a count, not a million', async () => {
    const junk = `{"titel":"${'y'.repeat(545)}"},`;
    const text = head(`"meetings":[${junk.repeat(90_000).slice(0, -1)}]`);
    expect(text.length).toBeGreaterThan(MB50);
    const problems = await refused(text);
    const fields = ['kind', 'municipality', 'committee', 'date', 'startTime', 'location', 'participants', 'absent', 'sourceUrl', 'items', 'warnings'];
    const first = Array.from({ length: 50 }, (_, i) => `meetings[${Math.floor(i / 11)}].${fields[i % 11]} mangler`);
    expect(problems).toEqual([...first, `… og ${90_000 * 11 - 50} fejl mere.`]);
  });
});

describe('a write that fails half-way', () => {
  it.each<[string, (db: LibraryDb) => void]>([
    ['the notes', (db) => db.notes.hook('creating', () => { throw new Error('notes refused'); })],
    ['the topics', (db) => db.topics.hook('creating', () => { throw new Error('topics refused'); })],
    ['the search index of the fifth meeting', (db) => {
      let docs = 0;
      db.searchDocs.hook('creating', () => { if (++docs === 4) throw new Error('index refused'); });
    }],
  ])('changes nothing when the database refuses %s', async (_, refuse) => {
    const db = await smallLibrary();
    const first = await dumpLibrary(db);
    const failing = new LibraryDb(db.name);
    refuse(failing);
    const result = await importBundleText(failing, JSON.stringify(good), { now: 9000 });
    failing.close();
    expect(result).toEqual({ ok: false, problems: ['Pakken kunne ikke gemmes. Intet blev ændret.'] });
    expect(await dumpLibrary(db)).toBe(first);
  });
});
