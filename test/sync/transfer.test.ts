/**
 * "Send til telefonen" (issue 14): the extension's library sends what changed since its last
 * transfer, each meeting with when it last changed there; the phone's library takes a transfer
 * so that the same file twice, or an older file after a newer one, changes nothing (its raw
 * dump is the same text), a newer meeting replaces the older by identity, and read marks are united.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { meetingId } from '../../lib/db/identity';
import { markRead, readMarks } from '../../lib/db/marks';
import { loadMeeting, saveMeeting } from '../../lib/db/meetings';
import type { LibraryDb } from '../../lib/db/schema';
import { followTopic } from '../../lib/db/topics';
import { lastReceived, lastSent, meetingsChangedSince, setLastSent } from '../../lib/db/transfer';
import { hostChecks, recordHostCheck } from '../../lib/db/watch';
import type { Meeting } from '../../lib/parse/types';
import { readBundle, type Bundle } from '../../lib/sync/bundle';
import { buildBundle, buildTransferBundle, bundleJson } from '../../lib/sync/export';
import { importBundleText } from '../../lib/sync/import';
import { refOf } from '../../lib/sync/refs';
import { dumpLibrary } from '../../scripts/db-dump';
import { tempLibraries } from '../helpers/temp-db';
import { CAPTURED, CHECK, followHvidovre, hvidovreAgenda } from '../helpers/watch-library';
import { fillLibrary, herning2019, hvidovre, vejen } from './library';

const newDb = tempLibraries('transfer');
const HOUR = 3_600_000;
const T1 = CAPTURED + HOUR;
const CHANGED = CAPTURED + 2 * HOUR;
const T2 = CAPTURED + 3 * HOUR;

/** Vejen's minutes with its first item renamed: the meeting as it changed after the first transfer. */
const newVejen: Meeting = { ...vejen, items: vejen.items.map((item, i) => (i === 0 ? { ...item, title: `${item.title} (rettet)` } : item)) };

interface Extension {
  db: LibraryDb;
  /** Everything, sent at T1 (the first transfer). */
  first: string;
  /** What changed since T1, sent at T2. */
  second: string;
  /** Everything again, sent at T2 (a phone that lost its data). */
  whole: string;
}

/**
 * The extension's library: six meetings saved at 1000, marks, notes and two topics, Hvidovre's
 * committee followed with its agenda saved; sent to the phone at T1. Then Vejen's minutes change,
 * an item of Herning 2019 is read, a topic is followed and the host is checked again; sent at T2.
 */
async function extension(): Promise<Extension> {
  const db = await fillLibrary(newDb());
  await followHvidovre(db);
  const first = bundleJson(await buildTransferBundle(db, null, { now: new Date(T1) }));
  await setLastSent(db, T1);
  await saveMeeting(db, newVejen, 'page', CHANGED);
  await markRead(db, meetingId(herning2019), 23, true, CHANGED);
  await followTopic(db, 'Grenhusene', CHANGED);
  await recordHostCheck(db, { ...CHECK, checkedAt: CHANGED, okAt: CHANGED, created: 0, updated: 0 });
  const second = bundleJson(await buildTransferBundle(db, (await lastSent(db))!, { now: new Date(T2) }));
  const whole = bundleJson(await buildTransferBundle(db, null, { now: new Date(T2) }));
  return { db, first, second, whole };
}

const bundleOf = (text: string): Bundle => {
  const read = readBundle(text);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.bundle;
};

async function imported(db: LibraryDb, text: string, now: number) {
  const result = await importBundleText(db, text, { now });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.summary;
}

describe('sending to the phone', () => {
  it('finds the meetings changed, read or noted since a moment', async () => {
    const { db } = await extension();
    expect([...(await meetingsChangedSince(db, T1))].sort()).toEqual([meetingId(herning2019), meetingId(vejen)].sort());
    // Strictly after: the page's read mark at 1250 counts after 1200, not after 1250.
    expect((await meetingsChangedSince(db, 1200)).size).toBe(6);
    expect((await meetingsChangedSince(db, 1250)).size).toBe(5);
    // Hvidovre's note was written at 1400; Hvidovre's agenda was saved by the check at CAPTURED.
    expect([...(await meetingsChangedSince(db, 1300))].sort()).toEqual([meetingId(hvidovre), meetingId(hvidovreAgenda()), meetingId(herning2019), meetingId(vejen)].sort());
    expect((await meetingsChangedSince(db, CHANGED)).size).toBe(0);
  });

  it('sends everything the first time, each meeting with when it last changed', async () => {
    const { first } = await extension();
    const bundle = bundleOf(first);
    expect(bundle.exportedAt).toBe(new Date(T1).toISOString());
    expect(bundle.meetings).toHaveLength(7);
    expect(bundle.changes).toEqual(bundle.meetings.map((m) => ({ meeting: refOf(m), changedAt: m.committee === 'Økonomiudvalget' ? CAPTURED : 1000 })));
    expect(bundle.topics.map((t) => t.query)).toEqual(['Blå Kors Varmestue', 'gadeplanmedarbejdere']);
    expect(bundle.committees).toHaveLength(1);
  });

  it('then only the meetings changed or read since, with every topic and the committees as they are now', async () => {
    const { second } = await extension();
    const bundle = bundleOf(second);
    expect(bundle.meetings).toEqual([herning2019, newVejen]);
    expect(bundle.changes).toEqual([{ meeting: refOf(herning2019), changedAt: 1000 }, { meeting: refOf(vejen), changedAt: CHANGED }]);
    expect(bundle.reads.map((r) => [r.meeting.date, r.number, r.readAt])).toEqual([['2019-04-24', 23, CHANGED], ['2022-10-25', 4, 1200]]);
    expect(bundle.topics.map((t) => t.query)).toEqual(['Blå Kors Varmestue', 'gadeplanmedarbejdere', 'Grenhusene']);
    expect(bundle.hostChecks?.map((h) => h.checkedAt)).toEqual([CHANGED]);
  });

  it('leaves `changes` out of the whole library\'s export, as before', async () => {
    const { db } = await extension();
    expect('changes' in (await buildBundle(db))).toBe(false);
  });
});

describe('taking a transfer on the phone', () => {
  it('takes the first and the second: the newer meeting replaces the older by identity, read marks are united', async () => {
    const { first, second } = await extension();
    const phone = newDb();
    expect(await imported(phone, first, T1 + 60_000)).toMatchObject({ meetings: 7, created: 7 });
    expect(await lastReceived(phone)).toEqual({ exportedAt: new Date(T1).toISOString(), receivedAt: T1 + 60_000 });
    expect(await imported(phone, second, T2 + 60_000)).toEqual({
      meetings: 2, created: 0, updated: 1, unchanged: 1, kept: 0, reads: 1, notes: 0, topics: 1, committees: 0,
    });
    expect(await loadMeeting(phone, meetingId(vejen))).toEqual(newVejen);
    expect((await readMarks(phone, meetingId(herning2019))).map((r) => [r.number, r.readAt])).toEqual([[23, CHANGED]]);
    expect((await readMarks(phone, meetingId(vejen))).map((r) => [r.number, r.readAt])).toEqual([[4, 1200]]);
    expect((await hostChecks(phone)).map((h) => h.checkedAt)).toEqual([CHANGED]);
    expect(await lastReceived(phone)).toEqual({ exportedAt: new Date(T2).toISOString(), receivedAt: T2 + 60_000 });
  });

  it('changes nothing when the same file comes twice, byte for byte', async () => {
    const { first, second } = await extension();
    const phone = newDb();
    await imported(phone, first, T1 + 60_000);
    const once = await dumpLibrary(phone);
    expect(await imported(phone, first, T1 + 120_000)).toEqual({
      meetings: 7, created: 0, updated: 0, unchanged: 7, kept: 0, reads: 0, notes: 0, topics: 0, committees: 0,
    });
    expect(await dumpLibrary(phone)).toBe(once);
    await imported(phone, second, T2 + 60_000);
    const twice = await dumpLibrary(phone);
    await imported(phone, second, T2 + 120_000);
    expect(await dumpLibrary(phone)).toBe(twice);
  });

  it('changes nothing when an older file comes after a newer one, byte for byte', async () => {
    const { first, second, whole } = await extension();
    // The two transfers in order, then the first again.
    const phone = newDb();
    await imported(phone, first, T1 + 60_000);
    await imported(phone, second, T2 + 60_000);
    const newest = await dumpLibrary(phone);
    expect(await imported(phone, first, T2 + 120_000)).toMatchObject({ meetings: 7, created: 0, updated: 0, unchanged: 7 });
    expect(await dumpLibrary(phone)).toBe(newest);
    // The whole library as it is at T2, then the file of T1.
    const other = newDb();
    await imported(other, whole, T2 + 60_000);
    const whole2 = await dumpLibrary(other);
    await imported(other, first, T2 + 120_000);
    expect(await dumpLibrary(other)).toBe(whole2);
    expect(await loadMeeting(other, meetingId(vejen))).toEqual(newVejen);
  });

  it('would go back to the older meeting and host check without `changes` (so the test above can fail)', async () => {
    const { first, whole } = await extension();
    const phone = newDb();
    await imported(phone, whole, T2 + 60_000);
    const { changes: _, ...plain } = bundleOf(first);
    await imported(phone, bundleJson(plain as Bundle), T2 + 120_000);
    expect(await loadMeeting(phone, meetingId(vejen))).toEqual(vejen);
  });

  it('takes a newer file after an older one that came later: only what is newer', async () => {
    const { first, second } = await extension();
    const phone = newDb();
    await imported(phone, second, T2 + 60_000);
    expect(await imported(phone, first, T2 + 120_000)).toMatchObject({ meetings: 7, created: 5, updated: 0, unchanged: 2 });
    expect(await loadMeeting(phone, meetingId(vejen))).toEqual(newVejen);
    // The older file's followed committees are not taken: the newer one's stand.
    expect((await hostChecks(phone)).map((h) => h.checkedAt)).toEqual([CHANGED]);
    expect(await lastReceived(phone)).toEqual({ exportedAt: new Date(T2).toISOString(), receivedAt: T2 + 60_000 });
    expect((await imported(phone, first, T2 + 180_000)).unchanged).toBe(7);
  });

  it('refuses `changes` that name a meeting not in the bundle, one twice, or a time that is not one', async () => {
    const { first } = await extension();
    const refused = async (change: (b: ReturnType<typeof structuredClone<Bundle>>) => void) => {
      const b = structuredClone(bundleOf(first));
      change(b);
      const phone = newDb();
      const before = await dumpLibrary(phone);
      const result = await importBundleText(phone, JSON.stringify(b));
      expect(await dumpLibrary(phone)).toBe(before);
      return result.ok ? [] : result.problems;
    };
    expect(await refused((b) => (b.changes![0]!.meeting.date = '2001-01-01'))).toEqual([
      'changes[0].meeting findes ikke blandt pakkens møder (Herning Kommune, Beskæftigelsesudvalget, 2001-01-01 kl. 08:00)',
    ]);
    expect(await refused((b) => b.changes!.push(b.changes![2]!))).toEqual([
      'changes[7] gælder det samme møde som changes[2] (Herning Kommune, Beskæftigelsesudvalget, 2022-09-20 kl. 07:45)',
    ]);
    expect(await refused((b) => ((b.changes![1] as { changedAt: unknown }).changedAt = '1000'))).toEqual(['changes[1].changedAt skal være et tal, ikke teksten "1000"']);
  });
});
