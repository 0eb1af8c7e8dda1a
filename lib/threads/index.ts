/**
 * Builds threads from saved meetings. Pure: no database access, no browser API
 * (the comparison keys come from lib/db/keys.ts, which is pure too).
 *
 * Items are nodes of a union-find. Three rules link them:
 *  (a) the same normalised case number in the same municipality, unless the case
 *      number is a standing item's (see `standingCases`);
 *  (b) an item's own history ("Sagsforløb", "Tidligere behandling", an earlier
 *      "Beslutning i … den …") naming a saved meeting of that body on that date;
 *  (c) a dated reference in the text resolved to a saved meeting and its item (by
 *      number, else the same case number or title).
 * History entries that match no saved item are kept as unsaved timeline entries.
 * Every step is a map lookup, so the whole build is linear in items, history
 * entries and references (times the near-constant union-find cost).
 */
import type { AgendaItem, Meeting } from '../parse/types';
import { caseKey, nameKey } from '../db/keys';
import { committeeKey, titleKey } from './keys';
import { UnionFind } from './union-find';
import type { SavedMeeting, Thread, ThreadEntry, ThreadIndex } from './types';

export type { SavedMeeting, Thread, ThreadEntry, ThreadIndex } from './types';
export { committeeKey, titleKey } from './keys';

interface Node {
  meeting: number;
  item: AgendaItem;
  /** `${municipality}|${caseKey}`, '' without a case number. */
  caseScope: string;
  title: string;
}

interface Pending {
  /** The node whose history lists it. */
  node: number;
  /** Same meeting, same key: `meetingId` when the meeting is saved, else municipality|body|date. */
  meetingKey: string;
  entry: ThreadEntry;
}

interface MeetingInfo {
  id: string;
  meeting: Meeting;
  muni: string;
  committee: string;
  byNumber: Map<number, number>;
  byCase: Map<string, number[]>;
  byTitle: Map<string, number[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lastDecision(item: AgendaItem): string | null {
  const last = item.decisions[item.decisions.length - 1];
  return last && last.text.trim() !== '' ? last.text : null;
}

/**
 * Standing items ("Godkendelse af dagsorden", "Meddelelser", "Nøgletal…") reuse one case
 * number at every meeting. They are recognised by repetition, not by a list: a case
 * number is standing when one title under it recurs in at least two meetings and in more
 * than half of the meetings that use the number. "More than half" rather than "all",
 * because standing titles drift over the years (Herning's 2019 "Nøgletal på
 * beskæftigelsesområdet" became "Nøgletal på Social og beskæftigelsesområdet"), while a
 * real case whose title repeats once among many meetings stays a case. The price: a real
 * case treated twice under the same title looks standing; its history and references
 * still link it.
 */
function standingCases(groups: Map<string, number[]>, nodes: readonly Node[]): Set<string> {
  const standing = new Set<string>();
  for (const [scope, members] of groups) {
    const meetings = new Set<number>();
    const titles = new Map<string, Set<number>>();
    for (const n of members) {
      const node = nodes[n]!;
      meetings.add(node.meeting);
      if (node.title === '') continue;
      let set = titles.get(node.title);
      if (!set) titles.set(node.title, (set = new Set()));
      set.add(node.meeting);
    }
    if (meetings.size < 2) continue;
    let top = 0;
    for (const set of titles.values()) top = Math.max(top, set.size);
    if (top >= 2 && top * 2 > meetings.size) standing.add(scope);
  }
  return standing;
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

export function buildThreads(saved: readonly SavedMeeting[]): ThreadIndex {
  // One meeting per id: a meeting saved again replaces the earlier copy.
  const unique = new Map<string, Meeting>();
  for (const s of saved) {
    unique.delete(s.id);
    unique.set(s.id, s.meeting);
  }

  const nodes: Node[] = [];
  const meetings: MeetingInfo[] = [];
  const meetingsAt = new Map<string, number[]>(); // municipality|committee|date → meetings
  const caseGroups = new Map<string, number[]>();
  for (const [id, meeting] of unique) {
    const m = meetings.length;
    const info: MeetingInfo = {
      id, meeting, muni: nameKey(meeting.municipality), committee: committeeKey(meeting.committee),
      byNumber: new Map(), byCase: new Map(), byTitle: new Map(),
    };
    meetings.push(info);
    push(meetingsAt, `${info.muni}|${info.committee}|${meeting.date}`, m);
    for (const item of meeting.items) {
      const n = nodes.length;
      const ck = caseKey(item.caseNumber);
      const node: Node = { meeting: m, item, caseScope: ck ? `${info.muni}|${ck}` : '', title: titleKey(item.title) };
      nodes.push(node);
      if (!info.byNumber.has(item.number)) info.byNumber.set(item.number, n);
      if (ck) {
        push(info.byCase, ck, n);
        push(caseGroups, node.caseScope, n);
      }
      if (node.title) push(info.byTitle, node.title, n);
    }
  }

  const uf = new UnionFind(nodes.length);
  const standing = standingCases(caseGroups, nodes);

  // (a) Same case number across meetings. Items of one meeting that share a number are
  // joined only through another meeting: Hvidovre files "Godkendelse af dagsorden",
  // "Meddelelser" and "Eventuelt" of one meeting under one number, and that is no case.
  for (const [scope, members] of caseGroups) {
    if (standing.has(scope)) continue;
    const first = members[0]!;
    if (members.every((n) => nodes[n]!.meeting === nodes[first]!.meeting)) continue;
    for (const n of members) uf.union(first, n);
  }

  /** Saved meetings of `body` (or the item's own committee) on `date`, in the item's municipality, not its own meeting. */
  const meetingsOf = (n: number, body: string | undefined, date: string): number[] => {
    const own = meetings[nodes[n]!.meeting]!;
    const committee = body ? committeeKey(body) : own.committee;
    return (meetingsAt.get(`${own.muni}|${committee}|${date}`) ?? []).filter((m) => m !== nodes[n]!.meeting);
  };
  /** The items of meeting `m` that an entry without item number means: the same case number, else the same title. */
  const sameCaseIn = (m: number, n: number): number[] => {
    const node = nodes[n]!;
    const info = meetings[m]!;
    // A standing item's number or title says nothing about which case is meant.
    if (node.caseScope && standing.has(node.caseScope)) return [];
    const ck = caseKey(node.item.caseNumber);
    const hits = ck ? info.byCase.get(ck) : undefined;
    if (hits) return hits;
    return node.title ? (info.byTitle.get(node.title) ?? []) : [];
  };
  const itemsIn = (candidates: number[], n: number, number: number | undefined): number[] => {
    for (const m of candidates) {
      const hits = number !== undefined ? [meetings[m]!.byNumber.get(number)].filter((x) => x !== undefined) : sameCaseIn(m, n);
      if (hits.length > 0) return hits;
    }
    return [];
  };

  const pending: Pending[] = [];
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    const own = meetings[node.meeting]!;

    // (b) The document's own history: a saved meeting, its item by number, else by case number or title.
    for (const h of node.item.history) {
      const candidates = meetingsOf(n, h.body, h.date);
      // The item's own meeting (a decision of this very meeting) is no earlier treatment.
      if (candidates.length === 0 && committeeKey(h.body) === own.committee && h.date === own.meeting.date) continue;
      const targets = itemsIn(candidates, n, h.number);
      for (const t of targets) uf.union(n, t);
      if (targets.length > 0) continue;
      const savedId = candidates.length > 0 ? meetings[candidates[0]!]!.id : undefined;
      const entry: ThreadEntry = {
        date: h.date, committee: h.body, number: h.number ?? null, title: null,
        caseNumber: node.item.caseNumber, decision: h.text?.trim() || null, saved: false,
      };
      if (savedId) entry.meetingId = savedId;
      pending.push({ node: n, meetingKey: savedId ?? `${own.muni}|${committeeKey(h.body)}|${h.date}`, entry });
    }

    // (c) Dated references: a body's meeting, or without body the item's own committee.
    // Without item number, the same case number alone would add nothing to rule (a), so
    // the same title counts too: an explicit date plus an identical title is the same case.
    for (const r of node.item.references) {
      for (const t of itemsIn(meetingsOf(n, r.body, r.date), n, r.number)) uf.union(n, t);
    }
  }

  // Group the nodes by root, with their unsaved entries.
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
  return { threads, threadOf: (meetingId, number) => itemThread.get(`${meetingId}#${number}`) };
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
