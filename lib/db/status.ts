/** The saved state of a meeting, as the save button and the popup show it. */
import type { Meeting } from '../parse/types';
import { findSavedMeeting, holdsMore, itemsOf } from './meetings';
import type { ItemRecord, LibraryDb } from './schema';

/** Not saved, saved, or saved but the document holds more (the agenda became minutes, items were added). */
export type SavedState = 'unsaved' | 'saved' | 'more';

export interface StatusResponse {
  state: SavedState;
  meetingId: string | null;
}

export async function savedStatus(db: LibraryDb, meeting: Meeting): Promise<StatusResponse> {
  const saved = await findSavedMeeting(db, meeting);
  if (!saved) return { state: 'unsaved', meetingId: null };
  // A page of one item is saved when its items are, with as many decisions.
  const more = meeting.partial ? partHoldsMore(meeting, await itemsOf(db, saved.id)) : holdsMore(meeting, saved);
  return { state: more ? 'more' : 'saved', meetingId: saved.id };
}

function partHoldsMore(part: Meeting, saved: readonly ItemRecord[]): boolean {
  const byNumber = new Map(saved.map((i) => [i.number, i]));
  return part.items.some((i) => (byNumber.get(i.number)?.decisions.length ?? -1) < i.decisions.length);
}
