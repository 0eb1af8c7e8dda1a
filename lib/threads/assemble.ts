/** Threads from linked items: each linked group that spans two meetings, with its unsaved history, keyed and ordered. */
import type { AgendaItem, Meeting } from '../parse/types';
import { caseKey, committeeKey } from './keys';
import { push } from './library';
import type { KeyedThread, Member, Thread, ThreadEntry, UnsavedEntry } from './types';

/** The text of an item's last decision, or null: a thread entry's `decision`. */
export function lastDecision(item: Pick<AgendaItem, 'decisions'>): string | null {
  const last = item.decisions[item.decisions.length - 1];
  return last && last.text.trim() !== '' ? last.text : null;
}

/** A saved item as its thread shows it. */
export function savedEntry(meetingId: string, meeting: Pick<Meeting, 'date' | 'committee'>, item: AgendaItem): ThreadEntry {
  return {
    date: meeting.date, committee: meeting.committee, number: item.number, title: item.title,
    caseNumber: item.caseNumber, decision: lastDecision(item), saved: true, meetingId,
  };
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

/** `item:<meetingId>#<number>`: the key of a thread without case number, and the last suffix of one that shares its key. */
export function itemId(e: Pick<ThreadEntry, 'meetingId' | 'number'>): string {
  return `item:${e.meetingId}#${e.number}`;
}

/**
 * The thread of one linked group of saved items (`members` in library order: by
 * meeting id, then item number), or null when it spans a single meeting. Its key
 * is the base key; finalKeys makes it unique among all threads. `standing` must
 * hold the members' case scopes that are standing.
 */
export function assembleThread(members: readonly Member[], standing: ReadonlySet<string>): KeyedThread | null {
  const extra = members.flatMap((m) => m.unsaved);
  if (extra.length === 0 && members.every((m) => m.entry.meetingId === members[0]!.entry.meetingId)) return null;
  const entries: ThreadEntry[] = members.map((m) => m.entry);
  const meetingKeys = new Set(entries.map((e) => e.meetingId!));
  entries.push(...unsavedEntries(extra));
  for (const p of extra) meetingKeys.add(p.meetingKey);
  // Unsaved history meetings count: "Sagsforløb" of one saved item is a timeline across
  // meetings (Hvidovre punkt 8 was "Udsat" on 2022-06-07). Unsaved entries only ever hang
  // off a saved item, so a thread always has one; the check guards that invariant.
  if (meetingKeys.size < 2 || !entries.some((e) => e.saved)) return null;

  entries.sort(compareEntries);
  const savedEntries = entries.filter((e) => e.saved);
  const newest = savedEntries[savedEntries.length - 1]!;
  const title = newest.title || [...savedEntries].reverse().find((e) => e.title)?.title || '';
  const muniOf = new Map(members.map((m) => [m.entry.meetingId!, m.muni]));
  const key = threadKey(savedEntries, (e) => standing.has(`${muniOf.get(e.meetingId!)}|${caseKey(e.caseNumber)}`));
  const thread: Thread = { key, title, entries, meetingCount: meetingKeys.size, latest: entries[entries.length - 1]!.date };
  return { thread, muni: muniOf.get(savedEntries[0]!.meetingId!)!, first: itemId(savedEntries[0]!) };
}

/** One entry per unsaved meeting and item number; an entry without number gives way to one with. */
function unsavedEntries(list: readonly UnsavedEntry[]): ThreadEntry[] {
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
 * Each thread's key among `threads`, all the threads that share their base keys
 * (`thread.key`). Case numbers are per municipality: threads that share a key get the
 * municipality appended, and if that is not enough (one number split into threads),
 * their oldest item.
 */
export function finalKeys(threads: readonly KeyedThread[]): string[] {
  const keys = threads.map((t) => t.thread.key);
  const rename = (list: readonly number[], suffix: (i: number) => string, then?: (list: number[]) => void): void => {
    const byKey = new Map<string, number[]>();
    for (const i of list) push(byKey, keys[i]!, i);
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      for (const i of group) keys[i] = `${keys[i]}${suffix(i)}`;
      then?.(group);
    }
  };
  rename(threads.map((_, i) => i), (i) => `@${threads[i]!.muni.replace(/ /g, '-')}`, (group) => rename(group, (i) => `~${threads[i]!.first}`));
  return keys;
}

/** Threads newest activity first, then by key. */
export function compareThreads(a: Thread, b: Thread): number {
  return a.latest !== b.latest ? (a.latest > b.latest ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
