/**
 * Parses a minutes file in the browser and saves it like any other meeting. Loaded
 * only when a file is chosen, so the parser stays out of the first load (pdf.js
 * is loaded later still, by the parser, when the file is a PDF).
 */
import { saveMeeting } from '../../lib/db/meetings';
import { saveErrorMessage } from '../../lib/db/save-error';
import type { LibraryDb } from '../../lib/db/schema';
import { saveDocument, type SaveOutcome } from '../shared/save-document';

export function openMinutesFile(db: LibraryDb, file: File): Promise<SaveOutcome> {
  return saveDocument(async () => ({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }), {
    unreadable: 'Filen kunne ikke læses.',
    async save(meeting) {
      try {
        return { ok: true, ...(await saveMeeting(db, meeting, 'file')) };
      } catch (error) {
        return { ok: false, message: saveErrorMessage(error) };
      }
    },
  });
}
