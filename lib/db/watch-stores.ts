/**
 * What the watcher of followed committees keeps (lib/watch), and its stores: the
 * committees, the entries of their meetings it has seen on the host, each host's
 * last check, and the settings. The queries are in watch.ts.
 */

/** A committee the user follows on a FirstAgenda host. */
export interface FollowedCommittee {
  /** `${host}|${committeeId}`. */
  key: string;
  /** "dagsordener.hvidovre.dk" (with ":port" when it has one). */
  host: string;
  /** "https://dagsordener.hvidovre.dk". */
  origin: string;
  municipality: string | null;
  committeeId: string;
  /** "Økonomiudvalget", as the committee list names it. */
  name: string;
  /** "Udvalg 2026-2029". */
  period: string;
  followedAt: number;
  /** How far back before the follow the first check reaches. */
  backfillMonths: number;
}

/** One entry of a followed committee's meetings in the host's list, as last seen. */
export interface WatchedEntry {
  /** The entry's id on the host: `/vis?id=<id>`. */
  id: string;
  /** `${host}|${committeeId}` of its committee. */
  committeeKey: string;
  host: string;
  committee: string;
  /** Local date and start. */
  date: string;
  startTime: string | null;
  place: string | null;
  /** "Dagsorden", "Referat", "Tillægsdagsorden", … */
  name: string;
  concluded: boolean;
  supplementary: boolean;
  /** ReleasedDate as the list gives it now; null: not published yet. */
  releasedAt: string | null;
  /** ReleasedDate when it was last fetched; absent when it never was. */
  fetchedRelease?: string | null;
  /** The library's meeting the entry was saved as. */
  meetingId: string | null;
  /** The meeting's page on the host. */
  url: string;
}

/** A host's last check, for the status line. */
export interface HostCheck {
  host: string;
  /** When it was last asked (ms), null before the first check. */
  checkedAt: number | null;
  /** When it last answered with its committee list. */
  okAt: number | null;
  /** Why the last check of the host failed, in one Danish sentence; null when it did not. */
  problem: string | null;
  /** What the last check brought: meetings new to the library, and meetings that changed. */
  created: number;
  updated: number;
  /** Meetings whose answer could not be read at the last check. */
  unreadable: number;
  /** The network client's state of the host, kept across restarts. */
  client: HostRest;
}

/** How the network client rests a host after failures (lib/watch/polite-fetch.ts writes it). */
export interface HostRest {
  /** Failures in a row. */
  failures: number;
  /** When the host may be asked again (ms), null when it may now. */
  nextTryAt: number | null;
  /** The last failure, as the client described it. */
  lastFailure: { kind: string } | null;
}

/** The watcher's settings. */
export interface WatchSettings {
  /** Hours between checks. */
  intervalHours: number;
  /** Months before a new follow that its first check brings in. */
  backfillMonths: number;
}

export const DEFAULT_WATCH_SETTINGS: WatchSettings = { intervalHours: 4, backfillMonths: 3 };

/** The stores of version 4 (schema.ts). */
export const WATCH_STORES = {
  committees: 'key, host',
  watchEntries: 'id, committeeKey, host, date',
  hostChecks: 'host',
  settings: '',
} as const;
