/**
 * The text engine every house style and adapter ends in: lines in, `Meeting` out.
 * One pass finds the item headers; the head, the table of contents and each
 * item are then read separately, and the contents reconciled with the items.
 */
import type { Meeting } from '../types';
import { absenceNames, scanBody, decisionHeader, type Block } from './blocks';
import { parseHead } from './head';
import { buildItem, type ItemHead } from './item';
import { CASE_NUMBER, CLOSED_PREFIX, ITEM_HEADER, labelsOf, type LabelOf } from './labels';
import { municipalityFromText, municipalityFromUrl } from './municipalities';
import { squash, toLines, type Lines } from './normalize';
import { align, isTocLine, parseToc, titleScore, type TocEntry } from './toc';
import { dropRunningHeads } from './running-heads';
import { uniq } from './names';
import { assembleMeeting } from '../meeting';
import { NO_PROFILE, type TextProfile } from './profile';

export interface TextOptions {
  url?: string | null;
  /** The house style's differences; the shared labels alone without one. */
  profile?: TextProfile;
}

export type TextOutcome = { ok: true; meeting: Meeting } | { ok: false; reason: string };

interface Header {
  line: number;
  number: number;
  title: string;
}

/** Lines that cannot continue a wrapped title. */
function isStructural(line: string, labelOf: LabelOf): boolean {
  return (
    CASE_NUMBER.test(line) || labelOf(line) !== null || decisionHeader(line) !== null ||
    absenceNames(line) !== null || ITEM_HEADER.test(line)
  );
}

function findHeaders(lines: readonly string[]): Header[] {
  const headers: Header[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = line.charCodeAt(0) | 0x20;
    if ((c !== 0x70 /* p */ && c !== 0x64) /* d */ || line.length > 420) continue;
    const m = ITEM_HEADER.exec(line);
    // A contents line that names its item ("Punkt 3: Budget ..... 7") is no header.
    if (m && !isTocLine(line)) headers.push({ line: i, number: +m[1]!, title: squash(m[2]!) });
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
  // A long title wraps onto the next line in PDF exports.
  if (i < end && title.length >= 25 && lines[i]!.length <= 160 && !isStructural(lines[i]!, labelOf)) {
    const joined = `${title} ${lines[i]}`;
    const after = nextFilled(lines, i + 1, end);
    const fitsToc = toc !== undefined && titleScore(toc.title, joined) > titleScore(toc.title, title) + 0.05;
    const looksWrapped = toc === undefined && !/[.!?:]$/.test(lines[i]!) && after < end && isStructural(lines[after]!, labelOf);
    if (fitsToc || looksWrapped) {
      title = squash(joined);
      i = nextFilled(lines, i + 1, end);
    }
  }
  const closed = CLOSED_PREFIX.test(title) || /^lukket$/i.test(title);
  if (closed) title = title.replace(CLOSED_PREFIX, '').replace(/^lukket$/i, '');
  let caseNumber: string | null = null;
  if (i < end) {
    const m = CASE_NUMBER.exec(lines[i]!);
    if (m) {
      caseNumber = m[1]!;
      i++;
    }
  }
  return { head: { number: header.number, title, caseNumber, closed, recovered: false }, bodyFrom: i };
}

interface Found {
  head: ItemHead;
  blocks: Block[];
  absent: string[];
}

/** Where the blocks of an item start over after its attachments: the text of a lost item. */
function restartAfterAttachments(blocks: readonly Block[]): number {
  const att = blocks.findIndex((b) => b.kind === 'attachments');
  if (att < 0) return -1;
  for (let k = att + 1; k < blocks.length; k++) {
    if (blocks[k]!.kind !== 'attachments') return k;
  }
  return -1;
}

// An attachment title is a name, not a sentence: prose at the end of a list belongs to what follows.
function isProse(line: string): boolean {
  return /[.!?]$/.test(line) && !/\.(pdf|docx?|xlsx?)$/i.test(line) && line.split(' ').length >= 6;
}

function splitStray(found: Found): Block[] | null {
  const k = restartAfterAttachments(found.blocks);
  if (k < 0) return null;
  const stray = found.blocks.splice(k);
  const att = found.blocks[k - 1]!;
  const moved: string[] = [];
  while (att.lines.length > 0) {
    const last = att.lines[att.lines.length - 1]!;
    if (last !== '' && !isProse(last)) break;
    att.lines.pop();
    if (last !== '') moved.unshift(last);
  }
  if (moved.length > 0) stray.unshift({ kind: 'untitled', heading: '', lines: moved });
  return stray;
}

/** Contents entries lined up with the items found: the entries without an item, and a warning per title that differs. */
function reconcileToc(toc: readonly TocEntry[], found: readonly Found[], warnings: string[]): { before: number; entry: TocEntry }[] {
  const missing: { before: number; entry: TocEntry }[] = [];
  if (toc.length > 2000 || found.length > 2000) {
    if (toc.length > 2000) warnings.push('Indholdsfortegnelsen er for lang til at blive sammenholdt med punkterne.');
    return missing;
  }
  const listed = new Set<number>();
  const unlisted: ItemHead[] = [];
  for (const step of align(toc, found.map((f) => f.head.title))) {
    if (step.kind === 'missing') missing.push({ before: step.before, entry: toc[step.toc]! });
    else if (step.kind === 'match') {
      const t = toc[step.toc]!.title;
      const h = found[step.item]!.head;
      listed.add(h.number);
      if (t !== h.title && !(t.length >= 20 && h.title.startsWith(t))) {
        warnings.push(`Punkt ${h.number} hedder "${h.title}" i overskriften, men "${t}" i indholdsfortegnelsen; overskriftens titel er brugt.`);
      }
    } else unlisted.push(found[step.item]!.head);
  }
  // A second copy of a listed item is in the contents all the same (it is merged later).
  for (const h of unlisted) if (!listed.has(h.number)) warnings.push(`Punkt ${h.number} ("${h.title}") står ikke i indholdsfortegnelsen.`);
  return missing;
}

/**
 * Items whose header was lost, rebuilt from their contents entries: numbered
 * between their neighbours, with the stray text after the item before them.
 * Returns every item in document order.
 */
function recoverLostItems(found: Found[], missing: readonly { before: number; entry: TocEntry }[], warnings: string[]): Found[] {
  const recovered: { at: number; found: Found }[] = [];
  for (let g = 0; g < missing.length; ) {
    const before = missing[g]!.before;
    let h = g;
    while (h < missing.length && missing[h]!.before === before) h++;
    const group = missing.slice(g, h);
    g = h;
    const prev = before > 0 ? found[before - 1]!.head.number : null;
    const next = before < found.length ? found[before]!.head.number : null;
    const first = prev !== null ? prev + 1 : next !== null ? next - group.length : 1;
    if (next !== null && first + group.length !== next) {
      warnings.push(`Indholdsfortegnelsen nævner ${group.map((r) => `"${r.entry.title}"`).join(', ')}, som ikke findes i dokumentet.`);
      continue;
    }
    const numbers = group.map((_, k) => first + k);
    const stray = before > 0 ? splitStray(found[before - 1]!) : null;
    group.forEach((r, k) => {
      recovered.push({
        at: before,
        found: {
          head: { number: numbers[k]!, title: r.entry.title, caseNumber: null, closed: r.entry.closed, recovered: true },
          blocks: k === 0 && stray ? stray : [],
          absent: [],
        },
      });
    });
    const list = numbers.length === 1 ? `punkt ${numbers[0]}` : `punkt ${numbers.slice(0, -1).join(', ')} og ${numbers[numbers.length - 1]}`;
    let warning = `Overskriften til ${list} mangler i dokumentet; ${numbers.length === 1 ? 'punktet er genskabt' : 'punkterne er genskabt'} fra indholdsfortegnelsen.`;
    if (stray) warning += ` Teksten efter punkt ${prev} er flyttet til punkt ${numbers[0]}, fordi den ikke hører til punkt ${prev}.`;
    warnings.push(warning);
  }

  const ordered: Found[] = [];
  let r = 0;
  for (let k = 0; k <= found.length; k++) {
    while (r < recovered.length && recovered[r]!.at === k) ordered.push(recovered[r++]!.found);
    if (k < found.length) ordered.push(found[k]!);
  }
  return ordered;
}

export function parseLines({ lines, paged }: Lines, source: string, options: TextOptions = {}): TextOutcome {
  const profile = options.profile ?? NO_PROFILE;
  const labelOf = labelsOf(profile);
  const headers = findHeaders(lines);
  // Running heads come with page breaks and are never item headers, so the headers found stay valid.
  if (paged && headers.length > 0) dropRunningHeads(lines, headers[0]!.line);
  const head = parseHead(lines, headers.length > 0 ? headers[0]!.line : Math.min(lines.length, 200));
  if (headers.length === 0) {
    return { ok: false, reason: 'Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden.' };
  }
  if (!head.date) {
    return { ok: false, reason: 'Dokumentet har ingen mødedato, så det ligner ikke et referat eller en dagsorden.' };
  }
  const date = head.date;
  const warnings: string[] = [];
  const toc = head.toc ? parseToc(lines, head.toc.from, head.toc.to) : [];
  const found: Found[] = headers.map((header, n) => {
    const end = n + 1 < headers.length ? headers[n + 1]!.line : lines.length;
    const { head: itemHead, bodyFrom } = readItemHead(lines, header, end, toc[n], labelOf);
    const { blocks, absent } = scanBody(lines, bodyFrom, end, profile);
    return { head: itemHead, blocks, absent };
  });
  const missing = toc.length > 0 ? reconcileToc(toc, found, warnings) : [];
  const ordered = recoverLostItems(found, missing, warnings);

  const meeting: Meeting = assembleMeeting({
    kind: head.kind,
    municipality: municipalityFromUrl(options.url) ?? municipalityFromText(source),
    committee: head.committee,
    date,
    startTime: head.startTime,
    location: head.location,
    // Members listed apart as absent are members all the same.
    participants: head.participants.length > 0 ? [...head.participants, ...head.absent] : [],
    absent: head.absent,
    sourceUrl: options.url ?? null,
    items: ordered.map((f) => buildItem(f.head, f.blocks, f.absent, date, profile)),
    // A repeated document repeats its warnings: each is said once.
    warnings: uniq(warnings),
    noCommittee: 'Udvalgets navn står ikke i dokumentet.',
  });
  return { ok: true, meeting };
}

export function parseTextDocument(text: string, options: TextOptions = {}): TextOutcome {
  return parseLines(toLines(text), text, options);
}
