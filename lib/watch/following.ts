/** Is the committee of a saved or shown meeting followed, and can it be? */
import type { LibraryDb } from '../db/schema';
import { followedCommittees } from '../db/watch';
import type { Meeting } from '../parse/types';
import { isFirstAgendaAddress } from '../sites/firstagenda/detect';
import { municipalityOfHost } from '../sites/firstagenda/hosts';
import { committeeKey } from '../threads/keys';

/** The host whose committees a meeting's address lets one follow (a FirstAgenda host), or null. */
export function followableHost(sourceUrl: string | null): string | null {
  if (!sourceUrl || !URL.canParse(sourceUrl)) return null;
  const url = new URL(sourceUrl);
  return isFirstAgendaAddress(sourceUrl) || municipalityOfHost(url.host) !== null ? url.host : null;
}

/** Whether the meeting's committee is followed; null when it cannot be (not a FirstAgenda meeting). */
export async function committeeFollowed(db: LibraryDb, meeting: Pick<Meeting, 'sourceUrl' | 'committee'>): Promise<boolean | null> {
  const host = followableHost(meeting.sourceUrl);
  if (!host) return null;
  const name = committeeKey(meeting.committee);
  return (await followedCommittees(db)).some((f) => f.host === host && committeeKey(f.name) === name);
}
