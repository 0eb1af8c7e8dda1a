/**
 * A document's way into the library, the same for a PDF saved from the popup and
 * a file opened in the library or the web app: its bytes through the parser, then
 * the meeting to `save`. Whoever imports this brings the parser along (pdf.js still
 * loads only for a PDF), so the library and the web app import it only when a
 * file is chosen.
 */
import type { SaveResult } from '../../lib/db/meetings';
import { browserEnvironment } from '../../lib/parse/browser';
import { parseFile, type FileInput } from '../../lib/sites/parse-file';
import type { Meeting, ParseResult } from '../../lib/parse/types';

export type Saved = { ok: true } & SaveResult;
export type SaveOutcome = (Saved & { kind: Meeting['kind'] }) | { ok: false; message: string };

export interface DocumentSave {
  /** Said when the bytes cannot be read or the parser fails on them. */
  unreadable: string;
  /** Writes the meeting: to this origin's library, or through the background. */
  save(meeting: Meeting): Promise<Saved | { ok: false; message: string }>;
  /** Told when the parsed meeting goes to `save`. */
  onSaving?(): void;
}

export async function saveDocument(read: () => Promise<FileInput>, how: DocumentSave): Promise<SaveOutcome> {
  let result: ParseResult;
  try {
    result = await parseFile(await read(), browserEnvironment);
  } catch {
    return { ok: false, message: how.unreadable };
  }
  if (!result.ok) return { ok: false, message: result.reason };
  how.onSaving?.();
  const saved = await how.save(result.meeting);
  return saved.ok ? { ...saved, kind: result.meeting.kind } : saved;
}
