/**
 * A document that holds only some of a meeting's items (Meeting.partial): the
 * pages of Copenhagen's minutes, one per punkt, and a supplementary agenda fill in
 * one meeting instead of making new ones; read marks on the items stay.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listMeetings, loadMeeting, saveMeeting } from '../../lib/db/meetings';
import { markRead, readMarks } from '../../lib/db/marks';
import { savedStatus } from '../../lib/db/status';
import { parseHtmlString } from '../../lib/sites/parse-file';
import { nodeEnvironment } from '../../lib/parse/node';
import type { Meeting } from '../../lib/parse/types';
import { fixtureText, meetingOf, SEEDS } from '../helpers/fixtures';
import { tempLibraries } from '../helpers/temp-db';

const newLibrary = tempLibraries('partial');
const KK = 'https://www.kk.dk/dagsordener-og-referater/%C3%98konomiudvalget/m%C3%B8de-12032024/referat/punkt';

function punkt(n: number): Meeting {
  const result = parseHtmlString(fixtureText(`layouts/kk-punkt-page/oekonomiudvalget-2024-03-12-punkt-${n}.html`), `${KK}-${n}`, nodeEnvironment);
  if (!result.ok) throw new Error(result.reason);
  return result.meeting;
}

describe('a page per item', () => {
  it('saves each punkt of one meeting into that meeting, and says when a punkt is not saved yet', async () => {
    const db = newLibrary();
    const [p4, p1, p7] = [punkt(4), punkt(1), punkt(7)];
    expect([p4.partial, p4.items.map((i) => i.number)]).toEqual([true, [4]]);
    const first = await saveMeeting(db, p4, 'page', 1000);
    expect(first.status).toBe('created');
    await markRead(db, first.meetingId, 4);
    expect((await savedStatus(db, p1)).state).toBe('more');
    expect(await saveMeeting(db, p1, 'page', 2000)).toEqual({ status: 'updated', meetingId: first.meetingId, itemCount: 2 });
    expect(await saveMeeting(db, p7, 'page', 3000)).toEqual({ status: 'updated', meetingId: first.meetingId, itemCount: 3 });
    expect(await saveMeeting(db, p7, 'page', 4000)).toEqual({ status: 'unchanged', meetingId: first.meetingId, itemCount: 3 });
    expect((await savedStatus(db, p4)).state).toBe('saved');
    expect((await listMeetings(db)).length).toBe(1);
    const saved = (await loadMeeting(db, first.meetingId))!;
    expect(saved.items.map((i) => [i.number, i.title])).toEqual([1, 4, 7].map((n) => [n, [p1, p4, p7].find((p) => p.items[0]!.number === n)!.items[0]!.title]));
    expect('partial' in saved).toBe(false);
    expect((await readMarks(db, first.meetingId)).map((r) => r.number)).toEqual([4]);
  });

  it('never lets an agenda\'s part replace saved minutes', async () => {
    const db = newLibrary();
    const minutes = meetingOf(SEEDS.hvidovre);
    await saveMeeting(db, minutes, 'file', 1000);
    const part: Meeting = { ...minutes, kind: 'dagsorden', partial: true, items: [{ ...minutes.items[0]!, number: 13, title: 'Tillæg', decisions: [] }] };
    expect((await saveMeeting(db, part, 'api', 2000)).status).toBe('kept');
    expect((await loadMeeting(db, (await listMeetings(db))[0]!.id))!.items.length).toBe(12);
  });
});
