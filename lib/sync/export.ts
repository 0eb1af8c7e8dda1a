/**
 * Building bundles from the library: the whole library as the export file, what
 * changed since the last file sent to the phone, or (collectMeetings with a
 * selection) what the web app lacks for the bridge. Each meeting with its items,
 * its read marks and notes by meeting identity, and when it last changed here.
 */
import { meetingsByDate, notesOn, readMarksOn } from '../db/bulk';
import { loadMeeting, meetingsById } from '../db/meetings';
import type { MeetingRecord } from '../db/schema';
import { listTopics } from '../db/topics';
import { readingLibrary } from '../db/transactions';
import { meetingsChangedSince } from '../db/transfer';
import type { LibraryDb } from '../db/schema';
import { watchState } from '../db/watch-views';
import type { Meeting } from '../parse/types';
import { danish } from '../sites/firstagenda/time';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleChange, type BundleNote, type BundleRead, type BundleWatchEntry } from './bundle';
import { bundleTopic, refOf, type MeetingRef } from './refs';

export interface ExportOptions {
  now?: Date;
  /** Called after each meeting is read. */
  onProgress?: (done: number, total: number) => void;
}

/** Which meetings go into a bundle; the library's meetings are looked at oldest first. */
export interface Selection {
  /** A cheap look at the record before its items are read: false leaves it out. */
  wants?(record: MeetingRecord): boolean;
  /** A look at the meeting with its items: false leaves it out. */
  keeps?(record: MeetingRecord, meeting: Meeting): boolean;
  /** At most this many meetings; `more` says when others were wanted. */
  max?: number;
  /** Called after each meeting is taken. */
  onProgress?: (done: number, total: number) => void;
}

export interface Collected {
  meetings: Meeting[];
  reads: BundleRead[];
  notes: BundleNote[];
  /** When each meeting last changed here. */
  changes: BundleChange[];
  more: boolean;
}

/**
 * The selected meetings with their read marks and notes; marks on items that no
 * longer exist are left out. Call it inside readingLibrary, so all is one state.
 */
export async function collectMeetings(db: LibraryDb, selection: Selection = {}): Promise<Collected> {
  const records = await meetingsByDate(db);
  const max = selection.max ?? Infinity;
  const meetings: Meeting[] = [];
  const changes: BundleChange[] = [];
  const refs = new Map<string, { ref: MeetingRef; numbers: Set<number> }>();
  let more = false;
  for (const record of records) {
    if (selection.wants && !selection.wants(record)) continue;
    if (meetings.length >= max) {
      more = true;
      break;
    }
    const meeting = await loadMeeting(db, record.id);
    if (!meeting || (selection.keeps && !selection.keeps(record, meeting))) continue;
    meetings.push(meeting);
    changes.push({ meeting: refOf(meeting), changedAt: record.updatedAt });
    refs.set(record.id, { ref: refOf(meeting), numbers: new Set(meeting.items.map((i) => i.number)) });
    selection.onProgress?.(meetings.length, records.length);
  }
  const ids = [...refs.keys()];
  const known = (m: { meetingId: string; number: number }) => refs.get(m.meetingId)?.numbers.has(m.number) ?? false;
  const reads: BundleRead[] = ids.length === 0 ? [] : (await readMarksOn(db, ids))
    .filter(known)
    .map((r) => ({ meeting: refs.get(r.meetingId)!.ref, number: r.number, readAt: r.readAt }));
  const notes: BundleNote[] = ids.length === 0 ? [] : (await notesOn(db, ids))
    .filter(known)
    .map((n) => ({ meeting: refs.get(n.meetingId)!.ref, number: n.number, text: n.text, updatedAt: n.updatedAt }));
  return { meetings, reads, notes, changes, more };
}

export type WatchPart = Pick<Bundle, 'committees' | 'watchEntries' | 'hostChecks'>;

/**
 * The followed committees, each host's last check, and the entries of their meetings from
 * today (in Denmark) on, their meetings named by identity. Empty (no fields) when the library
 * follows nothing and has checked nothing, unless `always`: the extension's answer to the web
 * app says so too, since the app takes it whole. Call it inside readingLibrary.
 */
export async function collectWatch(db: LibraryDb, now: Date, always = false): Promise<WatchPart> {
  const state = await watchState(db, danish(now).date);
  if (!always && state.committees.length === 0 && state.hostChecks.length === 0) return {};
  const ids = [...new Set(state.entries.flatMap((e) => (e.meetingId ? [e.meetingId] : [])))];
  const records = new Map((await meetingsById(db, ids)).flatMap((m) => (m ? [[m.id, m] as const] : [])));
  const watchEntries = state.entries.map(({ meetingId, ...entry }): BundleWatchEntry => {
    const record = meetingId ? records.get(meetingId) : undefined;
    return { ...entry, meeting: record ? refOf(record) : null };
  });
  return { committees: state.committees, watchEntries, hostChecks: state.hostChecks };
}

/** A v1 bundle of these parts, exported at `now`. */
export function bundleOf(
  { meetings, topics, reads, notes, ...rest }: Pick<Bundle, 'meetings' | 'topics' | 'reads' | 'notes' | 'changes'> & WatchPart,
  now: Date,
): Bundle {
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: now.toISOString(), meetings, topics, reads, notes, ...rest };
}

/** The whole library as one bundle, meetings oldest first, topics by label. */
export function buildBundle(db: LibraryDb, options: ExportOptions = {}): Promise<Bundle> {
  return libraryBundle(db, options, null);
}

/**
 * "Send til telefonen": what a phone that had everything up to `since` (ms; null: nothing yet)
 * lacks, meetings saved, changed, read or noted since then, each with when it last changed
 * here (`changes`), and every topic and the followed committees as they are now.
 */
export function buildTransferBundle(db: LibraryDb, since: number | null, options: ExportOptions = {}): Promise<Bundle> {
  return libraryBundle(db, options, { since });
}

async function libraryBundle(db: LibraryDb, options: ExportOptions, transfer: { since: number | null } | null): Promise<Bundle> {
  const now = options.now ?? new Date();
  const parts = await readingLibrary(db, async () => {
    const since = transfer?.since ?? null;
    const wanted = since === null ? null : await meetingsChangedSince(db, since);
    const { meetings, reads, notes, changes } = await collectMeetings(db, {
      wants: wanted ? (record) => wanted.has(record.id) : undefined,
      onProgress: options.onProgress,
    });
    const topics = (await listTopics(db)).map(bundleTopic);
    return { meetings, reads, notes, topics, ...(await collectWatch(db, now)), ...(transfer ? { changes } : {}) };
  });
  return bundleOf(parts, now);
}

export function bundleJson(bundle: Bundle): string {
  return JSON.stringify(bundle);
}

/** "referat-pakke-2025-01-31.json". */
export function bundleFileName(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  return `referat-pakke-${local}.json`;
}
