/** Threads from linked items: each union-find group that spans two meetings, with its unsaved history, keyed and ordered. */
import type { AgendaItem } from '../parse/types';
import { caseKey } from '../db/keys';
import { committeeKey } from './keys';
import { push, type Library } from './library';
import type { Pending } from './links';
import type { Thread, ThreadEntry } from './types';
import type { UnionFind } from './union-find';

/** The text of an item's last decision, or null: a thread entry's `decision`. */
export function lastDecision(item: Pick<AgendaItem, 'decisions'>): string | null {
  const last = item.decisions[item.decisions.length - 1];
  return last && last.text.trim() !== '' ? last.text : null;
}

function compareEntries(a: ThreadEntry, b: ThreadEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ca = committeeKey(a.committee);
  const cb = committeeKey(b.committee);
  if (ca !== cb) return ca < cb ? -1 : 1;
  const ma = a.meetingId ?? '';
  const mb = b.meetingId ?? '';
  if (ma !== mb) return ma < mb ? -1 : 1;
  return (a.number ?? Infinity) - (b.number ?? Infinity);
}

/** The threads of the groups of `uf`, newest activity first, and each saved item's thread by `${meetingId}#${number}`. */
export function assembleThreads(
  { nodes, meetings }: Library, uf: UnionFind, pending: readonly Pending[], standing: ReadonlySet<string>,
): { threads: Thread[]; itemThread: Map<string, Thread> } {
  // The nodes by root, with their unsaved entries.
  const members = new Map<number, number[]>();
  for (let n = 0; n < nodes.length; n++) push(members, uf.find(n), n);
  const unsavedOf = new Map<number, Pending[]>();
  for (const p of pending) push(unsavedOf, uf.find(p.node), p);

  const muniOf = new Map(meetings.map((m) => [m.id, m.muni]));
  const threads: Thread[] = [];
  const itemThread = new Map<string, Thread>();
  for (const [root, group] of members) {
    const extra = unsavedOf.get(root) ?? [];
    if (extra.length === 0 && group.every((n) => nodes[n]!.meeting === nodes[group[0]!]!.meeting)) continue;

    const entries: ThreadEntry[] = group.map((n) => {
      const { item, meeting } = { item: nodes[n]!.item, meeting: meetings[nodes[n]!.meeting]! };
      return {
        date: meeting.meeting.date, committee: meeting.meeting.committee, number: item.number, title: item.title,
        caseNumber: item.caseNumber, decision: lastDecision(item), saved: true, meetingId: meeting.id,
      };
    });
    const meetingKeys = new Set(group.map((n) => meetings[nodes[n]!.meeting]!.id));
    entries.push(...unsavedEntries(extra));
    for (const p of extra) meetingKeys.add(p.meetingKey);
    // Unsaved history meetings count: "Sagsforløb" of one saved item is a timeline across
    // meetings (Hvidovre punkt 8 was "Udsat" on 2022-06-07). Unsaved entries only ever hang
    // off a saved item, so a thread always has one; the check guards that invariant.
    if (meetingKeys.size < 2 || !entries.some((e) => e.saved)) continue;

    entries.sort(compareEntries);
    const savedEntries = entries.filter((e) => e.saved);
    const newest = savedEntries[savedEntries.length - 1]!;
    const title = newest.title || [...savedEntries].reverse().find((e) => e.title)?.title || '';
    const thread: Thread = {
      key: threadKey(savedEntries, (e) => standing.has(`${muniOf.get(e.meetingId!)}|${caseKey(e.caseNumber)}`)), title, entries,
      meetingCount: meetingKeys.size, latest: entries[entries.length - 1]!.date,
    };
    threads.push(thread);
    for (const e of savedEntries) itemThread.set(`${e.meetingId}#${e.number}`, thread);
  }

  disambiguateKeys(threads, muniOf);
  threads.sort((a, b) => (a.latest !== b.latest ? (a.latest > b.latest ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { threads, itemThread };
}

/** One entry per unsaved meeting and item number; an entry without number gives way to one with. */
function unsavedEntries(list: readonly Pending[]): ThreadEntry[] {
  const byMeeting = new Map<string, Map<number | null, ThreadEntry>>();
  for (const { meetingKey, entry } of list) {
    let m = byMeeting.get(meetingKey);
    if (!m) byMeeting.set(meetingKey, (m = new Map()));
    const seen = m.get(entry.number);
    if (!seen) m.set(entry.number, { ...entry });
    else if (!seen.decision && entry.decision) seen.decision = entry.decision;
  }
  const out: ThreadEntry[] = [];
  for (const m of byMeeting.values()) {
    const loose = m.get(null);
    if (loose && m.size > 1) m.delete(null);
    out.push(...m.values());
  }
  return out;
}

function itemId(e: ThreadEntry): string {
  return `item:${e.meetingId}#${e.number}`;
}

/** The case number most saved items carry, not a standing one (ties: the newest item's); else the oldest item's id. */
function threadKey(savedEntries: readonly ThreadEntry[], isStanding: (e: ThreadEntry) => boolean): string {
  const counts = new Map<string, number>();
  let best = '';
  for (const e of savedEntries) {
    const ck = caseKey(e.caseNumber);
    if (!ck || isStanding(e)) continue;
    const c = (counts.get(ck) ?? 0) + 1;
    counts.set(ck, c);
    if (c >= (counts.get(best) ?? 0)) best = ck; // entries are oldest first, so >= lets the newer win ties
  }
  return best || itemId(savedEntries[0]!);
}

/**
 * Case numbers are per municipality: threads that share a key get the municipality
 * appended, and if that is not enough (one number split into threads), their oldest item.
 */
function disambiguateKeys(threads: readonly Thread[], muniOf: ReadonlyMap<string, string>): void {
  const rename = (list: readonly Thread[], suffix: (t: Thread) => string, then?: (list: Thread[]) => void): void => {
    const byKey = new Map<string, Thread[]>();
    for (const t of list) push(byKey, t.key, t);
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      for (const t of group) t.key = `${t.key}${suffix(t)}`;
      then?.(group);
    }
  };
  const oldest = (t: Thread): ThreadEntry => t.entries.find((e) => e.saved)!;
  rename(threads, (t) => `@${(muniOf.get(oldest(t).meetingId!) ?? '').replace(/ /g, '-')}`, (group) =>
    rename(group, (t) => `~${itemId(oldest(t))}`));
}
