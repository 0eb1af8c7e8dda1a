/** The meeting head: title line, date, time, place and people, and where the table of contents is. */
import type { MeetingKind } from '../types';
import { DATE_PATTERN, findDate, findTime } from './dates';
import { parseNameList, peopleOnLine } from './names';
import { TITLE_LINE, TITLE_SHORT } from './labels';
import { isBodyName } from './bodies';
import { squash } from './normalize';

export interface Head {
  kind: MeetingKind | null;
  committee: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  participants: string[];
  absent: string[];
  /** Line range of the table of contents, if any. */
  toc: { from: number; to: number } | null;
  /** The head says it is a meeting: a title such as "Referat", members, a start time or a place. */
  meeting: boolean;
}

const FIELD =
  /^(mødedato|dato|tidspunkt|mødetidspunkt|mødetid|starttidspunkt|start kl\.?|mødestart|mødested|sted|lokale|mødedeltagere|deltagere|tilstede|til stede|medlemmer|afbud\/fraværende|fraværende\/afbud|fraværende|afbud|udvalg|møde i|mødeforum|sekretær|referent|bemærkninger|sluttidspunkt|slut kl\.?|mødet hævet|mødet sluttede)(?=[\s:]|$)\s*:?\s*(.*)$/i;

/** Fields that list people; their list may stand on the lines below the label, one person a line. */
const PEOPLE = new Set(['mødedeltagere', 'deltagere', 'tilstede', 'til stede', 'medlemmer', 'fraværende', 'afbud', 'afbud/fraværende', 'fraværende/afbud']);
const ABSENT = new Set(['fraværende', 'afbud', 'afbud/fraværende', 'fraværende/afbud']);

/** "Referat", "ÅBENT REFERAT", "BESLUTNINGSPROTOKOL", "Referat med åbne punkter": what the document is, on a line of its own. */
const TITLE_WORD = /^(?:(?:åbent?|lukket)\s+)?(referat|dagsorden|beslutningsprotokol|tillægsdagsorden)(?:\s+med\s+åbne\s+punkter)?$/i;
/** "mandag den 12. marts 2018, kl. 16:30". */
const WEEKDAY = /^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b/i;
/** "i Byrådssalen på Rådhuset", under the date. */
const PLACE = /^i\s+(\p{Lu}[^.!?]{1,100})$/u;
/** "Ekstraordinært møde - Mødelokale F7 kl. 12.00". */
const EXTRAORDINARY = /^(?:ekstraordinært|ordinært)\s+møde(?:\s*[-–,:]\s*(.{2,150}))?$/i;
const CLOCK = /,?\s*kl\.?\s*\d{1,2}(?:[.:]\d{2})?\b.*$/i;
/** "Social og sundheds møde den", "Byrådets møde den": before the date. */
const MEETING_OF = /^(\p{Lu}.{1,80}?)s\s+(?:ekstraordinære\s+)?møde\s+(?:den|d\.)$/iu;
/** After a date in a head line: nothing, or the time. */
const TIME_AFTER = /^\s*(?:,?\s*kl\.?\s*\d{1,2}(?:[.:]\d{2})?)?\s*$/i;
/** "Kommunalbestyrelsen 2022-2025": the election period after a committee's name. */
const PERIOD = /\s+\d{4}\s*[-–]\s*\d{4}$/;

/** "26. november 2025 16:00": a time after the date without "kl.". */
function timeAfterDate(value: string): string | null {
  const date = DATE_PATTERN.exec(value);
  if (!date) return null;
  const m = /^\D{0,5}?(\d{1,2}):(\d{2})\b/.exec(value.slice(date.index + date[0].length));
  return m ? findTime(`kl. ${m[1]}:${m[2]}`) : null;
}

/** The text before and after the first date of a line, when the line has one. */
function aroundDate(line: string): { before: string; after: string; date: string } | null {
  const m = DATE_PATTERN.exec(line);
  const date = m ? findDate(m[0]) : null;
  return m && date ? { before: line.slice(0, m.index).trim(), after: line.slice(m.index + m[0].length), date } : null;
}

interface Reading {
  head: Head;
  /** Named as the meeting's own ("Byrådet 24. april 2023", "Social og sundheds møde den …"), below a title line. */
  named: string | null;
  /** A line that is only a body's name ("Økonomiudvalget" under "Referat"): the weakest hint. */
  alone: string | null;
  /** A title line was read: later ones are text. */
  titled: boolean;
  /** The line before was the date: a place may follow ("i Byrådssalen"). */
  afterDate: boolean;
}

/** The people a field lists, on its line (running on over lines that end in a comma) or on the lines below; returns the last line read. */
function readPeople(lines: readonly string[], i: number, end: number, value: string, out: string[], marked: string[]): number {
  if (value !== '') {
    while (value.endsWith(',') && i + 1 < end && lines[i + 1] !== '') value += ' ' + squash(lines[++i]!);
    const list = parseNameList(value);
    if (list) {
      out.push(...list.names);
      marked.push(...list.absent);
    }
    return i;
  }
  // One person (or one list) a line below the label, blank lines between on a page; the list ends at the first line that is no people
  // (a person has a first and a last name: "INDHOLDSFORTEGNELSE" under an empty "Fraværende:" is none).
  let last = i;
  for (let j = i + 1; j < end && j <= last + 3; j++) {
    if (lines[j] === '') continue;
    if (FIELD.test(lines[j]!)) break;
    const names = peopleOnLine(lines[j]!);
    if (!names) break;
    out.push(...names);
    last = j;
  }
  return last;
}

function readField(r: Reading, lines: readonly string[], i: number, end: number, field: RegExpExecArray): number {
  const { head } = r;
  const name = field[1]!.toLowerCase().replace(/\.$/, '');
  let value = squash(field[2]!);
  if (PEOPLE.has(name)) {
    const names: string[] = [];
    const marked: string[] = [];
    const last = readPeople(lines, i, end, value, names, marked);
    if (ABSENT.has(name)) head.absent.push(...names);
    else {
      head.participants.push(...names);
      head.absent.push(...marked);
    }
    return last;
  }
  // Web pages put the value under its label ("Dato:" / "5. september 2022").
  if (value === '' && /:$/.test(lines[i]!)) {
    let j = i + 1;
    while (j < end && j < i + 3 && lines[j] === '') j++;
    if (j < end && lines[j] !== '' && !FIELD.test(lines[j]!) && !lines[j]!.endsWith(':')) {
      value = squash(lines[j]!);
      i = j;
    }
  }
  if (value === '') return i;
  switch (name) {
    case 'mødedato':
    case 'dato':
      head.date ??= findDate(value);
      head.startTime ??= findTime(value) ?? timeAfterDate(value);
      break;
    case 'tidspunkt':
    case 'mødetidspunkt':
    case 'mødetid':
    case 'starttidspunkt':
    case 'start kl':
    case 'mødestart':
      head.startTime ??= findTime(/kl/i.test(value) ? value : `kl. ${value}`);
      head.date ??= findDate(value);
      break;
    case 'mødested':
    case 'sted':
    case 'lokale':
      head.location ??= value;
      break;
    case 'udvalg':
      // A page files the committee under its election period ("Kommunalbestyrelsen 2022-2025").
      head.committee ??= value.replace(PERIOD, '');
      break;
    case 'møde i':
    case 'mødeforum':
      head.committee ??= value;
      break;
    // Sekretær, referent, bemærkninger, the end of the meeting: not the head's business.
  }
  return i;
}

/** A head line without a label: the meeting's name, date, time or place as a title or a heading writes it. */
function readLine(r: Reading, line: string): void {
  const { head } = r;
  const afterDate = r.afterDate;
  r.afterDate = false;
  const word = TITLE_WORD.exec(line);
  if (word) {
    head.kind ??= /dagsorden/i.test(word[1]!) ? 'dagsorden' : 'referat';
    return;
  }
  if (WEEKDAY.test(line)) {
    const date = findDate(line);
    if (date) {
      head.date ??= date;
      head.startTime ??= findTime(line);
      r.afterDate = true;
      return;
    }
  }
  const place = afterDate ? PLACE.exec(line) : null;
  if (place) {
    head.location ??= place[1]!.trim();
    return;
  }
  const extra = EXTRAORDINARY.exec(line);
  if (extra) {
    const rest = extra[1] ?? '';
    head.startTime ??= findTime(rest);
    const where = rest.replace(CLOCK, '').replace(/^[-–,\s]+|[-–,\s]+$/g, '');
    if (where) head.location ??= where;
    return;
  }
  if (line.length <= 160) {
    const dated = aroundDate(line);
    if (dated && TIME_AFTER.test(dated.after)) {
      const of = MEETING_OF.exec(dated.before);
      const body = of ? of[1]! : dated.before.replace(/\s*[-–,]$/, '');
      if (of || isBodyName(body)) {
        r.named ??= body;
        head.date ??= dated.date;
        head.startTime ??= findTime(dated.after);
        return;
      }
    }
  }
  if (line.length <= 80 && isBodyName(line)) r.alone ??= line;
}

export function parseHead(lines: readonly string[], end: number): Head {
  const head: Head = {
    kind: null, committee: null, date: null, startTime: null, location: null,
    participants: [], absent: [], toc: null, meeting: false,
  };
  const r: Reading = { head, named: null, alone: null, titled: false, afterDate: false };
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line === '' || line.length > 600) continue;
    if (/^indholdsfortegnelse\s*:?$/i.test(line)) {
      head.toc = { from: i + 1, to: end };
      break;
    }
    const title = r.titled ? null : TITLE_LINE.exec(line);
    if (title) {
      r.titled = true;
      head.kind = /^(dagsorden|tillægsdagsorden)$/i.test(title[1]!) ? 'dagsorden' : 'referat';
      head.committee = squash(title[2]!);
      head.date ??= findDate(title[3]!);
      head.startTime ??= findTime(title[3]!);
      continue;
    }
    const short = r.titled ? null : TITLE_SHORT.exec(line);
    if (short) {
      r.titled = true;
      head.kind = /^dagsorden$/i.test(short[1]!) ? 'dagsorden' : 'referat';
      // "Referat: 9. september 2025 kl. 08:00" names the day, not the committee.
      const date = findDate(short[2]!);
      if (date) {
        head.date ??= date;
        head.startTime ??= findTime(short[2]!);
      } else head.committee = squash(short[2]!);
      continue;
    }
    const field = FIELD.exec(line);
    if (field) {
      r.afterDate = false;
      i = readField(r, lines, i, end, field);
      continue;
    }
    readLine(r, line);
  }
  head.committee ??= r.named ?? r.alone;
  head.meeting = head.kind !== null || head.participants.length + head.absent.length > 0 || head.startTime !== null || head.location !== null;
  return head;
}
