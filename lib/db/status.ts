/** The saved state of a meeting, as the save button and the popup show it. */
import type { Meeting } from '../parse/types';
import { findSavedMeeting, holdsMore } from './meetings';
import type { LibraryDb } from './schema';

/** Not saved, saved, or saved but the document holds more (the agenda became minutes, items were added). */
export type SavedState = 'unsaved' | 'saved' | 'more';

export interface StatusResponse {
  state: SavedState;
  meetingId: string | null;
}

export async function savedStatus(db: LibraryDb, meeting: Meeting): Promise<StatusResponse> {
  const saved = await findSavedMeeting(db, meeting);
  if (!saved) return { state: 'unsaved', meetingId: null };
  return { state: holdsMore(meeting, saved) ? 'more' : 'saved', meetingId: saved.id };
}
