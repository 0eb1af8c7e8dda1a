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
 */
import { findSavedMeeting, saveMeeting, type SaveStatus } from '../db/meetings';
import type { LibraryDb, Note, ReadMark, Topic } from '../db/schema';
import { normalizeTopicQuery } from '../db/topics';
import { MeetingIndex, readBundle, type Bundle, type MeetingRef } from './bundle';
import { isQuotaError } from '../db/save-error';

export interface ImportOptions {
  now?: number;
  /** Called after each meeting is written (inside the transaction: keep it quick, no awaits). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportSummary extends Record<SaveStatus, number> {
  meetings: number;
  /** Read marks, notes and topics written. */
  reads: number;
  notes: number;
  topics: number;
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problems: string[] };

/** Writes a checked bundle. Throws (and nothing is changed) when the database refuses a write. */
export async function importBundle(db: LibraryDb, bundle: Bundle, options: ImportOptions = {}): Promise<ImportSummary> {
  const now = options.now ?? Date.now();
  const summary: ImportSummary = {
    meetings: bundle.meetings.length, created: 0, updated: 0, unchanged: 0, kept: 0, reads: 0, notes: 0, topics: 0,
  };
  // Every table: saveMeeting's own transaction nests in this one, whatever tables it needs now or later.
  await db.transaction('rw', db.tables, async () => {
    const saved = new MeetingIndex<MeetingRef & { id: string }>();
    for (const [i, meeting] of bundle.meetings.entries()) {
      // A meeting already saved keeps its source: the same content then counts as unchanged (saveMeeting
      // compares the whole record), so importing one's own backup is not news to any topic.
      const source = (await findSavedMeeting(db, meeting))?.source ?? 'bundle';
      const result = await saveMeeting(db, meeting, source, now);
      summary[result.status]++;
      saved.add({ ...meeting, id: result.meetingId }, i);
      options.onProgress?.(i + 1, bundle.meetings.length);
    }
    const resolve = <T extends { meeting: MeetingRef; number: number }>(marks: T[]) =>
      marks.flatMap((m) => {
        const found = saved.find(m.meeting);
        return found ? [{ mark: m, key: [found.meeting.id, m.number] as [string, number] }] : [];
      });

    const reads = resolve(bundle.reads);
    const notes = resolve(bundle.notes);
    // A mark needs its item: the library's minutes may have been kept over the bundle's agenda.
    const keys = [...reads, ...notes].map((r) => r.key);
    const items = await db.items.bulkGet(keys);
    const hasItem = new Set(keys.filter((_, i) => items[i]).map((k) => k.join('\u0000')));
    const live = <T extends { key: [string, number] }>(list: T[]) => list.filter((r) => hasItem.has(r.key.join('\u0000')));

    const liveReads = live(reads);
    const oldReads = await db.reads.bulkGet(liveReads.map((r) => r.key));
    const newReads: ReadMark[] = liveReads
      .filter((_, i) => !oldReads[i])
      .map((r) => ({ meetingId: r.key[0], number: r.key[1], readAt: r.mark.readAt }));
    await db.reads.bulkPut(newReads);
    summary.reads = newReads.length;

    const liveNotes = live(notes);
    const oldNotes = await db.notes.bulkGet(liveNotes.map((n) => n.key));
    const newNotes: Note[] = liveNotes
      .filter((n, i) => !oldNotes[i] || oldNotes[i]!.updatedAt < n.mark.updatedAt)
      .map((n) => ({ meetingId: n.key[0], number: n.key[1], text: n.mark.text, updatedAt: n.mark.updatedAt }));
    await db.notes.bulkPut(newNotes);
    summary.notes = newNotes.length;

    const followed = new Set((await db.topics.toArray()).map((t) => t.query));
    const newTopics = bundle.topics
      .map((t) => ({ ...t, query: normalizeTopicQuery(t.query), lastSeenAt: Math.max(t.lastSeenAt, now) }))
      .filter((t) => !followed.has(t.query));
    // Ids are this library's own (auto-increment).
    await db.topics.bulkAdd(newTopics as Topic[]);
    summary.topics = newTopics.length;
  });
  return summary;
}

/** Reads, checks and imports the text of a bundle file: a summary, or the problems (and nothing changed). */
export async function importBundleText(db: LibraryDb, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const read = readBundle(text);
  if (!read.ok) return read;
  try {
    return { ok: true, summary: await importBundle(db, read.bundle, options) };
  } catch (error) {
    return { ok: false, problems: [importErrorMessage(error)] };
  }
}

export function importErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return 'Der er ikke plads til pakken i browserens lager. Intet blev ændret.';
  return 'Pakken kunne ikke gemmes. Intet blev ændret.';
}
