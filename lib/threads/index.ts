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
import { indexLibrary, push } from './library';
import { linkHistoryAndReferences, linkSameCase, standingCases } from './links';
import type { KeyedThread, Member, SavedMeeting, Thread, ThreadIndex, UnsavedEntry } from './types';
import { UnionFind } from './union-find';

export type { SavedMeeting, Thread, ThreadEntry, ThreadIndex } from './types';

export function buildThreads(saved: readonly SavedMeeting[]): ThreadIndex {
  const lib = indexLibrary(saved);
  const uf = new UnionFind(lib.nodes.length);
  const standing = standingCases(lib);
  linkSameCase(lib, standing, uf);
  const unsaved = new Map<number, UnsavedEntry[]>();
  for (const { node, ...u } of linkHistoryAndReferences(lib, standing, uf)) push(unsaved, node, u);

  const groups = new Map<number, Member[]>();
  lib.nodes.forEach(({ meeting, item, caseScope }, n) => {
    const info = lib.meetings[meeting]!;
    push(groups, uf.find(n), { entry: savedEntry(info.id, info.meeting, item), muni: info.muni, scope: caseScope, unsaved: unsaved.get(n) ?? [] });
  });
  const keyed: KeyedThread[] = [];
  for (const members of groups.values()) {
    const t = assembleThread(members, standing);
    if (t) keyed.push(t);
  }
  const keys = finalKeys(keyed);
  const threads = keyed.map(({ thread }, i) => ({ ...thread, key: keys[i]! }));
  const itemThread = new Map<string, Thread>();
  for (const t of threads) for (const e of t.entries) if (e.saved) itemThread.set(`${e.meetingId}#${e.number}`, t);
  threads.sort(compareThreads);
  return { threads, threadOf: (meetingId, number) => itemThread.get(`${meetingId}#${number}`) };
}
