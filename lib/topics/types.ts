/** A followed topic's matches, as its page and the extension's badge need them. */
import type { Topic } from '../db/schema';
import type { Segment } from '../search/snippet';
import type { Thread, ThreadEntry } from '../threads/types';

export type { Topic } from '../db/schema';

/** One saved item that matches a topic's search. */
export interface TopicItem {
  meetingId: string;
  number: number;
  date: string;
  committee: string;
  municipality: string | null;
  title: string;
  /** The search's snippet: plain text segments, hits marked. */
  snippet: Segment[];
  score: number;
  /** When the item's meeting was saved or last changed by a save (ms). */
  savedAt: number;
  /** The user has a read mark on the item. */
  read: boolean;
  /** Unread, in a meeting saved after the topic was last seen. */
  news: boolean;
}

/** A line of a timeline: a thread entry and, when the item matches the topic, its match. */
export interface TimelineRow {
  entry: ThreadEntry;
  match: TopicItem | null;
}

/** The matches of one thread (or one item that belongs to none). */
export interface TopicGroup {
  /** The thread's key, or `item:<meetingId>#<number>` for an item without a thread. */
  key: string;
  thread: Thread | null;
  title: string;
  /** Matching items, newest first. */
  items: TopicItem[];
  /** The whole timeline, newest first: matching items, the thread's other items and its unsaved meetings. */
  rows: TimelineRow[];
  /** Date of the newest matching item. */
  latest: string;
  news: number;
  unread: number;
}

export interface TopicCounts {
  /** Matching items. */
  count: number;
  news: number;
  unread: number;
}

export interface TopicSummary extends TopicCounts {
  topic: Topic;
}

/** A topic's counts, and how many meetings its items are in. */
export interface TopicTally extends TopicCounts {
  meetings: number;
}

/** What a topic's page shows first: the groups with the newest matching items. */
export interface TopicPage {
  topic: Topic;
  /** The groups shown, the group with the newest item first. */
  groups: TopicGroup[];
  /** The matching items of these groups, newest first. */
  items: TopicItem[];
  /** Matching items in groups not shown yet. */
  more: boolean;
}
