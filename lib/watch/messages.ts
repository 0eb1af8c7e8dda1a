/**
 * The messages between the extension's pages (library, popup, save button) and
 * the background about followed committees. The background owns the network
 * client and runs one check at a time; the pages read what came in from the
 * library (lib/db/watch.ts) with live queries. Plain data and guards only.
 */
import { isObjectLike } from '../sync/guards';

/** A committee of a host's list, as the "Kommuner og udvalg" view shows it. */
export interface CommitteeChoice {
  id: string;
  name: string;
  period: string;
  /** In the current election period (older ones are folded away). */
  current: boolean;
  followed: boolean;
}

export type WatchRequest =
  /** The committees of a host ("dagsordener.hvidovre.dk"). */
  | { type: 'watch:committees'; host: string }
  /** Follow a committee of a host; its first check starts at once. */
  | { type: 'watch:follow'; host: string; committeeId: string }
  /** Follow the committee of a meeting page of a host (`url`), found in the host's list by name. */
  | { type: 'watch:follow-page'; url: string; committee: string }
  | { type: 'watch:unfollow'; key: string }
  /** "Tjek nu": check every followed host now (or join the check that runs). */
  | { type: 'watch:check' }
  /** Hours between checks. */
  | { type: 'watch:interval'; hours: number };

export type CommitteesResponse = { ok: true; municipality: string | null; committees: CommitteeChoice[] } | { ok: false; reason: string };
/** `key` of the followed committee. */
export type FollowResponse = { ok: true; key: string; name: string } | { ok: false; reason: string };
export type DoneResponse = { ok: true } | { ok: false; reason: string };

/** Intervals a user can choose, in hours. */
export const INTERVALS = [1, 2, 4, 8, 12, 24] as const;

const text = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function isWatchRequest(v: unknown): v is WatchRequest {
  if (!isObjectLike(v) || typeof v.type !== 'string') return false;
  switch (v.type) {
    case 'watch:committees':
      return text(v.host, 300);
    case 'watch:follow':
      return text(v.host, 300) && text(v.committeeId, 200);
    case 'watch:follow-page':
      return text(v.url) && text(v.committee, 300);
    case 'watch:unfollow':
      return text(v.key, 600);
    case 'watch:check':
      return true;
    case 'watch:interval':
      return typeof v.hours === 'number' && (INTERVALS as readonly number[]).includes(v.hours);
    default:
      return false;
  }
}

/** An answer with `ok` and, when not ok, a reason: what every watch request gets back. */
export function isWatchAnswer(v: unknown): v is DoneResponse {
  return isObjectLike(v) && (v.ok === true || (v.ok === false && typeof v.reason === 'string'));
}
