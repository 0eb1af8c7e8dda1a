/**
 * Storage pressure on fake-indexeddb: IndexedDB refuses writes the two ways
 * browsers do (test/helpers/full-disk.ts), and every write of the library (a new
 * meeting, an update, an import, a file opened, a followed topic, a read mark, a
 * note) fails while the library stays exactly as it was (the raw dump of every
 * store, search index included) and readable; once there is room, the same
 * writes succeed. The sentences a save, an import and an opened file give are
 * checked here; those the topic pages show, in test/components/topic-errors.test.tsx.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refuseWrites, type Mode } from '../helpers/full-disk';
import { LibraryDb } from '../../lib/db/schema';
import { listMeetings, loadMeeting, saveMeeting } from '../../lib/db/meetings';
import { markRead, notesOf, readMarks, setNote } from '../../lib/db/marks';
import { followTopic, listTopics } from '../../lib/db/topics';
import { meetingId } from '../../lib/db/identity';
import { importBundleText } from '../../lib/sync/import';
import { buildBundle, bundleJson } from '../../lib/sync/export';
import { openMinutesFile } from '../../components/library/open-minutes';
import { isQuotaError, markErrorMessage, saveErrorMessage } from '../../lib/db/save-error';
import { search } from '../../lib/search/search';
import type { Meeting } from '../../lib/parse/types';
import { nearlyFull } from '../../components/library/StorageFooter';
import { dumpLibrary } from '../../scripts/db-dump';
import { fixtureText, meetingOf, SEEDS } from '../helpers/fixtures';

const FULL = 'Der er ikke plads til flere referater i browserens lager; det, der allerede er gemt, er uændret.';
const BUNDLE_FULL = 'Der er ikke plads til pakken i browserens lager. Intet blev ændret.';

const herning = meetingOf(SEEDS.herning2023);
const hvidovre = meetingOf(SEEDS.hvidovre);
const vejen = meetingOf(SEEDS.vejen);
const HERNING = meetingId(herning);
const HVIDOVRE = meetingId(hvidovre);

/** A bundle with a new meeting, a new topic and a read mark on it. */
async function otherBundle(): Promise<string> {
  const other = new LibraryDb(`quota-bundle-${n++}`);
  const { meetingId: id } = await saveMeeting(other, vejen, 'file', 5000);
  await markRead(other, id, 4, true, 5100);
  await followTopic(other, 'integration', 5200);
  const text = bundleJson(await buildBundle(other, { now: new Date(5300) }));
  await other.delete();
  return text;
}

let db: LibraryDb;
let n = 0;
let before: string;

beforeEach(async () => {
  refuseWrites(null);
  db = new LibraryDb(`quota-${n++}`);
  await saveMeeting(db, herning, 'page', 1000);
  await saveMeeting(db, hvidovre, 'pdf', 2000);
  await markRead(db, HERNING, 48, true, 3000);
  await setNote(db, HERNING, 48, 'Spørg til åbningstiderne', 3100);
  await followTopic(db, 'Blå Kors Varmestue', 3200);
  before = await dumpLibrary(db);
});
afterEach(async () => {
  refuseWrites(null);
  await db.delete();
});

/** Refuses writes while `work` runs and gives back how it ended. */
async function whileFull<T>(mode: Mode, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  refuseWrites(mode);
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  } finally {
    refuseWrites(null);
  }
}

/** The library is what it was: every store byte for byte, and every meeting, mark, note, topic and search as before. */
async function expectUnchanged(): Promise<void> {
  expect(await dumpLibrary(db)).toBe(before);
  expect((await listMeetings(db)).map((m) => m.id)).toEqual([HERNING, HVIDOVRE]);
  expect(await loadMeeting(db, HERNING)).toEqual(herning);
  expect(await loadMeeting(db, HVIDOVRE)).toEqual(hvidovre);
  expect(await readMarks(db, HERNING)).toEqual([{ meetingId: HERNING, number: 48, readAt: 3000 }]);
  expect(await notesOf(db, HERNING)).toEqual([{ meetingId: HERNING, number: 48, text: 'Spørg til åbningstiderne', updatedAt: 3100 }]);
  expect((await listTopics(db)).map((t) => t.query)).toEqual(['Blå Kors Varmestue']);
  const hits = await search(db, 'Blå Kors Varmestue');
  expect(hits.map((h) => [h.meetingId, h.number])).toEqual([[HERNING, 48]]);
}

describe.each<Mode>(['request', 'commit'])('a full disk (%s)', (mode) => {
  it('refuses a new meeting with the Danish sentence, and the library stays as it was', async () => {
    const result = await whileFull(mode, () => saveMeeting(db, vejen, 'page', 4000));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(isQuotaError(result.error)).toBe(true);
    expect(saveErrorMessage(result.error)).toBe(FULL);
    await expectUnchanged();
  });

  it('refuses an update of a saved meeting (an item more), and the saved one stays whole', async () => {
    const more: Meeting = { ...hvidovre, items: [...hvidovre.items, { ...hvidovre.items[0]!, number: 99, title: 'Nyt punkt' }] };
    const result = await whileFull(mode, () => saveMeeting(db, more, 'page', 4000));
    expect(result.ok ? result.value : saveErrorMessage(result.error)).toBe(FULL);
    await expectUnchanged();
  });

  it('refuses an import with the Danish sentence and changes nothing', async () => {
    const text = await otherBundle();
    const result = await whileFull(mode, () => importBundleText(db, text, { now: 6000 }));
    expect(result).toEqual({ ok: true, value: { ok: false, problems: [BUNDLE_FULL] } });
    await expectUnchanged();
  });

  it('refuses a file opened from disk with the Danish sentence', async () => {
    const file = new File([fixtureText(SEEDS.vejen)], 'vejen.txt', { type: 'text/plain' });
    const result = await whileFull(mode, () => openMinutesFile(db, file));
    expect(result).toEqual({ ok: true, value: { ok: false, message: FULL } });
    await expectUnchanged();
  });

  // Library level: the writes fail as a full disk; what the topic pages then say is tested on the rendered pages.
  it('refuses a followed topic, a read mark and a note as a full disk, and keeps the old ones', async () => {
    const writes: Array<[string, () => Promise<unknown>]> = [
      ['topic', () => followTopic(db, 'gadeplan', 4000)],
      ['read mark', () => markRead(db, HVIDOVRE, 3, true, 4000)],
      ['note', () => setNote(db, HERNING, 48, 'Ny tekst', 4000)],
    ];
    for (const [what, write] of writes) {
      const result = await whileFull(mode, write);
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(isQuotaError(result.error), what).toBe(true);
    }
    await expectUnchanged();
  });

  it('saves, imports and marks again once there is room', async () => {
    await whileFull(mode, () => saveMeeting(db, vejen, 'page', 4000));
    expect(await saveMeeting(db, vejen, 'page', 4000)).toEqual({ status: 'created', meetingId: meetingId(vejen), itemCount: vejen.items.length });
    const imported = await importBundleText(db, await otherBundle(), { now: 6000 });
    // The bundle's copy came from a file, the saved one from a page: the same meeting and content, so unchanged (it keeps its source).
    expect(imported).toEqual({ ok: true, summary: { meetings: 1, created: 0, updated: 0, unchanged: 1, kept: 0, reads: 1, notes: 0, topics: 1, committees: 0 } });
    await markRead(db, HVIDOVRE, 3, true, 7000);
    expect(await readMarks(db, HVIDOVRE)).toEqual([{ meetingId: HVIDOVRE, number: 3, readAt: 7000 }]);
    expect(await loadMeeting(db, HERNING)).toEqual(herning);
  });
});

describe('isQuotaError', () => {
  it('knows the refusal however Dexie wraps it, and nothing else', () => {
    const quota = new DOMException('', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'QuotaExceededError ', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', message: 'items.bulkPut(): 1 of 3 operations failed', failures: [quota] })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'Transaction aborted', inner: new DOMException('', 'AbortError') })).toBe(false);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(saveErrorMessage(new Error('x'))).toBe('Referatet kunne ikke gemmes; det, der allerede er gemt, er uændret.');
    expect(markErrorMessage(new Error('x'), 'Emnet kunne ikke gemmes')).toBe('Emnet kunne ikke gemmes; det, der allerede er gemt, er uændret.');
  });
});

describe('the library\'s storage line', () => {
  it('warns from 90 % of the quota on, and not without an estimate', () => {
    expect(nearlyFull({ usage: 899, quota: 1000 })).toBe(false);
    expect(nearlyFull({ usage: 900, quota: 1000 })).toBe(true);
    expect(nearlyFull({ usage: 487_000, quota: 1 })).toBe(true);
    expect(nearlyFull({ usage: 5, quota: 0 })).toBe(false);
    expect(nearlyFull({ usage: 5 })).toBe(false);
    expect(nearlyFull(null)).toBe(false);
  });
});
