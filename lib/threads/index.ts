/**
 * Builds threads from saved meetings. Pure: no database access, no browser API
 * (the comparison keys come from lib/db/keys.ts, which is pure too).
 *
 * Items are nodes of a union-find (library.ts). Three rules link them (links.ts):
 *  (a) the same normalised case number in the same municipality, unless the case
 *      number is a standing item's (see `standingCases`);
 *  (b) an item's own history ("Sagsforløb", "Tidligere behandling", an earlier
 *      "Beslutning i … den …") naming a saved meeting of that body on that date;
 *  (c) a dated reference in the text resolved to a saved meeting and its item (by
 *      number, else the same case number or title).
 * History entries that match no saved item are kept as unsaved timeline entries
 * (assemble.ts). Every step is a map lookup, so the whole build is linear in items,
 * history entries and references (times the near-constant union-find cost).
 */
import { assembleThreads } from './assemble';
import { indexLibrary } from './library';
import { linkHistoryAndReferences, linkSameCase, standingCases } from './links';
import type { SavedMeeting, ThreadIndex } from './types';
import { UnionFind } from './union-find';

export type { SavedMeeting, Thread, ThreadEntry, ThreadIndex } from './types';
export { committeeKey, titleKey } from './keys';

export function buildThreads(saved: readonly SavedMeeting[]): ThreadIndex {
  const lib = indexLibrary(saved);
  const uf = new UnionFind(lib.nodes.length);
  const standing = standingCases(lib.caseGroups, lib.nodes);
  linkSameCase(lib, standing, uf);
  const pending = linkHistoryAndReferences(lib, standing, uf);
  const { threads, itemThread } = assembleThreads(lib, uf, pending, standing);
  return { threads, threadOf: (meetingId, number) => itemThread.get(`${meetingId}#${number}`) };
}
