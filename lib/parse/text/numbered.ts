/**
 * Item headers numbered without "Punkt": "1. Meddelelser", "412. Lokalplan for
 * Havnefronten. …", "1. BUDGETSTATUS 2015". A numbered line is an item only when
 * the document confirms it, because memos, letters and recommendations number
 * their paragraphs too: by what follows it (the case number, a history line, an
 * "ÅBENT" marker, or a closed item's decision: strong), by the table of contents
 * (its number and title, in a document with a meeting head: strong), or by a label
 * or decision after it (weak: only for a number no strong header has, after the
 * item before it, in a document that is minutes). Sub-points ("a.", "1)", "1. at …")
 * never start with a number and a capital.
 */
import { caseNumberOf } from './case-number';
import { CLOSED_PREFIX, OPEN_MARKER, type LabelOf } from './labels';
import { absenceNames, decisionHeader, historyLine } from './blocks';
import { isTocLine, sameTitle } from './toc';
import { squash } from './normalize';

export interface Header {
  line: number;
  number: number;
  title: string;
}

/** "12. Title": the number, a dot, white space and a title that starts with a capital or a digit. */
const NUMBERED = /^(\d{1,4})\.[ \t]+([\p{Lu}\d"«].{0,250})$/u;
// A list item or a sentence ends so; a title does not.
const ENDS_LIKE_TEXT = /[,;]$/;

type Evidence = 'strong' | 'weak' | null;

function nextFilled(lines: readonly string[], from: number, limit: number): number {
  let i = from;
  while (i < limit && lines[i] === '') i++;
  return i;
}

function evidenceOf(line: string, closed: boolean, labelOf: LabelOf): Evidence {
  if (caseNumberOf(line) !== undefined || historyLine(line) || OPEN_MARKER.test(line)) return 'strong';
  const decision = decisionHeader(line) !== null;
  if (closed && decision) return 'strong';
  if (decision || labelOf(line) !== null || absenceNames(line) !== null) return 'weak';
  return null;
}

/** What the lines after a numbered header say of it: the first line, or the one after it when the title wrapped. */
function structureAfter(lines: readonly string[], at: number, title: string, labelOf: LabelOf): Evidence {
  const closed = CLOSED_PREFIX.test(title);
  const i = nextFilled(lines, at + 1, Math.min(lines.length, at + 40));
  if (i >= lines.length || lines[i] === '') return null;
  const first = evidenceOf(lines[i]!, closed, labelOf);
  if (first) return first;
  // A wrapped title: a short line that does not end a sentence.
  if (lines[i]!.length > 160 || /[.!?:]$/.test(lines[i]!)) return null;
  const j = nextFilled(lines, i + 1, Math.min(lines.length, i + 40));
  return j < lines.length && lines[j] !== '' ? evidenceOf(lines[j]!, closed, labelOf) : null;
}

/** A numbered line that may be an item header, with what the lines after it say. */
export interface Candidate {
  header: Header;
  /** By what follows it alone; the contents may still confirm it. */
  evidence: Evidence;
}

/** Every numbered line that could head an item, with the evidence of the lines after it (read once). */
export function numberedCandidates(lines: readonly string[], labelOf: LabelOf): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = line.charCodeAt(0);
    if (c < 0x31 || c > 0x39 || line.length > 260) continue;
    const m = NUMBERED.exec(line);
    if (!m || ENDS_LIKE_TEXT.test(line) || isTocLine(line)) continue;
    const header = { line: i, number: +m[1]!, title: squash(m[2]!) };
    found.push({ header, evidence: structureAfter(lines, i, header.title, labelOf) });
  }
  return found;
}

export interface NumberedContext {
  /** Titles the table of contents lists by number. */
  toc: ReadonlyMap<number, string>;
  /** The head says this is a meeting (a title such as "Referat", members, a time or a place). */
  meetingHead: boolean;
  /** The first line that may hold a header: the one after the table of contents. */
  from: number;
}

/** The candidates the document confirms as item headers, in document order. */
export function confirmNumbered(candidates: readonly Candidate[], ctx: NumberedContext): Header[] {
  const found: { header: Header; evidence: Exclude<Evidence, null> }[] = [];
  for (const { header, evidence: after } of candidates) {
    if (header.line < ctx.from) continue;
    let evidence = after;
    const listed = ctx.toc.get(header.number);
    if (evidence !== 'strong' && ctx.meetingHead && listed !== undefined && sameTitle(listed, header.title)) evidence = 'strong';
    if (evidence) found.push({ header, evidence });
  }
  const strong = new Set(found.filter((f) => f.evidence === 'strong').map((f) => f.header.number));
  const minutes = ctx.meetingHead || strong.size > 0;
  const headers: Header[] = [];
  for (const { header, evidence } of found) {
    const last = headers[headers.length - 1];
    if (evidence === 'strong' || (minutes && !strong.has(header.number) && (!last || header.number > last.number))) headers.push(header);
  }
  return headers;
}
