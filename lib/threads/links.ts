/**
 * The rules that link items of different meetings into one case, as unions in a
 * union-find over the library's items (library.ts). Pure: the save transaction
 * runs them too (lib/db/thread-index), on the few meetings a save concerns.
 */
import type { AgendaItem } from '../parse/types';
import { caseKey, committeeKey } from './keys';
import { atKey, type Library } from './library';
import type { ThreadEntry, UnsavedEntry } from './types';
import type { UnionFind } from './union-find';

/** One item that carries a case number: its meeting and its title key. */
export interface CaseMember {
  meeting: number | string;
  title: string;
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
 * still link it. `members` are all the items of the library with the case number.
 */
export function isStanding(members: Iterable<CaseMember>): boolean {
  const meetings = new Set<number | string>();
  const titles = new Map<string, Set<number | string>>();
  for (const { meeting, title } of members) {
    meetings.add(meeting);
    if (title === '') continue;
    let set = titles.get(title);
    if (!set) titles.set(title, (set = new Set()));
    set.add(meeting);
  }
  if (meetings.size < 2) return false;
  let top = 0;
  for (const set of titles.values()) top = Math.max(top, set.size);
  return top >= 2 && top * 2 > meetings.size;
}

/** The case scopes of the library that are standing items' (isStanding). */
export function standingCases(lib: Library): Set<string> {
  const standing = new Set<string>();
  for (const [scope, members] of lib.caseGroups) if (isStanding(members.map((n) => lib.nodes[n]!))) standing.add(scope);
  return standing;
}

/**
 * (a) The same case number across meetings, unless it is a standing item's. Items of
 * one meeting that share a number are joined only through another meeting: Hvidovre
 * files "Godkendelse af dagsorden", "Meddelelser" and "Eventuelt" of one meeting
 * under one number, and that is no case.
 */
export function sameCaseLinks(members: ReadonlyArray<{ meeting: number | string }>, standing: boolean): boolean {
  return !standing && members.some((m) => m.meeting !== members[0]!.meeting);
}

export function linkSameCase({ nodes, caseGroups }: Library, standing: ReadonlySet<string>, uf: UnionFind): void {
  for (const [scope, members] of caseGroups) {
    if (!sameCaseLinks(members.map((n) => nodes[n]!), standing.has(scope))) continue;
    for (const n of members) uf.union(members[0]!, n);
  }
}

/** Where a history entry or reference of an item points: the body's meetings on the date, or without body the item's own committee's. */
function pointAt(muni: string, committee: string, body: string | undefined, date: string): string {
  return atKey(muni, body ? committeeKey(body) : committee, date);
}

/**
 * The meetings an item's history and references name (atKeys), whether saved or not:
 * a meeting saved later at one of them may link the item. `muni` and `committee` are
 * its own meeting's keys.
 */
export function wantedAt(item: Pick<AgendaItem, 'history' | 'references'>, muni: string, committee: string): string[] {
  const out = new Set<string>();
  for (const h of item.history) out.add(pointAt(muni, committee, h.body, h.date));
  for (const r of item.references) out.add(pointAt(muni, committee, r.body, r.date));
  return [...out];
}

/** Where an entry that names a body, a date and maybe an item number points. */
class Lookup {
  constructor(private readonly lib: Library, private readonly standing: ReadonlySet<string>) {}

  /** Saved meetings of `body` (or the item's own committee) on `date`, in the item's municipality, not its own meeting. */
  meetingsOf(n: number, body: string | undefined, date: string): number[] {
    const { nodes, meetings, meetingsAt } = this.lib;
    const own = meetings[nodes[n]!.meeting]!;
    return (meetingsAt.get(pointAt(own.muni, own.committee, body, date)) ?? []).filter((m) => m !== nodes[n]!.meeting);
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

/** What node `n`'s history and references link it to. */
export interface NodeLinks {
  /** The nodes they resolve to. */
  targets: number[];
  /** Its history entries no saved item matches, in the history's order. */
  unsaved: UnsavedEntry[];
}

/**
 * (b) The item's own history ("Sagsforløb", "Tidligere behandling", an earlier
 * "Beslutning i … den …"): a saved meeting, its item by number, else by case number
 * or title; what no saved item matches becomes an unsaved entry.
 * (c) Dated references in the text, resolved the same way. `standing` must hold
 * the node's own case scope if it is standing.
 */
export function nodeLinks(lib: Library, standing: ReadonlySet<string>, n: number): NodeLinks {
  const { nodes, meetings } = lib;
  const look = new Lookup(lib, standing);
  const node = nodes[n]!;
  const own = meetings[node.meeting]!;
  const targets: number[] = [];
  const unsaved: UnsavedEntry[] = [];
  for (const h of node.item.history) {
    const candidates = look.meetingsOf(n, h.body, h.date);
    // The item's own meeting (a decision of this very meeting) is no earlier treatment.
    if (candidates.length === 0 && committeeKey(h.body) === own.committee && h.date === own.meeting.date) continue;
    const found = look.itemsIn(candidates, n, h.number);
    targets.push(...found);
    if (found.length > 0) continue;
    const savedId = candidates.length > 0 ? meetings[candidates[0]!]!.id : undefined;
    const entry: ThreadEntry = {
      date: h.date, committee: h.body, number: h.number ?? null, title: null,
      caseNumber: node.item.caseNumber, decision: h.text?.trim() || null, saved: false,
    };
    if (savedId) entry.meetingId = savedId;
    unsaved.push({ meetingKey: savedId ?? atKey(own.muni, committeeKey(h.body), h.date), entry });
  }
  // Without item number, the same case number alone would add nothing to rule (a), so
  // the same title counts too: an explicit date plus an identical title is the same case.
  for (const r of node.item.references) targets.push(...look.itemsIn(look.meetingsOf(n, r.body, r.date), n, r.number));
  return { targets, unsaved };
}
