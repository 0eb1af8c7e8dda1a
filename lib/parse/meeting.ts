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
  /** Names the document gives only as not taking part in an item ("deltog ikke i behandlingen"): no absence from the meeting. */
  notTakingPart?: readonly string[];
}

/** An item that records who came ("Deltagere og fravær", "Fraværende"): its absences are the meeting's. */
const ATTENDANCE = /^(?:deltagere og fravær|fravær|fraværende|afbud|fremmøde|mødedeltagere|deltagere)\b/i;

/**
 * Absent from the whole meeting: named in the head, absent in an attendance item,
 * or absent from (nearly) every item that is in the document; never for only not
 * taking part in items.
 */
function absentEverywhere(items: readonly AgendaItem[], named: readonly string[], itemOnly: ReadonlySet<string>): string[] {
  const counts = new Map<string, number>();
  const attendance: string[] = [];
  for (const item of items) {
    for (const name of item.absent) counts.set(name, (counts.get(name) ?? 0) + 1);
    if (ATTENDANCE.test(item.title)) attendance.push(...item.absent);
  }
  const real = items.filter((i) => !i.recovered).length;
  const everywhere = [...counts].filter(([name, n]) => n >= Math.max(1, Math.ceil(real * 0.8)) && !itemOnly.has(name)).map(([name]) => name);
  return uniq([...named, ...attendance, ...everywhere]);
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
    absent: absentEverywhere(items, parts.absent, new Set(parts.notTakingPart)),
    sourceUrl: parts.sourceUrl,
    items,
    warnings,
  };
}

/**
 * A meeting with the items of `part` added (a supplementary agenda, a page per
 * item): an item of the same number is replaced, the others are kept, in number order.
 */
export function addItems(base: Meeting, part: Pick<Meeting, 'items' | 'warnings'>): Meeting {
  const byNumber = new Map(base.items.map((i) => [i.number, i]));
  for (const item of part.items) byNumber.set(item.number, item);
  const { partial: _partial, ...whole } = base;
  return { ...whole, items: [...byNumber.values()].sort((a, b) => a.number - b.number), warnings: uniq([...base.warnings, ...part.warnings]) };
}
