/**
 * "Kommende møder": the upcoming meetings of the followed committees, soonest first. A
 * meeting is one row however many entries the host lists for it (agenda, supplementary
 * agenda, minutes: the same committee, day and start); a saved meeting brings the items
 * that match a followed topic, matched in memory by the search's own rules.
 */
import { itemsOf, meetingsById } from '../db/meetings';
import { listTopics } from '../db/topics';
import { entriesFrom, followedCommittees, type FollowedCommittee, type WatchedEntry } from '../db/watch';
import type { LibraryDb } from '../db/schema';
import { matchItem } from '../search/match';
import { parseQuery } from '../search/query';

export interface UpcomingMatch {
  number: number;
  title: string;
  /** Labels of the followed topics the item matches. */
  topics: string[];
}

export interface UpcomingMeeting {
  /** `${committeeKey}|${date}|${startTime}`. */
  key: string;
  committee: string;
  municipality: string | null;
  host: string;
  date: string;
  startTime: string | null;
  place: string | null;
  /** The kinds of document the host lists for it, agenda first: "Dagsorden", "Tillægsdagsorden", "Referat". */
  documents: string[];
  /** Any of its documents is published. */
  published: boolean;
  /** The saved meeting in the library, if any. */
  meetingId: string | null;
  /** The entry that names the meeting (its agenda where listed): its id is the calendar's UID, its page the link. */
  entryId: string;
  url: string;
  /** Its items that match a followed topic, in number order. */
  matches: UpcomingMatch[];
}

/** The agenda first, then supplementary agendas, then minutes; by id within each. */
function byKind(a: WatchedEntry, b: WatchedEntry): number {
  const rank = (e: WatchedEntry) => (e.concluded ? 2 : e.supplementary ? 1 : 0);
  return rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The entries of followed committees as one row per meeting, soonest first (without matches). */
export function mergeEntries(entries: readonly WatchedEntry[], committees: readonly FollowedCommittee[]): UpcomingMeeting[] {
  const byKey = new Map(committees.map((c) => [c.key, c]));
  const groups = new Map<string, WatchedEntry[]>();
  for (const entry of entries) {
    if (!byKey.has(entry.committeeKey)) continue;
    const key = `${entry.committeeKey}|${entry.date}|${entry.startTime ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const rows = [...groups].map(([key, group]): UpcomingMeeting => {
    const sorted = [...group].sort(byKind);
    const first = sorted[0]!;
    const committee = byKey.get(first.committeeKey)!;
    return {
      key, committee: committee.name, municipality: committee.municipality, host: first.host, date: first.date, startTime: first.startTime,
      place: sorted.find((e) => e.place)?.place ?? null,
      documents: [...new Set(sorted.map((e) => e.name))],
      published: sorted.some((e) => e.releasedAt !== null),
      meetingId: sorted.find((e) => e.meetingId)?.meetingId ?? null,
      entryId: first.id, url: first.url, matches: [],
    };
  });
  // A meeting without a start time comes after the day's timed ones.
  const order = (r: UpcomingMeeting) => `${r.date}|${r.startTime ?? '99:99'}|${r.committee}|${r.key}`;
  return rows.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** The upcoming meetings from `today` (ISO, in Denmark) on, with their items that match a followed topic. */
export async function upcomingMeetings(db: LibraryDb, today: string): Promise<UpcomingMeeting[]> {
  const [entries, committees, topics] = await Promise.all([entriesFrom(db, today), followedCommittees(db), listTopics(db)]);
  const rows = mergeEntries(entries, committees);
  const ids = rows.flatMap((r) => (r.meetingId ? [r.meetingId] : []));
  const saved = new Set((await meetingsById(db, ids)).flatMap((m) => (m ? [m.id] : [])));
  const queries = topics.map((t) => ({ label: t.label, query: parseQuery(t.query) }));
  return Promise.all(
    rows.map(async (row) => {
      // A meeting deleted from the library since is not linked.
      if (!row.meetingId || !saved.has(row.meetingId)) return { ...row, meetingId: null };
      const items = queries.length > 0 ? await itemsOf(db, row.meetingId) : [];
      const matches = items.flatMap((item) => {
        const hit = queries.filter(({ query }) => matchItem(query, item) !== null).map((q) => q.label);
        return hit.length > 0 ? [{ number: item.number, title: item.title, topics: hit }] : [];
      });
      return { ...row, matches };
    }),
  );
}
