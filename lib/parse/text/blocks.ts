/**
 * Cuts the body of one item into blocks: sections, decisions, attachment lists
 * and history, each opened by a label line. Absence lines, history lines under
 * the case number and open markers ("ÅBENT") are taken out here.
 */
import type { HistoryEntry } from '../types';
import {
  ABSENCE_LABEL, ABSENCE_LINE, BODY_DECISION_HEADER, DECISION_HEADER, EARLIER_DECISION_HEADER, HISTORY_LINE, labelsOf, NOT_TAKING_PART,
  OPEN_MARKER, type BlockKind,
} from './labels';
import type { TextProfile } from './profile';
import { findDate } from './dates';
import { parseNameList, peopleOnLine } from './names';
import { COMMITTEE_WORD, isBodyName } from './bodies';

export interface Block {
  kind: BlockKind | 'untitled';
  heading: string;
  lines: string[];
  /** Decisions: the body and ISO date of the header. */
  body?: string | null;
  date?: string | null;
}

export interface ScannedBody {
  blocks: Block[];
  absent: string[];
  /** Of `absent`, those the document names only as not taking part in the item ("deltog ikke"): not absent from the meeting for that. */
  notTakingPart: string[];
  /** History lines ("Byrådet den 12. april 2017 Punkt 9"), in document order. */
  history: HistoryEntry[];
}

// Labels are short; a longer line is always text.
const MAX_LABEL = 220;

// First words that can open a decision header or an absence line; everything else skips the patterns.
const DECISION_START = /^(?:beslutning|udvalgets|byrådets|kommunalbestyrelsens|afgørelse)/i;
const ABSENCE_START = /^(?:afbud|fravær|forfald|deltog|følgende)/i;
// A body's header names a year; most lines do not, and skip its patterns.
const YEAR = /\d{4}/;
// A history line ends in its item number.
const ENDS_IN_NUMBER = /\d\.?$/;

/** "Økonomiudvalgets beslutning den 12.03.2018 Punkt 5", "Plan- og Miljøudvalget den 03-04-2017:". */
function bodyDecisionHeader(line: string): { body: string; date: string } | null {
  if (line.length > MAX_LABEL) return null;
  const own = line.includes('s beslutning') || line.includes('S BESLUTNING');
  const pattern = own ? BODY_DECISION_HEADER : line.endsWith(':') ? EARLIER_DECISION_HEADER : null;
  const m = pattern && YEAR.test(line) ? pattern.exec(line) : null;
  if (!m) return null;
  const body = m[1]!.trim();
  const date = findDate(m[2]!);
  return date && isBodyName(body) ? { body, date } : null;
}

/** Reads a decision header; null when the line is not one. */
export function decisionHeader(line: string): { body: string | null; date: string | null } | null {
  const own = bodyDecisionHeader(line);
  if (own) return own;
  if (!DECISION_START.test(line)) return null;
  const m = DECISION_HEADER.exec(line);
  if (!m) return null;
  const body = m[1]?.trim().replace(/[:.]$/, '') || null;
  const date = m[2] ? findDate(m[2]) : null;
  // "Beslutning: Godkendt." is a decision written inline, not a header.
  if (body && !date && !COMMITTEE_WORD.test(body)) return null;
  if (m[2] && !date) return null;
  return { body, date };
}

interface Absence {
  names: string[];
  /** Not taking part in the item ("deltog ikke"), rather than absent from the meeting. */
  itemOnly: boolean;
}

/** Names from an absence line; null when the line is not one. */
function absenceLine(line: string): Absence | null {
  if (!ABSENCE_START.test(line)) return null;
  const m = ABSENCE_LINE.exec(line);
  if (!m) return null;
  const list = parseNameList(m[2]!);
  return list ? { names: list.names, itemOnly: m[1] !== undefined } : null;
}

/** Names from an absence line, or null when the line is not one. */
export function absenceNames(line: string): string[] | null {
  return absenceLine(line)?.names ?? null;
}

/** An absence heading whose names (if any) stand on the lines below: whether they only missed the item. */
function absenceLabel(line: string): { itemOnly: boolean } | null {
  if (!ABSENCE_START.test(line) || line.length > 120) return null;
  const m = ABSENCE_LABEL.exec(line);
  return m ? { itemOnly: m[1] !== undefined } : null;
}

/** "Byrådet den 12. april 2017 Punkt 9": an earlier treatment with its item number. */
export function historyLine(line: string): HistoryEntry | null {
  if (line.length > MAX_LABEL || !ENDS_IN_NUMBER.test(line) || !/(?:punkt|pkt)/i.test(line)) return null;
  const m = HISTORY_LINE.exec(line);
  if (!m) return null;
  const body = m[1]!.trim();
  const date = findDate(m[2]!);
  return date && isBodyName(body) ? { body, date, number: +m[3]! } : null;
}

function isRecommendationHeading(heading: RegExp | undefined, current: Block, line: string): boolean {
  if (!heading) return false;
  if (!line.endsWith('indstiller') && !/indstiller(?: til [^.]*)?[,:]?$/.test(line)) return false;
  if (current.kind === 'section' && /indstilling|beslutningspunkter/i.test(current.heading)) return false;
  return heading.test(line);
}

function prosFollows(lines: readonly string[], from: number, to: number): boolean {
  let i = from;
  while (i < to && lines[i] === '') i++;
  return i < to && lines[i]!.length > 100;
}

export function scanBody(lines: readonly string[], from: number, to: number, profile: TextProfile, first?: Block): ScannedBody {
  const labelOf = labelsOf(profile);
  const blocks: Block[] = [];
  const absent: string[] = [];
  const notTakingPart: string[] = [];
  const history: HistoryEntry[] = [];
  const addAbsent = (names: readonly string[], itemOnly: boolean): void => {
    absent.push(...names);
    if (itemOnly) notTakingPart.push(...names);
  };
  let current: Block = first ?? { kind: 'untitled', heading: '', lines: [] };
  const open = (block: Block): void => {
    if (current.lines.length > 0 || current.kind !== 'untitled') blocks.push(current);
    current = block;
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line === '') {
      if (current.lines.length > 0 && current.lines[current.lines.length - 1] !== '') current.lines.push('');
      continue;
    }
    const first = line.charCodeAt(0);
    // Labels, headers and absence lines start with a capital letter (A-Z, Æ, Ø, Å, É).
    if (line.length <= MAX_LABEL && ((first >= 65 && first <= 90) || first === 198 || first === 216 || first === 197 || first === 201)) {
      const absence = absenceLine(line);
      if (absence) {
        addAbsent(absence.names, absence.itemOnly);
        continue;
      }
      const heading = absenceLabel(line);
      if (heading) {
        // The names under it, one list a line, blank lines between (a page's list items); often none.
        for (let j = i + 1; j < to; j++) {
          if (lines[j] === '') continue;
          const names = peopleOnLine(lines[j]!);
          if (!names) break;
          addAbsent(names, heading.itemOnly);
          i = j;
        }
        continue;
      }
      if (OPEN_MARKER.test(line)) continue;
      if (current.kind === 'decision') {
        const m = NOT_TAKING_PART.exec(line);
        const list = m ? parseNameList(m[1]!) : null;
        if (list) {
          addAbsent(list.names, /deltog ikke/i.test(line));
          continue;
        }
      }
      const decision = decisionHeader(line);
      if (decision) {
        open({ kind: 'decision', heading: line, lines: [], body: decision.body, date: decision.date });
        continue;
      }
      const label = labelOf(line);
      // The document's own lists after the last item ("Samlet bilagsliste") end it.
      if (label?.kind === 'end') break;
      // An attachment may be called "Indstilling"; a label ends the list only when prose follows it.
      if (label && !(current.kind === 'attachments' && label.kind === 'section' && !prosFollows(lines, i + 1, to))) {
        open({ kind: label.kind, heading: label.heading, lines: [] });
        continue;
      }
      // Under the case number, before the first label (a history block reads its own lines).
      if (current.kind === 'untitled') {
        const entry = historyLine(line);
        if (entry) {
          history.push(entry);
          continue;
        }
      }
      if (isRecommendationHeading(profile.recommendationHeading, current, line)) {
        open({ kind: 'section', heading: 'Indstilling', lines: [line, ''] });
        continue;
      }
    }
    current.lines.push(line);
  }
  open({ kind: 'untitled', heading: '', lines: [] });
  return { blocks, absent, notTakingPart, history };
}
