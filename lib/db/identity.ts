/** What makes two saves the same meeting, and the same case (data-model.md, "Identity"). */
import type { Meeting } from '../parse/types';
import { fold } from '../parse/text/normalize';

function key(s: string | null): string {
  return fold(s ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Municipality, committee and date, folded: the lookup key of a meeting. */
export function meetingIdentity(m: Pick<Meeting, 'municipality' | 'committee' | 'date'>): string {
  return `${key(m.municipality)}|${key(m.committee)}|${m.date}`;
}

/** The stored id: the identity, with the start time when one is known (two meetings may share a day). */
export function meetingId(m: Pick<Meeting, 'municipality' | 'committee' | 'date' | 'startTime'>): string {
  return m.startTime ? `${meetingIdentity(m)}|${m.startTime}` : meetingIdentity(m);
}

/** "27.00.00-A00-5-15", "27.00.00 A00 5 15" → "27.00.00-a00-5-15"; '' for none. */
export function caseKey(caseNumber: string | null): string {
  return (caseNumber ?? '').toLowerCase().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}./-]/gu, '');
}
