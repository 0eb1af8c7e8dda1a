/** The library database on fake-indexeddb: identity, in-place updates, marks that survive. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { deleteMeeting, findSavedMeeting, holdsMore, itemsOf, listMeetings, loadMeeting, saveMeeting } from '../../lib/db/meetings';
import { markRead, MARKS_BY_KEY, notesOf, readFlags, readMarks, setNote } from '../../lib/db/marks';
import { meetingId } from '../../lib/db/identity';
import { caseKey } from '../../lib/threads/keys';
import type { Meeting } from '../../lib/parse/types';
import { meetingOf, SEEDS } from '../helpers/fixtures';

let db: LibraryDb;
let n = 0;
beforeEach(() => {
  db = new LibraryDb(`test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

/** The minutes as an agenda: same meeting, no decisions yet. */
function asAgenda(m: Meeting): Meeting {
  return { ...m, kind: 'dagsorden', items: m.items.map((i) => ({ ...i, decisions: [] })) };
}

describe('saving meetings', () => {
  it('creates, then leaves an identical save unchanged', async () => {
    const m = meetingOf(SEEDS.hvidovre);
    expect(await saveMeeting(db, m, 'file', 1000)).toEqual({ status: 'created', meetingId: meetingId(m), itemCount: 12 });
    expect(await saveMeeting(db, m, 'file', 2000)).toEqual({ status: 'unchanged', meetingId: meetingId(m), itemCount: 12 });
    expect(await db.meetings.count()).toBe(1);
    expect(await db.items.count()).toBe(12);
  });

  it('gives back exactly the meeting that was saved', async () => {
    const m = meetingOf(SEEDS.herning2023);
    const { meetingId: id } = await saveMeeting(db, m, 'pdf');
    expect(await loadMeeting(db, id)).toEqual(m);
  });

  it('turns a saved agenda into the minutes in place, keeping read marks and notes', async () => {
    const minutes = meetingOf(SEEDS.vejen);
    const { meetingId: id } = await saveMeeting(db, asAgenda(minutes), 'page', 1000);
    await markRead(db, id, 4, true, 1500);
    await setNote(db, id, 4, 'Følg op i november', 1600);
    const saved = await db.meetings.get(id);
    expect(holdsMore(minutes, saved!)).toBe(true);

    expect(await saveMeeting(db, minutes, 'page', 2000)).toEqual({ status: 'updated', meetingId: id, itemCount: 12 });
    const record = await db.meetings.get(id);
    expect([record!.kind, record!.savedAt, record!.updatedAt, record!.decisionCount]).toEqual(['referat', 1000, 2000, 11]);
    expect((await itemsOf(db, id))[3]!.decisions).toHaveLength(1);
    expect(await readMarks(db, id)).toEqual([{ meetingId: id, number: 4, readAt: 1500 }]);
    expect(await notesOf(db, id)).toEqual([{ meetingId: id, number: 4, text: 'Følg op i november', updatedAt: 1600 }]);
  });

  it('keeps the minutes when the agenda is saved after them', async () => {
    const minutes = meetingOf(SEEDS.vejen);
    const { meetingId: id } = await saveMeeting(db, minutes, 'pdf');
    expect(holdsMore(asAgenda(minutes), (await db.meetings.get(id))!)).toBe(false);
    expect(await saveMeeting(db, asAgenda(minutes), 'page')).toEqual({ status: 'kept', meetingId: id, itemCount: 12 });
    expect((await db.meetings.get(id))!.kind).toBe('referat');
  });

  it('drops items the new version no longer has, and adds new ones', async () => {
    const m = meetingOf(SEEDS.hvidovre);
    const { meetingId: id } = await saveMeeting(db, { ...m, items: m.items.slice(0, 5) }, 'page');
    await saveMeeting(db, { ...m, items: m.items.slice(3) }, 'page');
    expect((await itemsOf(db, id)).map((i) => i.number)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('finds the same meeting whatever the spelling of committee and municipality', async () => {
    const m = meetingOf(SEEDS.vejen);
    await saveMeeting(db, m, 'pdf');
    const other = { ...m, committee: 'UDVALGET FOR ARBEJDSMARKED OG INTEGRATION 2022-2025', municipality: 'vejen kommune' };
    expect((await findSavedMeeting(db, other))?.id).toBe(meetingId(m));
    expect((await saveMeeting(db, other, 'page')).meetingId).toBe(meetingId(m));
    expect(await db.meetings.count()).toBe(1);
  });

  it('keeps two meetings of one committee on one day apart by their start time', async () => {
    const m = meetingOf(SEEDS.herning2022);
    await saveMeeting(db, m, 'pdf');
    await saveMeeting(db, { ...m, startTime: '16:00' }, 'pdf');
    expect((await listMeetings(db)).map((r) => r.startTime).sort()).toEqual(['07:45', '16:00']);
    // Without a start time it is the one already there.
    expect((await saveMeeting(db, { ...m, startTime: null }, 'pdf')).status).not.toBe('created');
  });

  it('gives a new meeting an id of its own when a meeting whose start time changed holds the one it would take', async () => {
    const m = meetingOf(SEEDS.herning2022);
    const { meetingId: first } = await saveMeeting(db, { ...m, startTime: '14:00' }, 'pdf', 1000);
    // Saved again without a start time, then with another: the same meeting, its id kept.
    await saveMeeting(db, { ...m, startTime: null }, 'pdf', 1001);
    const moved = { ...m, startTime: '09:00', items: m.items.slice(0, 3) };
    expect(await saveMeeting(db, moved, 'pdf', 1002)).toEqual({ status: 'updated', meetingId: first, itemCount: 3 });
    // A meeting at 14:00 is another meeting now; it must not take over the 09:00 meeting's record.
    const other = { ...m, startTime: '14:00', items: m.items.slice(5) };
    expect(await saveMeeting(db, other, 'pdf', 1003)).toEqual({ status: 'created', meetingId: `${first}~2`, itemCount: 4 });
    expect(await loadMeeting(db, first)).toEqual(moved);
    expect(await loadMeeting(db, `${first}~2`)).toEqual(other);
  });

  it('lists newest first and deletes a meeting with everything of it', async () => {
    for (const path of Object.values(SEEDS)) await saveMeeting(db, meetingOf(path), 'file');
    const list = await listMeetings(db);
    expect(list.map((r) => r.date)).toEqual(['2023-08-22', '2022-10-25', '2022-09-20', '2022-09-05', '2019-04-24']);
    const id = list[0]!.id;
    await markRead(db, id, 45);
    await deleteMeeting(db, id);
    expect(await db.meetings.count()).toBe(4);
    expect(await db.items.where('meetingId').equals(id).count()).toBe(0);
    expect(await db.reads.count()).toBe(0);
  });

  it('indexes items by normalised case number', async () => {
    await saveMeeting(db, meetingOf(SEEDS.herning2023), 'file');
    await saveMeeting(db, meetingOf(SEEDS.herning2022), 'file');
    const items = await db.items.where('caseKey').equals(caseKey('27.00.00-A00-5-15')).toArray();
    expect(items.map((i) => [i.date, i.number]).sort()).toEqual([['2022-09-20', 76], ['2023-08-22', 46], ['2023-08-22', 51]]);
  });

  it('a failed save changes nothing', async () => {
    const m = meetingOf(SEEDS.hvidovre);
    await saveMeeting(db, m, 'file', 1000);
    const broken = { ...m, items: [...m.items, { ...m.items[0]!, number: Number.NaN }] } as Meeting;
    await expect(saveMeeting(db, { ...broken, kind: 'referat', startTime: '12:00' }, 'file', 2000)).rejects.toThrow();
    expect(await loadMeeting(db, meetingId(m))).toEqual(m);
    expect((await db.meetings.get(meetingId(m)))!.updatedAt).toBe(1000);
  });
});

describe('read flags', () => {
  it('are the same looked up by key and read from every mark, ids with "#" and numbers that share digits included', async () => {
    const keys: Array<[string, number]> = [];
    for (let m = 0; m < 40; m++) for (let n = 1; n <= 40; n++) keys.push([`møde#${m}`, n]);
    expect(keys.length).toBeGreaterThan(MARKS_BY_KEY);
    // Marked: every seventh item, and "møde#2" 13, which "møde#21" 3 (not marked) would collide with if id and number were joined carelessly.
    for (const [i, [m, n]] of keys.entries()) if (i % 7 === 0) await markRead(db, m, n, true, 1000);
    await markRead(db, 'møde#2', 13, true, 1000);
    const expected = keys.map(([m, n], i) => i % 7 === 0 || (m === 'møde#2' && n === 13));
    expect(expected[21 * 40 + 2]).toBe(false);
    expect(await readFlags(db, keys)).toEqual(expected);
    // A few keys: looked up one by one, the same answer.
    expect(await readFlags(db, keys.slice(0, 50))).toEqual(expected.slice(0, 50));
    expect(await readFlags(db, [['møde#0', 1], ['møde#0', 2], ['intet', 1]])).toEqual([true, false, false]);
  });
});
