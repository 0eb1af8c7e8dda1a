/**
 * Parses a minutes file in the browser and saves it like any other meeting. Loaded
 * only when a file is chosen, so the parser stays out of the first load (pdf.js
 * is loaded later still, by the parser, when the file is a PDF).
 */
import type { LibraryDb } from '../../lib/db/schema';
import { saveMeeting, type SaveStatus } from '../../lib/db/meetings';
import { parseFile } from '../../lib/sites/parse-file';
import { browserEnvironment } from '../../lib/parse/browser';
import { saveErrorMessage } from '../../lib/save-error';

export type OpenResult = { ok: true; status: SaveStatus; meetingId: string; itemCount: number } | { ok: false; message: string };

export async function openMinutesFile(db: LibraryDb, file: File): Promise<OpenResult> {
  let result;
  try {
    result = await parseFile({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, browserEnvironment);
  } catch {
    return { ok: false, message: 'Filen kunne ikke læses.' };
  }
  if (!result.ok) return { ok: false, message: result.reason };
  try {
    return { ok: true, ...(await saveMeeting(db, result.meeting, 'file')) };
  } catch (error) {
    return { ok: false, message: saveErrorMessage(error) };
  }
}
