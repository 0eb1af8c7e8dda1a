/**
 * The stores that keep the threads (version 5 of the schema), updated by the save
 * and delete transactions (update.ts) with the thread rules of lib/threads, never
 * rebuilt:
 * - meetingIndex: one small row per saved meeting: where the thread rules look it
 *   up (`at`: municipality, body and date as keys) and when a save last changed it
 *   (`updatedAt`, for the topics' news), so neither needs the meeting records;
 * - threadNodes: one row per saved item: its case scope and title key (rule a and
 *   the standing items), the meetings its history and references name (`wants`),
 *   what they resolved to (`links`, rules b and c) and the unsaved history entries,
 *   the item as its thread shows it, and the id of its thread;
 * - caseScopes: per case number (and municipality), the items that carry it, with
 *   their title keys: whether it is a standing item's, and rule a's links, in one read;
 * - threads: each thread as buildThreads gives it, by id (its oldest item), with
 *   its base key (before keys shared by several threads get their suffixes).
 */
import type { Meeting } from '../../parse/types';
import type { Thread, ThreadEntry, UnsavedEntry } from '../../threads/types';

export interface MeetingRef {
  id: string;
  /** atKey of the meeting: municipality|committeeKey|date (lib/threads/library.ts). */
  at: string;
  municipality: Meeting['municipality'];
  committee: string;
  date: string;
  updatedAt: number;
}

export interface ThreadNode {
  meetingId: string;
  number: number;
  /** `${muni}|${caseKey}`; absent without a case number. */
  scope?: string;
  /** titleKey of the item's title. */
  title: string;
  /** nameKey of the meeting's municipality. */
  muni: string;
  /** The item as its thread shows it. */
  entry: ThreadEntry;
  /** The meetings (atKeys) its history and references name, saved or not. */
  wants: string[];
  /** The items they resolve to: `${meetingId}#${number}`. */
  links: string[];
  /** Its history entries no saved item matches. */
  unsaved: UnsavedEntry[];
  /** The id of its thread; '' when it belongs to none. */
  thread: string;
}

export interface CaseScope {
  /** `${muni}|${caseKey}`. */
  scope: string;
  /** [itemRef, titleKey] of every item with the case number. */
  members: Array<[string, string]>;
}

export interface ThreadRow extends Thread {
  /** `item:<meetingId>#<number>` of its oldest saved item. */
  id: string;
  /** The key before it was made unique (finalKeys). */
  base: string;
  /** The municipality of its oldest saved item (nameKey). */
  muni: string;
}

/** The stores of version 5 (schema.ts). */
export const THREAD_STORES = {
  meetingIndex: 'id, at, updatedAt',
  threadNodes: '[meetingId+number], *wants, *links',
  caseScopes: 'scope',
  threads: 'id, key, base',
} as const;

/** `${meetingId}#${number}`: an item as links and thread entries name it. */
export function itemRef(meetingId: string, number: number): string {
  return `${meetingId}#${number}`;
}

/** [meetingId, number] of an itemRef (a meeting id may hold '#' itself). */
export function splitItemRef(ref: string): [string, number] {
  const at = ref.lastIndexOf('#');
  return [ref.slice(0, at), Number(ref.slice(at + 1))];
}
