/** Thread rows for a whole library at once: version 5's upgrader, and filling a benchmark library. */
import type { Table, Transaction } from 'dexie';
import type { AgendaItem, Meeting } from '../../parse/types';
import { assembleThread, finalKeys, savedEntry } from '../../threads/assemble';
import { linkLibrary, membersOf } from '../../threads/index';
import { atKey } from '../../threads/library';
import { wantedAt } from '../../threads/links';
import type { KeyedThread } from '../../threads/types';
import { itemRef, type CaseScope, type MeetingRef, type ThreadNode, type ThreadRow } from './stores';

export interface ThreadRows {
  refs: MeetingRef[];
  nodes: ThreadNode[];
  scopes: CaseScope[];
  threads: ThreadRow[];
}

/** What the thread rules read of an item: the rest (sections, attachments) is left out to spare memory. */
export function ruleFields(item: AgendaItem): AgendaItem {
  const last = item.decisions[item.decisions.length - 1];
  return {
    number: item.number, title: item.title, caseNumber: item.caseNumber, closed: false, recovered: false, sections: [],
    decisions: last ? [last] : [], attachments: [], absent: [], history: item.history, references: item.references,
  };
}

/** The rows of every meeting (`updatedAt` by meeting): exactly what saving them one by one leaves. */
export function threadRows(saved: ReadonlyArray<{ id: string; meeting: Meeting; updatedAt: number }>): ThreadRows {
  // The library's order, as the saves see it: by meeting id.
  const linked = linkLibrary([...saved].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  const { lib, links, groups, standing } = linked;
  const updatedAt = new Map(saved.map((s) => [s.id, s.updatedAt]));
  const refs = lib.meetings.map((info): MeetingRef => ({
    id: info.id, at: atKey(info.muni, info.committee, info.meeting.date), municipality: info.meeting.municipality,
    committee: info.meeting.committee, date: info.meeting.date, updatedAt: updatedAt.get(info.id)!,
  }));
  const nodes = lib.nodes.map(({ meeting, item, caseScope, title }, n): ThreadNode => {
    const info = lib.meetings[meeting]!;
    return {
      meetingId: info.id, number: item.number, ...(caseScope ? { scope: caseScope } : {}), title, muni: info.muni,
      entry: savedEntry(info.id, info.meeting, item), wants: wantedAt(item, info.muni, info.committee),
      links: [...new Set(links[n]!.targets.map((t) => itemRef(lib.meetings[lib.nodes[t]!.meeting]!.id, lib.nodes[t]!.item.number)))],
      unsaved: links[n]!.unsaved, thread: '',
    };
  });
  const keyed: KeyedThread[] = [];
  for (const group of groups) {
    const t = assembleThread(membersOf(linked, group), standing);
    if (!t) continue;
    keyed.push(t);
    for (const n of group) nodes[n]!.thread = t.first;
  }
  const keys = finalKeys(keyed);
  const threads = keyed.map(({ thread, muni, first }, i): ThreadRow => ({ ...thread, key: keys[i]!, id: first, base: thread.key, muni }));
  const scopes = [...lib.caseGroups].map(([scope, members]): CaseScope => ({ scope, members: members.map((n) => [itemRef(nodes[n]!.meetingId, nodes[n]!.number), nodes[n]!.title]) }));
  return { refs, nodes, scopes, threads };
}

/** Version 5's upgrader: the threads of every saved meeting, read item by item (only the fields the rules use). */
export async function indexExistingThreads(tx: Transaction): Promise<void> {
  // The records of schema.ts (a meeting's head with its id and save time; an item with its meeting's id).
  const meetings = (await tx.table('meetings').toArray()) as Array<Omit<Meeting, 'items'> & { id: string; updatedAt: number }>;
  const items = new Map<string, AgendaItem[]>();
  await tx.table('items').each((record: AgendaItem & { meetingId: string }) => {
    const list = items.get(record.meetingId);
    if (list) list.push(ruleFields(record));
    else items.set(record.meetingId, [ruleFields(record)]);
  });
  const saved = meetings.map((m) => ({ id: m.id, meeting: { ...m, items: items.get(m.id) ?? [] }, updatedAt: m.updatedAt }));
  await writeThreadRows({ meetingIndex: tx.table('meetingIndex'), threadNodes: tx.table('threadNodes'), caseScopes: tx.table('caseScopes'), threads: tx.table('threads') }, threadRows(saved));
}

interface ThreadTableSet {
  meetingIndex: Table;
  threadNodes: Table;
  caseScopes: Table;
  threads: Table;
}

/** Writes the rows (inside a rw transaction over the four tables). */
export async function writeThreadRows(tables: ThreadTableSet, rows: ThreadRows): Promise<void> {
  await Promise.all([
    tables.meetingIndex.bulkPut(rows.refs), tables.threadNodes.bulkPut(rows.nodes),
    tables.caseScopes.bulkPut(rows.scopes), tables.threads.bulkPut(rows.threads),
  ]);
}
