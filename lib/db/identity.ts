/** What makes two saves the same meeting (data-model.md, "Identity"). */
import type { Meeting } from '../parse/types';
import { nameKey } from '../threads/keys';

/** Municipality, committee and date, folded: the lookup key of a meeting. */
export function meetingIdentity(m: Pick<Meeting, 'municipality' | 'committee' | 'date'>): string {
  return `${nameKey(m.municipality)}|${nameKey(m.committee)}|${m.date}`;
}

/** The stored id: the identity, with the start time when one is known (two meetings may share a day). */
export function meetingId(m: Pick<Meeting, 'municipality' | 'committee' | 'date' | 'startTime'>): string {
  return m.startTime ? `${meetingIdentity(m)}|${m.startTime}` : meetingIdentity(m);
}
