/**
 * Topics, the pure part: matching items become topic items with read and news
 * marks, and the page's groups by the threads of lib/threads. No database, no
 * browser API (load.ts reads the library and calls these).
 */
import type { MatchRef } from '../search/matches';
import type { ThreadEntry, Thread } from '../threads/types';
import type { TimelineRow, TopicCounts, TopicGroup, TopicItem } from './types';

export type * from './types';

/** What an item needs to know of its meeting. */
export interface MeetingInfo {
  municipality: string | null;
  /** When a save last created or changed the meeting (ms). */
  updatedAt: number;
}

export const itemKey = (meetingId: string, number: number): string => `${meetingId}#${number}`;

/** Newest meeting first; within a meeting, document order. */
export function compareNewest(a: Pick<TopicItem, 'date' | 'meetingId' | 'number'>, b: Pick<TopicItem, 'date' | 'meetingId' | 'number'>): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.meetingId !== b.meetingId) return a.meetingId < b.meetingId ? -1 : 1;
  return a.number - b.number;
}

/**
 * A matching item as a topic shows it. News is an unread item of a meeting saved (or
 * changed by a save) after the topic was last seen: a meeting that turns from agenda
 * into minutes is news again, and reading an item settles it.
 */
export function topicItem(
  match: MatchRef & Pick<TopicItem, 'title' | 'snippet' | 'score'>, meeting: MeetingInfo, read: boolean, lastSeenAt: number,
): TopicItem {
  return {
    meetingId: match.meetingId, number: match.number, date: match.date, committee: match.committee, municipality: meeting.municipality,
    title: match.title, snippet: match.snippet, score: match.score, savedAt: meeting.updatedAt, read, news: !read && meeting.updatedAt > lastSeenAt,
  };
}

export function countItems(items: ReadonlyArray<Pick<TopicItem, 'news' | 'read'>>): TopicCounts {
  let news = 0;
  let unread = 0;
  for (const i of items) {
    if (i.news) news++;
    if (!i.read) unread++;
  }
  return { count: items.length, news, unread };
}

/** Newest first; entries of one date keep the thread's order (meeting, then item number). */
export function newestFirst(entries: readonly ThreadEntry[]): ThreadEntry[] {
  // Array.prototype.sort is stable, so only the date needs comparing.
  return [...entries].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** A thread's timeline, newest first, each saved entry with its match when it matches. */
export function timeline(thread: Thread, matches: readonly TopicItem[] = []): TimelineRow[] {
  const byKey = new Map(matches.map((m) => [itemKey(m.meetingId, m.number), m]));
  return newestFirst(thread.entries).map((entry) => ({
    entry,
    match: entry.saved && entry.meetingId !== undefined && entry.number !== null ? (byKey.get(itemKey(entry.meetingId, entry.number)) ?? null) : null,
  }));
}

/** A group of the page before its items are read: a thread, or one item outside every thread. */
export interface PickedGroup {
  key: string;
  thread: Thread | null;
  /** Its newest match. */
  first: MatchRef;
}

/**
 * The first `limit` groups of matches (newest first; `threads[i]` the thread of
 * matches[i]): one per thread, one per item outside every thread, in the order of
 * their newest match. `rest`: some match belongs to none of them.
 */
export function pickGroups(matches: readonly MatchRef[], threads: ReadonlyArray<Thread | undefined>, limit: number): { picked: PickedGroup[]; rest: boolean } {
  const picked: PickedGroup[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < matches.length; i++) {
    const thread = threads[i] ?? null;
    const key = thread ? thread.key : `item:${itemKey(matches[i]!.meetingId, matches[i]!.number)}`;
    if (seen.has(key)) continue;
    if (picked.length === limit) return { picked, rest: true };
    seen.add(key);
    picked.push({ key, thread, first: matches[i]! });
  }
  return { picked, rest: false };
}

/**
 * A group of the page from its matching items (newest first, at least one). An item
 * outside threads gets its timeline line from `lone` (its case number and decision).
 */
export function topicGroup({ key, thread }: Pick<PickedGroup, 'key' | 'thread'>, items: TopicItem[], lone?: ThreadEntry): TopicGroup {
  const counts = countItems(items);
  const first = items[0]!;
  const rows: TimelineRow[] = thread ? timeline(thread, items) : [{ entry: lone!, match: first }];
  return { key, thread, title: thread?.title || first.title, items, rows, latest: first.date, news: counts.news, unread: counts.unread };
}
