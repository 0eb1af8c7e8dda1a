/**
 * FirstAgenda Publication's meeting page (live or saved). Each row of the item
 * table has its number (span.label), title (h2.overskrift), case number
 * (span.sagsnummer), sections as h3 + content, and attachment links
 * (a.bilag-link → /vis/pdf/bilag/<id>).
 */
import type { AgendaItem, Attachment, ParseResult } from '../../parse/types';
import type { TextProfile } from '../../parse/text/profile';
import { buildItem } from '../../parse/text/item';
import { CLOSED_PREFIX } from '../../parse/text/labels';
import { findDate, findTime } from '../../parse/text/dates';
import { parseNameList } from '../../parse/text/names';
import { municipalityFromText, municipalityFromUrl } from '../../parse/text/municipalities';
import { visibleLines } from '../../parse/dom/visible-text';
import { outermost, textOf as text } from '../../parse/dom/elements';
import { readSections } from '../../parse/dom/sections';
import { safeUrl } from '../../parse/safe-url';
import { assembleMeeting } from '../../parse/meeting';
import type { PageParser } from '../site';
import { ROW, TABLE_ID } from './detect';

const isRow = (el: Element) => el.matches(ROW);
const isAttachment = (el: Element) => el.tagName.toUpperCase() === 'A' && el.classList.contains('bilag-link');

function readRow(row: Element, url: string | null, meetingDate: string, profile: TextProfile): AgendaItem {
  // The whole label is the number: "4½ x" or "12abc" is not an item number.
  const label = /^(\d{1,4})\.?$/.exec(text(row.querySelector('span.label')));
  const number = label ? Number(label[1]) : Number.NaN;
  let title = text(row.querySelector('h2.overskrift, .overskrift'));
  const closed = CLOSED_PREFIX.test(title) || row.querySelector('.lukket, .glyphicon-lock') !== null;
  title = title.replace(CLOSED_PREFIX, '');
  const caseNumber = text(row.querySelector('span.sagsnummer')) || null;
  // A row nested inside by script is read from its own headings, not as text of this one.
  const { blocks, absent } = readSections(row, profile, isRow);
  const attachments: Attachment[] = [];
  for (const a of outermost(row, isAttachment)) {
    const title = text(a);
    if (!title) continue;
    const href = safeUrl(a.getAttribute('href'), url);
    attachments.push(href ? { title, url: href } : { title });
  }
  const item = buildItem({ number, title, caseNumber, closed, recovered: false }, blocks, absent, meetingDate, profile);
  item.attachments = attachments;
  return item;
}

function readParticipants(doc: Document): { names: string[]; absent: string[] } {
  const cell = doc.querySelector('td.deltagere');
  const names: string[] = [];
  const absent: string[] = [];
  if (!cell) return { names, absent };
  for (const line of visibleLines(cell)) {
    const list = line ? parseNameList(line) : null;
    if (list) {
      names.push(...list.names);
      absent.push(...list.absent);
    }
  }
  return { names, absent };
}

export function firstagendaPage(profile: TextProfile): PageParser {
  return {
    claims: (doc) => doc.querySelector(`#${TABLE_ID} ${ROW}`) !== null,
    parse(doc, url): ParseResult {
      const heading = text(doc.querySelector('h1.dato, .title h1'));
      const when = text(doc.querySelector('table.dagsordeninfo span.dato')) || heading;
      const date = findDate(when) ?? findDate(heading);
      if (!date) return { ok: false, reason: 'Siden har ingen mødedato, så den ligner ikke et referat eller en dagsorden.' };
      const committee = text(doc.querySelector('span.udvalg'));
      const table = doc.getElementById(TABLE_ID);
      const warnings: string[] = [];
      const items: AgendaItem[] = [];
      for (const row of table ? outermost(table, isRow) : []) {
        const item = readRow(row, url, date, profile);
        if (!Number.isFinite(item.number)) {
          warnings.push(`Et punkt uden nummer ("${item.title}") er sprunget over.`);
          continue;
        }
        // A row with a number and nothing else (a page faking the item table) is not an item.
        if (!item.title && !item.closed) {
          warnings.push(`Punkt ${item.number} har ingen titel og er sprunget over.`);
          continue;
        }
        items.push(item);
      }
      if (items.length === 0) return { ok: false, reason: 'Siden har ingen dagsordenspunkter, så den ligner ikke et referat eller en dagsorden.' };
      const people = readParticipants(doc);
      const meeting = assembleMeeting({
        kind: /referat/i.test(heading) ? 'referat' : null,
        municipality: municipalityFromUrl(url) ?? municipalityFromText(`${committee} ${doc.title ?? ''} ${text(doc.body).slice(0, 20000)}`),
        committee: committee || null,
        date,
        startTime: findTime(when) ?? findTime(heading),
        location: text(doc.querySelector('table.dagsordeninfo span.sted, span.sted')) || null,
        participants: people.names,
        absent: people.absent,
        sourceUrl: url,
        items,
        warnings,
        noCommittee: 'Udvalgets navn står ikke på siden.',
      });
      return { ok: true, meeting };
    },
  };
}
