/** The pure part of topics: news and read marks of matching items, timelines newest first, groups by thread. */
import { describe, expect, it } from 'vitest';
import { compareNewest, countItems, newestFirst, pickGroups, timeline, topicGroup, topicItem } from '../../lib/topics/index';
import type { MatchRef } from '../../lib/search/matches';
import type { Thread, ThreadEntry } from '../../lib/threads/types';

const match = (meetingId: string, date: string, number: number): MatchRef => ({ meetingId, number, date, committee: 'Udvalget', score: 1 });
const shown = (m: MatchRef) => ({ ...m, title: `Punkt ${m.number}`, snippet: [{ text: 'om ', hit: false }, { text: 'emnet', hit: true }], score: 1 });
const entry = (meetingId: string | undefined, date: string, number: number | null, saved = true): ThreadEntry => ({
  date, committee: 'Udvalget', number, title: saved ? `Punkt ${number}` : null, caseNumber: '1', decision: null, saved,
  ...(meetingId ? { meetingId } : {}),
});

describe('topic items', () => {
  const meetings = { old: { municipality: 'K', updatedAt: 100 }, new: { municipality: 'K', updatedAt: 300 } };

  it('marks unread items of meetings saved after the topic was seen as news', () => {
    const items = [
      topicItem(shown(match('new', '2023-01-01', 2)), meetings.new, false, 200),
      topicItem(shown(match('new', '2023-01-01', 9)), meetings.new, true, 200),
      topicItem(shown(match('old', '2022-01-01', 5)), meetings.old, false, 200),
    ];
    expect(items.map((i) => [i.meetingId, i.number, i.read, i.news, i.savedAt, i.municipality])).toEqual([
      ['new', 2, false, true, 300, 'K'],
      ['new', 9, true, false, 300, 'K'],
      ['old', 5, false, false, 100, 'K'],
    ]);
    expect(countItems(items)).toEqual({ count: 3, news: 1, unread: 2 });
    expect(items[0]!.snippet).toEqual([{ text: 'om ', hit: false }, { text: 'emnet', hit: true }]);
    expect(compareNewest(items[0]!, items[2]!)).toBeLessThan(0);
    expect(compareNewest(items[0]!, items[1]!)).toBeLessThan(0);
  });

  it('orders a timeline newest first, keeping item order within a day, unsaved entries in place', () => {
    const entries = [entry('a', '2022-01-01', 7), entry(undefined, '2022-06-01', null, false), entry('b', '2023-01-01', 2), entry('b', '2023-01-01', 4)];
    expect(newestFirst(entries).map((e) => `${e.date} ${e.number}`)).toEqual(['2023-01-01 2', '2023-01-01 4', '2022-06-01 null', '2022-01-01 7']);
    const thread: Thread = { key: '1', title: 'Sagen', entries, meetingCount: 3, latest: '2023-01-01' };
    const rows = timeline(thread, [topicItem(shown(match('b', '2023-01-01', 4)), { municipality: null, updatedAt: 1 }, false, 0)]);
    expect(rows.map((r) => r.match?.number ?? null)).toEqual([null, 4, null, null]);
  });
});

describe('the groups of a topic page', () => {
  const thread: Thread = { key: 'sag', title: 'Sagen', entries: [entry('a', '2022-01-01', 7), entry('b', '2023-01-01', 2)], meetingCount: 2, latest: '2023-01-01' };
  // Newest first, as the index gives them: b 2 and a 7 share a thread.
  const matches = [match('b', '2023-01-01', 2), match('c', '2022-05-01', 3), match('a', '2022-01-01', 7), match('d', '2021-01-01', 1)];
  const threads = [thread, undefined, thread, undefined];

  it('takes one group per thread and one per item outside threads, in the order of their newest match, up to the limit', () => {
    const { picked, rest } = pickGroups(matches, threads, 5);
    expect(picked.map((g) => [g.key, g.first.number])).toEqual([['sag', 2], ['item:c#3', 3], ['item:d#1', 1]]);
    expect(rest).toBe(false);
    const two = pickGroups(matches, threads, 2);
    expect(two.picked.map((g) => g.key)).toEqual(['sag', 'item:c#3']);
    expect(two.rest).toBe(true);
    // A limit met exactly by the last match leaves nothing over.
    expect(pickGroups(matches, threads, 3).rest).toBe(false);
  });

  it('makes a thread’s group of all its matching items, and an item outside threads a group with its own timeline line', () => {
    const info = { municipality: null, updatedAt: 1 };
    const [sag, lone] = pickGroups(matches, threads, 2).picked;
    const group = topicGroup(sag!, [topicItem(shown(matches[0]!), info, false, 0), topicItem(shown(matches[2]!), info, true, 0)]);
    expect([group.key, group.title, group.latest, group.unread, group.items.map((i) => i.number)]).toEqual(['sag', 'Sagen', '2023-01-01', 1, [2, 7]]);
    expect(group.rows.map((r) => [r.entry.number, r.match?.number ?? null])).toEqual([[2, 2], [7, 7]]);
    const own: ThreadEntry = { ...entry('c', '2022-05-01', 3), caseNumber: 'X', decision: 'Godkendt.' };
    const single = topicGroup(lone!, [topicItem(shown(matches[1]!), info, false, 0)], own);
    expect([single.key, single.thread, single.title]).toEqual(['item:c#3', null, 'Punkt 3']);
    expect(single.rows).toEqual([{ entry: own, match: single.items[0] }]);
  });
});
