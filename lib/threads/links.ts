/**
 * The rules that link items of different meetings into one case, as unions in a
 * union-find over the library's items (library.ts). Pure: the save transaction
 * can run them too.
 */
import { caseKey } from '../db/keys';
import { committeeKey } from './keys';
import type { Library, Node } from './library';
import type { ThreadEntry } from './types';
import type { UnionFind } from './union-find';

/** A history entry no saved item matches: it joins its item's thread as an unsaved meeting. */
export interface Pending {
  /** The node whose history lists it. */
  node: number;
  /** Same meeting, same key: `meetingId` when the meeting is saved, else municipality|body|date. */
  meetingKey: string;
  entry: ThreadEntry;
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
export function standingCases(groups: ReadonlyMap<string, number[]>, nodes: readonly Node[]): Set<string> {
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

/**
 * (a) The same case number across meetings, unless it is a standing item's. Items of
 * one meeting that share a number are joined only through another meeting: Hvidovre
 * files "Godkendelse af dagsorden", "Meddelelser" and "Eventuelt" of one meeting
 * under one number, and that is no case.
 */
export function linkSameCase({ nodes, caseGroups }: Library, standing: ReadonlySet<string>, uf: UnionFind): void {
  for (const [scope, members] of caseGroups) {
    if (standing.has(scope)) continue;
    const first = members[0]!;
    if (members.every((n) => nodes[n]!.meeting === nodes[first]!.meeting)) continue;
    for (const n of members) uf.union(first, n);
  }
}

/** Where an entry that names a body, a date and maybe an item number points. */
class Lookup {
  constructor(private readonly lib: Library, private readonly standing: ReadonlySet<string>) {}

  /** Saved meetings of `body` (or the item's own committee) on `date`, in the item's municipality, not its own meeting. */
  meetingsOf(n: number, body: string | undefined, date: string): number[] {
    const { nodes, meetings, meetingsAt } = this.lib;
    const own = meetings[nodes[n]!.meeting]!;
    const committee = body ? committeeKey(body) : own.committee;
    return (meetingsAt.get(`${own.muni}|${committee}|${date}`) ?? []).filter((m) => m !== nodes[n]!.meeting);
  }

  /** The items of the first of `candidates` that has any: item `number`, or without one the same case (sameCaseIn). */
  itemsIn(candidates: number[], n: number, number: number | undefined): number[] {
    for (const m of candidates) {
      const hits = number !== undefined ? [this.lib.meetings[m]!.byNumber.get(number)].filter((x) => x !== undefined) : this.sameCaseIn(m, n);
      if (hits.length > 0) return hits;
    }
    return [];
  }

  /** The items of meeting `m` that an entry without item number means: the same case number, else the same title. */
  private sameCaseIn(m: number, n: number): number[] {
    const node = this.lib.nodes[n]!;
    const info = this.lib.meetings[m]!;
    // A standing item's number or title says nothing about which case is meant.
    if (node.caseScope && this.standing.has(node.caseScope)) return [];
    const ck = caseKey(node.item.caseNumber);
    const hits = ck ? info.byCase.get(ck) : undefined;
    if (hits) return hits;
    return node.title ? (info.byTitle.get(node.title) ?? []) : [];
  }
}

/**
 * (b) Each item's own history ("Sagsforløb", "Tidligere behandling", an earlier
 * "Beslutning i … den …"): a saved meeting, its item by number, else by case number
 * or title; what no saved item matches comes back as pending unsaved entries.
 * (c) Dated references in the text, resolved the same way.
 */
export function linkHistoryAndReferences(lib: Library, standing: ReadonlySet<string>, uf: UnionFind): Pending[] {
  const { nodes, meetings } = lib;
  const look = new Lookup(lib, standing);
  const pending: Pending[] = [];
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    const own = meetings[node.meeting]!;

    // (b) The document's own history: a saved meeting, its item by number, else by case number or title.
    for (const h of node.item.history) {
      const candidates = look.meetingsOf(n, h.body, h.date);
      // The item's own meeting (a decision of this very meeting) is no earlier treatment.
      if (candidates.length === 0 && committeeKey(h.body) === own.committee && h.date === own.meeting.date) continue;
      const targets = look.itemsIn(candidates, n, h.number);
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
      for (const t of look.itemsIn(look.meetingsOf(n, r.body, r.date), n, r.number)) uf.union(n, t);
    }
  }
  return pending;
}
