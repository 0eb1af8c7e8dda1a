/**
 * The last step of every reader (text, page, API): the items and what the
 * document says of the meeting become one `Meeting`, by the same rules.
 */
import type { AgendaItem, Meeting, MeetingKind } from './types';
import { mergeDuplicateItems } from './text/duplicates';
import { uniq } from './text/names';

export interface MeetingParts extends Omit<Meeting, 'kind' | 'committee'> {
  /** What the document calls itself, if it says. */
  kind: MeetingKind | null;
  committee: string | null;
  /** The warning when the committee is not named: where it was looked for. */
  noCommittee: string;
}

/** Absent from the whole meeting: named in the head, or absent from (nearly) every item that is in the document. */
function absentEverywhere(items: readonly AgendaItem[], named: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const name of item.absent) counts.set(name, (counts.get(name) ?? 0) + 1);
  const real = items.filter((i) => !i.recovered).length;
  const everywhere = [...counts].filter(([, n]) => n >= Math.max(1, Math.ceil(real * 0.8))).map(([name]) => name);
  return uniq([...named, ...everywhere]);
}

/** `absent` is who the head names; `items` are in document order, and a number that stands twice is merged here. */
/** A decision taken at this meeting: undated, or not dated before it (an agenda repeats the earlier ones). */
const decidedHere = (items: readonly AgendaItem[], date: string): boolean =>
  items.some((i) => i.decisions.some((d) => d.date === null || d.date >= date));

export function assembleMeeting(parts: MeetingParts): Meeting {
  const warnings = [...parts.warnings];
  const items = mergeDuplicateItems(parts.items, warnings);
  if (!parts.committee) warnings.push(parts.noCommittee);
  return {
    // Minutes when the document says so, or when it holds a decision of this meeting.
    kind: parts.kind ?? (decidedHere(items, parts.date) ? 'referat' : 'dagsorden'),
    municipality: parts.municipality,
    committee: parts.committee ?? 'Ukendt udvalg',
    date: parts.date,
    startTime: parts.startTime,
    location: parts.location,
    participants: uniq(parts.participants),
    absent: absentEverywhere(items, parts.absent),
    sourceUrl: parts.sourceUrl,
    items,
    warnings,
  };
}
