/**
 * Which followed committee a meeting page or a saved meeting belongs to: the page's host
 * must be a FirstAgenda host (one of the built-in list, or any host serving `/vis?id=<GUID>`),
 * and the committee's name the page's, as the background finds it for `watch:follow-page`.
 */
import type { FollowedCommittee } from '../db/watch';
import { fold } from '../parse/text/normalize';
import { isFirstAgendaAddress } from '../sites/firstagenda/detect';
import { municipalityOfHost } from '../sites/firstagenda/hosts';

/** The host of a FirstAgenda meeting page ("dagsordener.hvidovre.dk"), or null when the address is none. */
export function firstAgendaHost(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return municipalityOfHost(parsed.host) !== null || isFirstAgendaAddress(url) ? parsed.host : null;
}

/** "Økonomiudvalget 2018-2021" and "økonomiudvalget" are one name (the list adds the period to some). */
export function committeeNameKey(name: string): string {
  return fold(name).replace(/\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\b/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The followed committee of the meeting at `url` named `committee`, if it is followed. */
export function followedCommitteeOf(committees: readonly FollowedCommittee[], url: string | null | undefined, committee: string): FollowedCommittee | null {
  const host = firstAgendaHost(url);
  if (!host) return null;
  const name = committeeNameKey(committee);
  return committees.find((c) => c.host === host && committeeNameKey(c.name) === name) ?? null;
}
