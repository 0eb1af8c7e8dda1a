/** The saved state of a meeting, as the save button and the popup show it. */
import type { Meeting } from '../parse/types';
import type { StatusResponse } from '../messages';
import { findSavedMeeting, holdsMore } from './meetings';
import type { LibraryDb } from './schema';

export async function savedStatus(db: LibraryDb, meeting: Meeting): Promise<StatusResponse> {
  const saved = await findSavedMeeting(db, meeting);
  if (!saved) return { state: 'unsaved', meetingId: null };
  return { state: holdsMore(meeting, saved) ? 'more' : 'saved', meetingId: saved.id };
}
