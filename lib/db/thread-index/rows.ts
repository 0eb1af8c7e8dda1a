/** The thread rows of a meeting, and the thread rules run on the few meetings a save concerns. Pure. */
import type { AgendaItem, Meeting } from '../../parse/types';
import { savedEntry } from '../../threads/assemble';
import { committeeKey, nameKey, titleKey } from '../../threads/keys';
import { atKey, caseScope, indexLibrary } from '../../threads/library';
import { nodeLinks, wantedAt } from '../../threads/links';
import type { SavedMeeting, UnsavedEntry } from '../../threads/types';
import { itemRef, type MeetingRef, type ThreadNode } from './stores';

/** Items by number, the last of a number kept: what the items table holds after a save. */
function savedItems(items: readonly AgendaItem[]): AgendaItem[] {
  return [...new Map(items.map((i) => [i.number, i])).values()].sort((a, b) => a.number - b.number);
}

/** A meeting's index row and its items' nodes, not linked yet (no links, no unsaved entries, no thread). */
export function meetingRows(id: string, meeting: Meeting, updatedAt: number): { ref: MeetingRef; nodes: ThreadNode[] } {
  const muni = nameKey(meeting.municipality);
  const committee = committeeKey(meeting.committee);
  const ref: MeetingRef = { id, at: atKey(muni, committee, meeting.date), municipality: meeting.municipality, committee: meeting.committee, date: meeting.date, updatedAt };
  const nodes = savedItems(meeting.items).map((item): ThreadNode => {
    const scope = caseScope(muni, item.caseNumber);
    return {
      meetingId: id, number: item.number, ...(scope ? { scope } : {}), title: titleKey(item.title), muni,
      entry: savedEntry(id, meeting, item), wants: wantedAt(item, muni, committee), links: [], unsaved: [], thread: '',
    };
  });
  return { ref, nodes };
}

export interface Seed {
  node: ThreadNode;
  item: Pick<AgendaItem, 'history' | 'references'>;
}

/** A saved item as the rules read it, from its node: what a candidate meeting offers (number, case number, title). */
function ruleItem(node: ThreadNode, seed: Seed | undefined): AgendaItem {
  return {
    number: node.number, title: node.entry.title ?? '', caseNumber: node.entry.caseNumber, closed: false, recovered: false,
    sections: [], decisions: [], attachments: [], absent: [], history: seed ? seed.item.history : [], references: seed ? seed.item.references : [],
  };
}

/**
 * The links and unsaved entries of each seed, by the rules of lib/threads, on a
 * library of the meetings `refs` with all their nodes (`nodesOf`): the seeds' own
 * meetings and every saved meeting their history and references name. Meetings go
 * in by id, as the whole library's do, so "the first meeting that has the item" is
 * the same one. `standing` holds the seeds' case scopes that are standing.
 */
export function resolveSeeds(
  refs: readonly MeetingRef[], nodesOf: ReadonlyMap<string, readonly ThreadNode[]>, seeds: readonly Seed[], standing: ReadonlySet<string>,
): Map<string, { links: string[]; unsaved: UnsavedEntry[] }> {
  const bySeed = new Map(seeds.map((s) => [itemRef(s.node.meetingId, s.node.number), s]));
  const sorted = [...refs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const saved: SavedMeeting[] = sorted.map((r) => ({
    id: r.id,
    meeting: {
      kind: 'referat', municipality: r.municipality, committee: r.committee, date: r.date, startTime: null, location: null,
      participants: [], absent: [], sourceUrl: null, warnings: [],
      items: [...(nodesOf.get(r.id) ?? [])].sort((a, b) => a.number - b.number).map((n) => ruleItem(n, bySeed.get(itemRef(n.meetingId, n.number)))),
    },
  }));
  const lib = indexLibrary(saved);
  const out = new Map<string, { links: string[]; unsaved: UnsavedEntry[] }>();
  lib.nodes.forEach(({ meeting, item }, n) => {
    const ref = itemRef(lib.meetings[meeting]!.id, item.number);
    if (!bySeed.has(ref)) return;
    const { targets, unsaved } = nodeLinks(lib, standing, n);
    const links = targets.map((t) => itemRef(lib.meetings[lib.nodes[t]!.meeting]!.id, lib.nodes[t]!.item.number));
    out.set(ref, { links, unsaved });
  });
  return out;
}
