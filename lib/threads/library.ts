/** The saved meetings as the thread rules look them up: every item a node, and the maps that find them. */
import type { AgendaItem, Meeting } from '../parse/types';
import { caseKey, committeeKey, nameKey, titleKey } from './keys';
import type { SavedMeeting } from './types';

export interface Node {
  meeting: number;
  item: AgendaItem;
  /** `${municipality}|${caseKey}`, '' without a case number. */
  caseScope: string;
  title: string;
}

export interface MeetingInfo {
  id: string;
  meeting: Meeting;
  muni: string;
  committee: string;
  byNumber: Map<number, number>;
  byCase: Map<string, number[]>;
  byTitle: Map<string, number[]>;
}

export interface Library {
  nodes: Node[];
  meetings: MeetingInfo[];
  /** atKey → meetings. */
  meetingsAt: Map<string, number[]>;
  /** caseScope → nodes. */
  caseGroups: Map<string, number[]>;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Where the rules look a meeting up: municipality, body (committeeKey) and date. */
export function atKey(muni: string, committee: string, date: string): string {
  return `${muni}|${committee}|${date}`;
}

/** Case numbers are per municipality: `${muni}|${caseKey}`, '' without one. */
export function caseScope(muni: string, caseNumber: string | null): string {
  const ck = caseKey(caseNumber);
  return ck ? `${muni}|${ck}` : '';
}

/** One meeting per id: a meeting saved again replaces the earlier copy. */
export function indexLibrary(saved: readonly SavedMeeting[]): Library {
  const unique = new Map<string, Meeting>();
  for (const s of saved) {
    unique.delete(s.id);
    unique.set(s.id, s.meeting);
  }
  const lib: Library = { nodes: [], meetings: [], meetingsAt: new Map(), caseGroups: new Map() };
  for (const [id, meeting] of unique) {
    const m = lib.meetings.length;
    const info: MeetingInfo = {
      id, meeting, muni: nameKey(meeting.municipality), committee: committeeKey(meeting.committee),
      byNumber: new Map(), byCase: new Map(), byTitle: new Map(),
    };
    lib.meetings.push(info);
    push(lib.meetingsAt, atKey(info.muni, info.committee, meeting.date), m);
    for (const item of meeting.items) {
      const n = lib.nodes.length;
      const node: Node = { meeting: m, item, caseScope: caseScope(info.muni, item.caseNumber), title: titleKey(item.title) };
      lib.nodes.push(node);
      if (!info.byNumber.has(item.number)) info.byNumber.set(item.number, n);
      if (node.caseScope) {
        push(info.byCase, caseKey(item.caseNumber), n);
        push(lib.caseGroups, node.caseScope, n);
      }
      if (node.title) push(info.byTitle, node.title, n);
    }
  }
  return lib;
}
