/**
 * The text engine every house style and adapter ends in: lines in, `Meeting` out.
 * Page furniture goes first; one pass then finds the item headers ("Punkt 1: …",
 * or numbered "1. Meddelelser" that the document confirms); the head, the table
 * of contents and each item are read separately, and the contents reconciled
 * with the items.
 */
import type { Meeting } from '../types';
import { absenceNames, decisionHeader, historyLine, scanBody } from './blocks';
import { parseHead, type Head } from './head';
import { buildItem, type ItemHead } from './item';
import { CLOSED_PREFIX, CLOSED_SUFFIX, itemHeader, labelsOf, OPEN_MARKER, type LabelOf } from './labels';
import { caseNumberOf } from './case-number';
import { municipalityFromText, municipalityFromUrl } from './municipalities';
import { squash, toLines, type Lines } from './normalize';
import { isTocLine, parseToc, sameWords, titleScore, type TocEntry } from './toc';
import { dropRunningHeads } from './running-heads';
import { dropFurniture } from './furniture';
import { confirmNumbered, numberedCandidates, type Header } from './numbered';
import { reconcileNumberedToc, reconcileToc, recoverLostItems, type Found } from './recover';
import { uniq } from './names';
import { assembleMeeting } from '../meeting';
import { NO_PROFILE, type TextProfile } from './profile';

export interface TextOptions {
  url?: string | null;
  /** Page furniture a PDF's layout took out (its running heads): read for the municipality when the text does not name it. */
  furniture?: string;
  /** The house style's differences; the shared labels alone without one. */
  profile?: TextProfile;
}

export type TextOutcome = { ok: true; meeting: Meeting } | { ok: false; reason: string };

/** Lines that cannot continue a wrapped title, nor be page furniture. */
function isStructural(line: string, labelOf: LabelOf): boolean {
  return (
    caseNumberOf(line) !== undefined || labelOf(line) !== null || decisionHeader(line) !== null ||
    absenceNames(line) !== null || itemHeader(line) !== null || historyLine(line) !== null || OPEN_MARKER.test(line)
  );
}

function findHeaders(lines: readonly string[]): Header[] {
  const headers: Header[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = line.charCodeAt(0) | 0x20;
    if ((c !== 0x70 /* p */ && c !== 0x64) /* d */ || line.length > 420) continue;
    const m = itemHeader(line);
    // A contents line that names its item ("Punkt 3: Budget ..... 7") is no header.
    if (m && !isTocLine(line)) headers.push({ line: i, number: m.number, title: squash(m.title) });
  }
  return headers;
}

function nextFilled(lines: readonly string[], from: number, to: number): number {
  let i = from;
  while (i < to && lines[i] === '') i++;
  return i;
}

function readItemHead(lines: readonly string[], header: Header, end: number, toc: TocEntry | undefined, labelOf: LabelOf): { head: ItemHead; bodyFrom: number } {
  let title = header.title;
  let i = nextFilled(lines, header.line + 1, end);
  // A long title wraps onto the next line in PDF exports (onto a word that alone would be a label, "høring", when the contents says so).
  if (i < end && title.length >= 25 && lines[i]!.length <= 160) {
    const joined = `${title} ${lines[i]}`;
    const after = nextFilled(lines, i + 1, end);
    const structural = isStructural(lines[i]!, labelOf);
    const fitsToc = toc !== undefined && (structural ? sameWords(toc.title, joined) : titleScore(toc.title, joined) > titleScore(toc.title, title) + 0.05 || sameWords(toc.title, joined));
    const looksWrapped = toc === undefined && !structural && !/[.!?:]$/.test(lines[i]!) && after < end && isStructural(lines[after]!, labelOf);
    if (fitsToc || looksWrapped) {
      title = squash(joined);
      i = nextFilled(lines, i + 1, end);
    }
  }
  const closed = CLOSED_PREFIX.test(title) || CLOSED_SUFFIX.test(title) || /^lukket$/i.test(title);
  if (closed) title = title.replace(CLOSED_PREFIX, '').replace(CLOSED_SUFFIX, '').replace(/^lukket$/i, '');
  let caseNumber: string | null = null;
  if (i < end) {
    const found = caseNumberOf(lines[i]!);
    if (found !== undefined) {
      caseNumber = found;
      i++;
    }
  }
  return { head: { number: header.number, title, caseNumber, closed, recovered: false }, bodyFrom: i };
}

/**
 * The item headers, and the head read before the first: "Punkt N: …" headers, or
 * else the numbered ones the document confirms, by what follows them or by its
 * table of contents (read from a first head over the lines before the first header
 * confirmed by structure alone). Numbered lines inside the contents are entries.
 */
function headersAndHead(lines: readonly string[], labelOf: LabelOf): { headers: Header[]; head: Head; toc: TocEntry[]; numbered: boolean } {
  const fallbackEnd = Math.min(lines.length, 200);
  const punkt = findHeaders(lines);
  if (punkt.length > 0) {
    const head = parseHead(lines, punkt[0]!.line);
    return { headers: punkt, head, toc: head.toc ? parseToc(lines, head.toc.from, head.toc.to) : [], numbered: false };
  }
  const candidates = numberedCandidates(lines, labelOf);
  const byStructure = confirmNumbered(candidates, { toc: new Map(), meetingHead: false, from: 0 });
  const first = parseHead(lines, byStructure.length > 0 ? byStructure[0]!.line : fallbackEnd);
  const toc = first.toc ? parseToc(lines, first.toc.from, first.toc.to, true) : [];
  const listed = new Map<number, string>();
  let tocEnd = 0;
  for (const entry of toc) {
    if (entry.number !== undefined && !listed.has(entry.number)) listed.set(entry.number, entry.title);
    tocEnd = Math.max(tocEnd, (entry.line ?? 0) + 1);
  }
  const headers = confirmNumbered(candidates, { toc: listed, meetingHead: first.meeting, from: tocEnd });
  const end = headers.length > 0 ? headers[0]!.line : fallbackEnd;
  const head = byStructure.length > 0 && byStructure[0]!.line === end ? first : parseHead(lines, end);
  return { headers, head, toc: head === first ? toc : head.toc ? parseToc(lines, head.toc.from, head.toc.to, true) : [], numbered: true };
}

export function parseLines({ lines, paged, breaks }: Lines, source: string, options: TextOptions = {}): TextOutcome {
  const profile = options.profile ?? NO_PROFILE;
  const labelOf = labelsOf(profile);
  // Furniture falls anywhere, before a header too; it is never a header, label or case number.
  if (paged) dropFurniture(lines, breaks, (line) => isStructural(line, labelOf));
  const { headers, head, toc, numbered } = headersAndHead(lines, labelOf);
  // Running heads come with page breaks and are never item headers, so the headers found stay valid.
  if (paged && headers.length > 0) dropRunningHeads(lines, headers[0]!.line);
  if (headers.length === 0) {
    return { ok: false, reason: 'Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden.' };
  }
  if (!head.date) {
    return { ok: false, reason: 'Dokumentet har ingen mødedato, så det ligner ikke et referat eller en dagsorden.' };
  }
  const date = head.date;
  const warnings: string[] = [];
  const byNumber = new Map<number, TocEntry>();
  if (numbered) for (const entry of toc) if (entry.number !== undefined && !byNumber.has(entry.number)) byNumber.set(entry.number, entry);
  const found: Found[] = headers.map((header, n) => {
    const end = n + 1 < headers.length ? headers[n + 1]!.line : lines.length;
    const entry = numbered ? byNumber.get(header.number) : toc[n];
    const { head: itemHead, bodyFrom } = readItemHead(lines, header, end, entry, labelOf);
    const { blocks, absent, notTakingPart, history } = scanBody(lines, bodyFrom, end, profile);
    return { head: itemHead, blocks, absent, notTakingPart, history };
  });
  const missing = toc.length === 0 ? [] : numbered ? reconcileNumberedToc(toc, found, warnings) : reconcileToc(toc, found, warnings);
  const ordered = recoverLostItems(found, missing, warnings);
  // Names only ever given as not taking part in an item are not absent from the meeting.
  const away = new Set<string>();
  for (const f of ordered) {
    const itemOnly = new Set(f.notTakingPart);
    for (const name of f.absent) if (!itemOnly.has(name)) away.add(name);
  }

  const meeting: Meeting = assembleMeeting({
    kind: head.kind,
    municipality: municipalityFromUrl(options.url) ?? municipalityFromText(source) ?? (options.furniture ? municipalityFromText(options.furniture) : null),
    committee: head.committee,
    date,
    startTime: head.startTime,
    location: head.location,
    // Members listed apart as absent are members all the same.
    participants: head.participants.length > 0 ? [...head.participants, ...head.absent] : [],
    absent: head.absent,
    sourceUrl: options.url ?? null,
    items: ordered.map((f) => buildItem(f.head, f.blocks, f.absent, date, profile, f.history)),
    notTakingPart: uniq(ordered.flatMap((f) => f.notTakingPart)).filter((name) => !away.has(name)),
    // A repeated document repeats its warnings: each is said once.
    warnings: uniq(warnings),
    noCommittee: 'Udvalgets navn står ikke i dokumentet.',
  });
  return { ok: true, meeting };
}

export function parseTextDocument(text: string, options: TextOptions = {}): TextOutcome {
  return parseLines(toLines(text), text, options);
}
