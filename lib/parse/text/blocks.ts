/**
 * Cuts the body of one item into blocks: sections, decisions, attachment lists
 * and history, each opened by a label line. Absence lines are taken out here.
 */
import { ABSENCE_LINE, DECISION_HEADER, labelsOf, NOT_TAKING_PART, type BlockKind } from './labels';
import type { TextProfile } from './profile';
import { findDate } from './dates';
import { parseNameList } from './names';

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
}

// Labels are short; a longer line is always text.
const MAX_LABEL = 220;
const COMMITTEE_WORD = /udvalg|råd|bestyrelse|magistrat|direktion|forum|komit|kommission|møde/i;

// First words that can open a decision header or an absence line; everything else skips the patterns.
const DECISION_START = /^(?:beslutning|udvalgets|byrådets|kommunalbestyrelsens|afgørelse)/i;
const ABSENCE_START = /^(?:afbud|fravær|forfald|deltog)/i;

/** Reads a decision header; null when the line is not one. */
export function decisionHeader(line: string): { body: string | null; date: string | null } | null {
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

/** Names from an absence line, or null when the line is not one. */
export function absenceNames(line: string): string[] | null {
  if (!ABSENCE_START.test(line)) return null;
  const m = ABSENCE_LINE.exec(line);
  if (!m) return null;
  const list = parseNameList(m[1]!);
  return list ? list.names : null;
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
      const names = absenceNames(line);
      if (names) {
        absent.push(...names);
        continue;
      }
      if (current.kind === 'decision') {
        const m = NOT_TAKING_PART.exec(line);
        const list = m ? parseNameList(m[1]!) : null;
        if (list) {
          absent.push(...list.names);
          continue;
        }
      }
      const decision = decisionHeader(line);
      if (decision) {
        open({ kind: 'decision', heading: line, lines: [], body: decision.body, date: decision.date });
        continue;
      }
      const label = labelOf(line);
      // An attachment may be called "Indstilling"; a label ends the list only when prose follows it.
      if (label && !(current.kind === 'attachments' && label.kind === 'section' && !prosFollows(lines, i + 1, to))) {
        open({ kind: label.kind, heading: label.heading, lines: [] });
        continue;
      }
      if (isRecommendationHeading(profile.recommendationHeading, current, line)) {
        open({ kind: 'section', heading: 'Indstilling', lines: [line, ''] });
        continue;
      }
    }
    current.lines.push(line);
  }
  open({ kind: 'untitled', heading: '', lines: [] });
  return { blocks, absent };
}
