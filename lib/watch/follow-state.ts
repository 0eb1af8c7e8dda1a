/**
 * Which followed committee a meeting page or a saved meeting belongs to: the page's host
 * must be a FirstAgenda host (one of the built-in list, or any host serving `/vis?id=<GUID>`),
 * and the committee's name the page's, as the background finds it for `watch:follow-page`.
 */
import type { LibraryDb } from '../db/schema';
import { followedCommittees, type FollowedCommittee } from '../db/watch';
import type { Meeting } from '../parse/types';
import { isFirstAgendaAddress } from '../sites/firstagenda/detect';
import { municipalityOfHost } from '../sites/firstagenda/hosts';
import { committeeKey } from '../threads/keys';

/** The host of a FirstAgenda meeting page ("dagsordener.hvidovre.dk"), or null when the address is none. */
export function firstAgendaHost(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return municipalityOfHost(parsed.host) !== null || isFirstAgendaAddress(url) ? parsed.host : null;
}

/** The followed committee of the meeting at `url` named `committee`, if it is followed. */
export function followedCommitteeOf(committees: readonly FollowedCommittee[], url: string | null | undefined, committee: string): FollowedCommittee | null {
  const host = firstAgendaHost(url);
  if (!host) return null;
  // "Økonomiudvalget 2018-2021" and "økonomiudvalget" are one name (the list adds the period to some).
  const name = committeeKey(committee);
  return committees.find((c) => c.host === host && committeeKey(c.name) === name) ?? null;
}

/** Whether the meeting's committee is followed; null when it cannot be (not a FirstAgenda meeting). */
export async function committeeFollowed(db: LibraryDb, meeting: Pick<Meeting, 'sourceUrl' | 'committee'>): Promise<boolean | null> {
  if (!firstAgendaHost(meeting.sourceUrl)) return null;
  return followedCommitteeOf(await followedCommittees(db), meeting.sourceUrl, meeting.committee) !== null;
}
