/** The meeting head: title line, date, time, place and people, and where the table of contents is. */
import type { MeetingKind } from '../types';
import { findDate, findTime } from './dates';
import { parseNameList } from './names';
import { TITLE_LINE, TITLE_SHORT } from './labels';
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
}

const FIELD =
  /^(mødedato|dato|tidspunkt|mødetidspunkt|mødetid|mødested|sted|lokale|mødedeltagere|deltagere|tilstede|til stede|medlemmer|fraværende|afbud|udvalg|møde i|mødeforum)\b\s*:?\s*(.*)$/i;

export function parseHead(lines: readonly string[], end: number): Head {
  const head: Head = {
    kind: null, committee: null, date: null, startTime: null, location: null,
    participants: [], absent: [], toc: null,
  };
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line === '' || line.length > 600) continue;
    if (/^indholdsfortegnelse\s*:?$/i.test(line)) {
      head.toc = { from: i + 1, to: end };
      break;
    }
    const title = head.kind === null ? TITLE_LINE.exec(line) : null;
    if (title) {
      head.kind = /^(dagsorden|tillægsdagsorden)$/i.test(title[1]!) ? 'dagsorden' : 'referat';
      head.committee = squash(title[2]!);
      head.date ??= findDate(title[3]!);
      head.startTime ??= findTime(title[3]!);
      continue;
    }
    const short = head.kind === null ? TITLE_SHORT.exec(line) : null;
    if (short) {
      head.kind = /^dagsorden$/i.test(short[1]!) ? 'dagsorden' : 'referat';
      head.committee = squash(short[2]!);
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) continue;
    const name = field[1]!.toLowerCase();
    let value = squash(field[2]!);
    // Web pages put the value under its label ("Dato:" / "5. september 2022").
    if (value === '' && /:$/.test(line)) {
      let j = i + 1;
      while (j < end && j < i + 3 && lines[j] === '') j++;
      if (j < end && lines[j] !== '' && !FIELD.test(lines[j]!)) {
        value = squash(lines[j]!);
        i = j;
      }
    }
    // A list of people may run on over several lines, each ending in a comma.
    while (/[,]$/.test(value) && i + 1 < end && lines[i + 1] !== '') value += ' ' + squash(lines[++i]!);
    if (value === '') continue;
    switch (name) {
      case 'mødedato':
      case 'dato':
        head.date ??= findDate(value);
        head.startTime ??= findTime(value);
        break;
      case 'tidspunkt':
      case 'mødetidspunkt':
      case 'mødetid':
        head.startTime ??= findTime(/kl/i.test(value) ? value : `kl. ${value}`);
        head.date ??= findDate(value);
        break;
      case 'mødested':
      case 'sted':
      case 'lokale':
        head.location ??= value;
        break;
      case 'fraværende':
      case 'afbud': {
        const list = parseNameList(value);
        if (list) head.absent.push(...list.names);
        break;
      }
      case 'udvalg':
      case 'møde i':
      case 'mødeforum':
        head.committee ??= value;
        break;
      default: {
        const list = parseNameList(value);
        if (list) {
          head.participants.push(...list.names);
          head.absent.push(...list.absent);
        }
      }
    }
  }
  return head;
}
