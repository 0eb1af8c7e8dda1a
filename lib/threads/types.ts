/** Threads: the items of different meetings that are the same case, as one timeline. */
import type { Meeting } from '../parse/types';

/** A meeting as the library holds it: the parsed meeting and its stored id (`meetingId`). */
export interface SavedMeeting {
  id: string;
  meeting: Meeting;
}

export interface ThreadEntry {
  /** ISO date of the meeting. */
  date: string;
  /** The meeting's committee; for an unsaved meeting, the body the history names. */
  committee: string;
  /** Item number; null when a history entry names none. */
  number: number | null;
  /** Item title; null for a meeting that is not saved (the history does not give it). */
  title: string | null;
  /** Item case number; for an unsaved entry, that of the item whose history lists it. */
  caseNumber: string | null;
  /** Text of the item's last decision; for an unsaved entry, what the history says was decided. */
  decision: string | null;
  /** True for an item of a saved meeting; false for a history entry that no saved item matches. */
  saved: boolean;
  /** The saved meeting, for saved entries (and for history entries of a saved meeting whose item was not found). */
  meetingId?: string;
}

export interface Thread {
  /** The normalised case number (`caseKey`) when the thread has one, else `item:<meetingId>#<number>` of its oldest item. */
  key: string;
  /** The newest item's title. */
  title: string;
  /** Oldest first; the same date by meeting, then item number. */
  entries: ThreadEntry[];
  /** Distinct meetings among the entries, saved or not. */
  meetingCount: number;
  /** Date of the newest entry: the thread's last activity. */
  latest: string;
}

export interface ThreadIndex {
  /** Threads spanning at least two meetings, newest activity first. */
  threads: Thread[];
  /** The thread an item belongs to, if it belongs to one of `threads`. */
  threadOf(meetingId: string, number: number): Thread | undefined;
}

/** A history entry no saved item matches: it joins its item's thread as an unsaved meeting. */
export interface UnsavedEntry {
  /** Same meeting, same key: `meetingId` when the meeting is saved, else municipality|body|date. */
  meetingKey: string;
  entry: ThreadEntry;
}

/** What one saved item brings to its thread (assemble.ts). */
export interface Member {
  /** The item as its thread shows it. */
  entry: ThreadEntry;
  /** Its meeting's municipality, as a key (nameKey). */
  muni: string;
  /** `${muni}|${caseKey}`, '' without a case number. */
  scope: string;
  /** Its history entries no saved item matches, in the history's order. */
  unsaved: readonly UnsavedEntry[];
}

/** A thread before its key is made unique among all threads (finalKeys). */
export interface KeyedThread {
  /** `thread.key` is the base key: the case number most items carry, or the oldest item's id. */
  thread: Thread;
  /** The municipality of its oldest saved item: the first suffix when base keys collide. */
  muni: string;
  /** `item:<meetingId>#<number>` of its oldest saved item: the second suffix, and a name no other thread has. */
  first: string;
}
