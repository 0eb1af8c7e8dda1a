/**
 * Topics, the pure part: a topic's search hits become items with read and news
 * marks, grouped by the threads of lib/threads. No database, no browser API
 * (load.ts reads the library and calls these).
 */
import type { AgendaItem } from '../parse/types';
import type { SearchHit } from '../search/search';
import { lastDecision } from '../threads/assemble';
import type { Thread, ThreadEntry, ThreadIndex } from '../threads/types';
import type { TimelineRow, TopicCounts, TopicGroup, TopicItem } from './types';

export type * from './types';

/** What the items need to know of their meeting. */
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
 * The topic's items from its search hits, newest first. News is an unread item of a
 * meeting saved (or changed by a save) after the topic was last seen: a meeting that
 * turns from agenda into minutes is news again, and reading an item settles it.
 * Hits of meetings not in `meetings` (deleted meanwhile) are left out.
 */
export function topicItems(
  hits: readonly SearchHit[],
  meetings: ReadonlyMap<string, MeetingInfo>,
  isRead: (meetingId: string, number: number) => boolean,
  lastSeenAt: number,
): TopicItem[] {
  const items: TopicItem[] = [];
  for (const h of hits) {
    const meeting = meetings.get(h.meetingId);
    if (!meeting) continue;
    const read = isRead(h.meetingId, h.number);
    items.push({
      meetingId: h.meetingId, number: h.number, date: h.date, committee: h.committee, municipality: meeting.municipality,
      title: h.title, snippet: h.snippet, score: h.score, savedAt: meeting.updatedAt, read,
      news: !read && meeting.updatedAt > lastSeenAt,
    });
  }
  return items.sort(compareNewest);
}

export function countItems(items: readonly TopicItem[]): TopicCounts {
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

/**
 * The items grouped by thread: one group per thread, one per item outside every
 * thread. Groups come in the order of their newest item (the items are newest first).
 * `itemOf` gives an item outside threads its timeline line (case number, decision).
 */
export function groupItems(
  items: readonly TopicItem[],
  threads: Pick<ThreadIndex, 'threadOf'>,
  itemOf: (meetingId: string, number: number) => Pick<AgendaItem, 'caseNumber' | 'decisions'> | undefined,
): TopicGroup[] {
  const groups = new Map<string, { thread: Thread | null; items: TopicItem[] }>();
  for (const item of items) {
    const thread = threads.threadOf(item.meetingId, item.number) ?? null;
    const key = thread ? thread.key : `item:${itemKey(item.meetingId, item.number)}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { thread, items: [item] });
  }
  return [...groups].map(([key, { thread, items: members }]) => {
    const counts = countItems(members);
    const first = members[0]!;
    let rows: TimelineRow[];
    if (thread) {
      rows = timeline(thread, members);
    } else {
      const source = itemOf(first.meetingId, first.number);
      const entry: ThreadEntry = {
        date: first.date, committee: first.committee, number: first.number, title: first.title,
        caseNumber: source?.caseNumber ?? null, decision: source ? lastDecision(source) : null, saved: true, meetingId: first.meetingId,
      };
      rows = [{ entry, match: first }];
    }
    return { key, thread, title: thread?.title || first.title, items: members, rows, latest: first.date, news: counts.news, unread: counts.unread };
  });
}
