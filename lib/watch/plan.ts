/**
 * What one check of a host fetches, decided from its committee list alone (pure).
 *
 * For each followed committee, the meetings from the follow's window on: its day less the
 * backfill months (default 3), and everything after, upcoming meetings included. Never older:
 * a meeting before the window is not fetched even when it is re-released (Hvidovre re-released
 * its 2018 minutes in September 2025). Inside the window a catalog entry is fetched when it is
 * new (never fetched) or its `ReleasedDate` is not the one last seen (an agenda re-published,
 * minutes published under the agenda's id). An upcoming entry without a release date is not
 * published yet and waits.
 *
 * One meeting can be several entries (Dagsorden, Tillægsdagsorden, Referat: the same committee
 * and start, different ids; the agenda stays listed after the minutes come). Each entry is
 * judged on its own, so only the changed ones are fetched, and they are ordered agenda, then
 * supplementary agenda, then minutes, so the minutes are saved last and replace the agenda.
 */
import type { Catalog, CatalogMeeting } from '../sites/firstagenda/catalog';
import { addMonths, danish } from '../sites/firstagenda/time';

export const DEFAULT_BACKFILL_MONTHS = 3;

export interface Follow {
  committeeId: string;
  /** When the committee was followed (ms). */
  followedAt: number;
  /** How many months before the follow the first check reaches back; default 3. */
  backfillMonths?: number;
}

export interface PlannedFetch {
  meeting: CatalogMeeting;
  /** `new`: never fetched; `changed`: its ReleasedDate is not the one last seen. */
  reason: 'new' | 'changed';
}

export interface CheckPlan {
  /** In the order to fetch and save: by meeting time, one meeting's entries together. */
  fetch: PlannedFetch[];
  /** Followed committee ids the list does not have (any more). */
  missing: string[];
}

/**
 * @param known the ReleasedDate last seen for each catalog meeting id already fetched
 * @param now ms; a follow dated after it counts from now
 */
export function planCheck(catalog: Catalog, follows: readonly Follow[], known: ReadonlyMap<string, string | null>, now: number): CheckPlan {
  const committees = new Map(catalog.periods.flatMap((p) => p.committees.map((c) => [c.id, c] as const)));
  const today = danish(new Date(now)).date;
  const fetch: PlannedFetch[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const follow of follows) {
    if (seen.has(follow.committeeId)) continue;
    seen.add(follow.committeeId);
    const committee = committees.get(follow.committeeId);
    if (!committee) {
      missing.push(follow.committeeId);
      continue;
    }
    const since = windowStart(follow, now);
    for (const meeting of committee.meetings) {
      if (meeting.date < since || (meeting.date >= today && meeting.releasedAt === null)) continue;
      if (!known.has(meeting.id)) fetch.push({ meeting, reason: 'new' });
      else if (known.get(meeting.id) !== meeting.releasedAt) fetch.push({ meeting, reason: 'changed' });
    }
  }
  fetch.sort((a, b) => compare(a.meeting, b.meeting));
  return { fetch, missing };
}

/** The first day of a follow's window: its day in Denmark (not after now) less the backfill months. */
export function windowStart(follow: Follow, now: number): string {
  const months = Number.isFinite(follow.backfillMonths) ? Math.max(0, Math.floor(follow.backfillMonths!)) : DEFAULT_BACKFILL_MONTHS;
  const from = Number.isFinite(follow.followedAt) ? Math.min(follow.followedAt, now) : now;
  return addMonths(danish(new Date(from)).date, -months);
}

/** Agenda before supplementary agenda before minutes. */
function rank(m: CatalogMeeting): number {
  if (m.concluded) return 2;
  return m.supplementary ? 1 : 0;
}

function compare(a: CatalogMeeting, b: CatalogMeeting): number {
  return (
    cmp(a.date, b.date) || cmp(a.startTime ?? '', b.startTime ?? '') || cmp(a.committeeId, b.committeeId) ||
    rank(a) - rank(b) || cmp(a.releasedAt ?? '', b.releasedAt ?? '') || cmp(a.id, b.id)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
