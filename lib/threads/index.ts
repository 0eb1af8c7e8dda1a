/**
 * Builds threads from saved meetings. Pure: no database access, no browser API.
 *
 * Items are nodes of a union-find (library.ts). Three rules link them (links.ts):
 *  (a) the same normalised case number in the same municipality, unless the case
 *      number is a standing item's (see `isStanding`);
 *  (b) an item's own history ("Sagsforløb", "Tidligere behandling", an earlier
 *      "Beslutning i … den …") naming a saved meeting of that body on that date;
 *  (c) a dated reference in the text resolved to a saved meeting and its item (by
 *      number, else the same case number or title).
 * History entries that match no saved item are kept as unsaved timeline entries
 * (assemble.ts). Every step is a map lookup, so the whole build is linear in items,
 * history entries and references (times the near-constant union-find cost).
 *
 * The library keeps its threads with the same rules, a save at a time
 * (lib/db/thread-index); buildThreads over every saved meeting is the reference
 * they must equal.
 */
import { assembleThread, compareThreads, finalKeys, savedEntry } from './assemble';
import { indexLibrary, push, type Library } from './library';
import { linkSameCase, nodeLinks, standingCases, type NodeLinks } from './links';
import type { KeyedThread, Member, SavedMeeting, Thread, ThreadIndex } from './types';
import { UnionFind } from './union-find';

export type { SavedMeeting, Thread, ThreadEntry, ThreadIndex } from './types';

/** A library with every rule applied: each node's links, and the linked groups of nodes (each in node order). */
export interface LinkedLibrary {
  lib: Library;
  standing: Set<string>;
  links: NodeLinks[];
  groups: number[][];
}

export function linkLibrary(saved: readonly SavedMeeting[]): LinkedLibrary {
  const lib = indexLibrary(saved);
  const uf = new UnionFind(lib.nodes.length);
  const standing = standingCases(lib);
  linkSameCase(lib, standing, uf);
  const links = lib.nodes.map((_, n) => nodeLinks(lib, standing, n));
  links.forEach(({ targets }, n) => targets.forEach((t) => uf.union(n, t)));
  const groups = new Map<number, number[]>();
  for (let n = 0; n < lib.nodes.length; n++) push(groups, uf.find(n), n);
  return { lib, standing, links, groups: [...groups.values()] };
}

/** The members of a group of nodes, as assembleThread takes them. */
export function membersOf({ lib, links }: LinkedLibrary, group: readonly number[]): Member[] {
  return group.map((n) => {
    const { meeting, item, caseScope } = lib.nodes[n]!;
    const info = lib.meetings[meeting]!;
    return { entry: savedEntry(info.id, info.meeting, item), muni: info.muni, scope: caseScope, unsaved: links[n]!.unsaved };
  });
}

export function buildThreads(saved: readonly SavedMeeting[]): ThreadIndex {
  const linked = linkLibrary(saved);
  const keyed: KeyedThread[] = [];
  for (const group of linked.groups) {
    const t = assembleThread(membersOf(linked, group), linked.standing);
    if (t) keyed.push(t);
  }
  const keys = finalKeys(keyed);
  const threads = keyed.map(({ thread }, i) => ({ ...thread, key: keys[i]! }));
  const itemThread = new Map<string, Thread>();
  for (const t of threads) for (const e of t.entries) if (e.saved) itemThread.set(`${e.meetingId}#${e.number}`, t);
  threads.sort(compareThreads);
  return { threads, threadOf: (meetingId, number) => itemThread.get(`${meetingId}#${number}`) };
}
