/** The pure part of topics: news and read marks from hits, timelines newest first, groups by thread. */
import { describe, expect, it } from 'vitest';
import { compareNewest, countItems, groupItems, newestFirst, timeline, topicItems } from '../../lib/topics/index';
import type { SearchHit } from '../../lib/search/search';
import type { Thread, ThreadEntry } from '../../lib/threads/types';

const hit = (meetingId: string, date: string, number: number): SearchHit => ({
  meetingId, number, date, committee: 'Udvalget', title: `Punkt ${number}`, score: 1, strong: false, fields: ['body'],
  snippet: [{ text: 'om ', hit: false }, { text: 'emnet', hit: true }], snippetText: 'om «emnet»',
});
const entry = (meetingId: string | undefined, date: string, number: number | null, saved = true): ThreadEntry => ({
  date, committee: 'Udvalget', number, title: saved ? `Punkt ${number}` : null, caseNumber: '1', decision: null, saved,
  ...(meetingId ? { meetingId } : {}),
});

describe('topic items', () => {
  const meetings = new Map([
    ['old', { municipality: 'K', updatedAt: 100 }],
    ['new', { municipality: 'K', updatedAt: 300 }],
  ]);

  it('marks unread items of meetings saved after the topic was seen as news, newest first, and drops vanished meetings', () => {
    const items = topicItems([hit('old', '2022-01-01', 5), hit('new', '2023-01-01', 9), hit('new', '2023-01-01', 2), hit('gone', '2024-01-01', 1)], meetings, (m, n) => m === 'new' && n === 9, 200);
    expect(items.map((i) => [i.meetingId, i.number, i.read, i.news])).toEqual([
      ['new', 2, false, true],
      ['new', 9, true, false],
      ['old', 5, false, false],
    ]);
    expect(countItems(items)).toEqual({ count: 3, news: 1, unread: 2 });
    expect(items[0]!.snippet).toEqual([{ text: 'om ', hit: false }, { text: 'emnet', hit: true }]);
    expect(compareNewest(items[0]!, items[2]!)).toBeLessThan(0);
  });

  it('orders a timeline newest first, keeping item order within a day, unsaved entries in place', () => {
    const entries = [entry('a', '2022-01-01', 7), entry(undefined, '2022-06-01', null, false), entry('b', '2023-01-01', 2), entry('b', '2023-01-01', 4)];
    expect(newestFirst(entries).map((e) => `${e.date} ${e.number}`)).toEqual(['2023-01-01 2', '2023-01-01 4', '2022-06-01 null', '2022-01-01 7']);
    const thread: Thread = { key: '1', title: 'Sagen', entries, meetingCount: 3, latest: '2023-01-01' };
    const items = topicItems([hit('b', '2023-01-01', 4)], new Map([['b', { municipality: null, updatedAt: 1 }]]), () => false, 0);
    const rows = timeline(thread, items);
    expect(rows.map((r) => r.match?.number ?? null)).toEqual([null, 4, null, null]);
  });

  it('groups items by their thread, the group with the newest item first; an item without thread is its own group', () => {
    const thread: Thread = { key: 'sag', title: 'Sagen', entries: [entry('a', '2022-01-01', 7), entry('b', '2023-01-01', 2)], meetingCount: 2, latest: '2023-01-01' };
    const info = new Map([['a', { municipality: null, updatedAt: 1 }], ['b', { municipality: null, updatedAt: 1 }], ['c', { municipality: null, updatedAt: 1 }]]);
    const items = topicItems([hit('a', '2022-01-01', 7), hit('b', '2023-01-01', 2), hit('c', '2022-05-01', 3)], info, () => false, 0);
    const groups = groupItems(items, { threadOf: (m, n) => ((m === 'a' && n === 7) || (m === 'b' && n === 2) ? thread : undefined) }, () => ({
      caseNumber: 'X', decisions: [{ body: null, date: null, text: 'Godkendt.' }],
    }));
    expect(groups.map((g) => [g.key, g.items.map((i) => i.number), g.latest])).toEqual([
      ['sag', [2, 7], '2023-01-01'],
      ['item:c#3', [3], '2022-05-01'],
    ]);
    expect(groups[1]!.rows[0]!.entry).toMatchObject({ caseNumber: 'X', decision: 'Godkendt.', saved: true, meetingId: 'c' });
    expect(groups[0]!.title).toBe('Sagen');
  });
});
