/**
 * Importing a bundle: all or nothing. The bundle is checked in full first
 * (readBundle); then every meeting, read mark and note is written in one
 * transaction, so a failure half-way (a full disk, a closed tab) leaves the
 * library as it was. Meetings merge by identity with saveMeeting's rules (the
 * same meeting is updated in place and keeps its source, minutes are not replaced by their agenda);
 * marks already in the library are kept, a note is replaced only by a newer one.
 * A topic already followed (the same query) is kept as it is; a new one is
 * followed with what the bundle brought already seen, so the import itself is
 * not news (news = an unread match in a meeting saved after lastSeenAt).
 * Followed committees (when the bundle has them) merge, or replace the library's
 * own for the web app's bridge (lib/db/watch-views.ts); an entry's meeting is
 * found by identity after the meetings are written.
 * A transfer ("Send til telefonen": a bundle that says when its meetings changed,
 * `changes`) leaves a meeting alone that an earlier transfer brought in a version
 * as new or newer, is remembered when it is the newest yet, and brings no followed
 * committees when it is older than that (its picture of them is older): the same
 * transfer twice, or an older after a newer, changes nothing.
 */
import { addReadMarks, addTopics, mergeNotes } from '../db/bulk';
import { findSavedMeeting, saveMeeting, type SaveStatus } from '../db/meetings';
import { isQuotaError } from '../db/save-error';
import type { LibraryDb } from '../db/schema';
import { writingLibrary } from '../db/transactions';
import { changedAtOf, lastReceived, noteReceived, setChangedAt } from '../db/transfer';
import { applyWatchState } from '../db/watch-views';
import { danish } from '../sites/firstagenda/time';
import { MeetingIndex, readBundle, sizeProblem, type Bundle } from './bundle';
import type { MeetingRef } from './refs';

export interface ImportOptions {
  now?: number;
  /** Called after each meeting is written (inside the transaction: keep it quick, no awaits). */
  onProgress?: (done: number, total: number) => void;
  /** Called once the bundle has passed its checks, before anything is written (importBundleText and importBundleFile). */
  onChecked?: (meetings: number) => void;
  /**
   * How the bundle's followed committees are taken (lib/db/watch-views.ts): a file merges (adds, never
   * removes); the web app replaces its own with the extension's, which alone follows and checks.
   */
  watch?: 'merge' | 'replace';
}

export interface ImportSummary extends Record<SaveStatus, number> {
  meetings: number;
  /** Read marks, notes and topics written. */
  reads: number;
  notes: number;
  topics: number;
  /** Followed committees new here. */
  committees: number;
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problems: string[] };

/** Writes a checked bundle. Throws (and nothing is changed) when the database refuses a write. */
export async function importBundle(db: LibraryDb, bundle: Bundle, options: ImportOptions = {}): Promise<ImportSummary> {
  const now = options.now ?? Date.now();
  const summary: ImportSummary = {
    meetings: bundle.meetings.length, created: 0, updated: 0, unchanged: 0, kept: 0, reads: 0, notes: 0, topics: 0, committees: 0,
  };
  // Every table: saveMeeting's own transaction nests in this one, whatever tables it needs now or later.
  await writingLibrary(db, async () => {
    const changes = new MeetingIndex<MeetingRef & { changedAt: number }>();
    bundle.changes?.forEach((c, i) => changes.add({ ...c.meeting, changedAt: c.changedAt }, i));
    const saved = new MeetingIndex<MeetingRef & { id: string }>();
    const changedAt: Array<{ meetingId: string; changedAt: number }> = [];
    for (const [i, meeting] of bundle.meetings.entries()) {
      const old = await findSavedMeeting(db, meeting);
      const changed = changes.find(meeting)?.meeting.changedAt;
      const known = old && changed !== undefined ? (await changedAtOf(db, [old.id]))[0] : undefined;
      if (old && known !== undefined && changed! <= known) {
        // An earlier bundle brought this meeting as it is here or newer.
        summary.unchanged++;
        saved.add({ ...meeting, id: old.id }, i);
      } else {
        // A meeting already saved keeps its source: the same content then counts as unchanged (saveMeeting
        // compares the whole record), so importing one's own backup is not news to any topic.
        const result = await saveMeeting(db, meeting, old?.source ?? 'bundle', now);
        summary[result.status]++;
        saved.add({ ...meeting, id: result.meetingId }, i);
        if (changed !== undefined) changedAt.push({ meetingId: result.meetingId, changedAt: changed });
      }
      options.onProgress?.(i + 1, bundle.meetings.length);
    }
    await setChangedAt(db, changedAt);
    // Marks land on the saved meeting; one needs its item there (the library's minutes may have been kept over the bundle's agenda).
    const located = <T extends { meeting: MeetingRef }>(marks: T[]) =>
      marks.flatMap((mark) => {
        const found = saved.find(mark.meeting);
        return found ? [{ meetingId: found.meeting.id, mark }] : [];
      });
    summary.reads = await addReadMarks(db, located(bundle.reads).map(({ meetingId, mark }) => ({ meetingId, number: mark.number, readAt: mark.readAt })));
    summary.notes = await mergeNotes(
      db,
      located(bundle.notes).map(({ meetingId, mark }) => ({ meetingId, number: mark.number, text: mark.text, updatedAt: mark.updatedAt })),
    );
    summary.topics = await addTopics(db, bundle.topics, now);
    // A transfer ("Send til telefonen", which says when its meetings changed) is remembered when it is the newest yet.
    const transfer = bundle.changes !== undefined;
    const newest = transfer ? await lastReceived(db) : null;
    const older = newest !== null && Date.parse(bundle.exportedAt) < Date.parse(newest.exportedAt);
    if (transfer) await noteReceived(db, { exportedAt: bundle.exportedAt, receivedAt: now });
    if (bundle.committees && !older) {
      // An entry's meeting is this library's meeting of that identity, where it has one.
      const entries = [];
      for (const { meeting, ...entry } of bundle.watchEntries ?? []) {
        entries.push({ ...entry, meetingId: meeting ? ((await findSavedMeeting(db, meeting))?.id ?? null) : null });
      }
      // The other side sends the entries from its today on: the replaced ones are this library's from its today on.
      const mode = options.watch === 'replace' ? { replace: { from: danish(new Date(now)).date } } : 'merge';
      summary.committees = await applyWatchState(db, { committees: bundle.committees, entries, hostChecks: bundle.hostChecks ?? [] }, mode);
    }
  });
  return summary;
}

/** Reads, checks and imports the text of a bundle file: a summary, or the problems (and nothing changed). */
export async function importBundleText(db: LibraryDb, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const read = readBundle(text);
  if (!read.ok) return read;
  options.onChecked?.(read.bundle.meetings.length);
  try {
    return { ok: true, summary: await importBundle(db, read.bundle, options) };
  } catch (error) {
    return { ok: false, problems: [importErrorMessage(error)] };
  }
}

/** importBundleText for a file: one too large is refused before it is read. */
export async function importBundleFile(db: LibraryDb, file: Blob, options: ImportOptions = {}): Promise<ImportResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, problems: [tooBig] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: ['Filen kunne ikke læses.'] };
  }
  return importBundleText(db, text, options);
}

function importErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return 'Der er ikke plads til pakken i browserens lager. Intet blev ændret.';
  return 'Pakken kunne ikke gemmes. Intet blev ændret.';
}
