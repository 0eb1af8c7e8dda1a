/**
 * FirstAgenda Publication (dagsordener.<kommune>.dk/vis?…&id=<GUID>): the item
 * table `#dagsordenDetaljer tr.punktrow`, filled in by script after load. Each
 * row has its number (span.label), title (h2.overskrift), case number
 * (span.sagsnummer), sections as h3 + content, and attachment links
 * (a.bilag-link → /vis/pdf/bilag/<id>).
 */
import type { AgendaItem, Attachment, Meeting, ParseResult } from '../types';
import { scanBody, decisionHeader, type Block } from '../text/blocks';
import { buildItem } from '../text/item';
import { mergeDuplicateItems } from '../text/duplicates';
import { labelOf, CLOSED_PREFIX } from '../text/labels';
import { findDate, findTime } from '../text/dates';
import { parseNameList, uniq } from '../text/names';
import { municipalityFromText, municipalityFromUrl } from '../text/municipalities';
import { visibleLines } from '../dom/visible-text';
import { outermost, textOf as text, type PageAdapter } from './adapter';
import { safeUrl } from '../safe-url';

const ROW = '#dagsordenDetaljer tr.punktrow';
const isRow = (el: Element) => el.matches('tr.punktrow');
const isH3 = (el: Element) => el.tagName.toUpperCase() === 'H3';
const isAttachment = (el: Element) => el.tagName.toUpperCase() === 'A' && el.classList.contains('bilag-link');

/** The nodes after `h3` up to the next h3 among its siblings. */
function contentLines(h3: Element): string[] {
  const lines: string[] = [];
  for (let node = h3.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'H3') break;
    // Not a row nested inside (by script): its sections are read from its own headings.
    if (node.nodeType === 1 && isRow(node as Element)) continue;
    lines.push(...visibleLines(node, isRow), '');
  }
  return lines;
}

function readRow(row: Element, url: string | null, meetingDate: string): { item: AgendaItem; absent: string[] } {
  // The whole label is the number: "4½ x" or "12abc" is not an item number.
  const label = /^(\d{1,4})\.?$/.exec(text(row.querySelector('span.label')));
  const number = label ? Number(label[1]) : Number.NaN;
  let title = text(row.querySelector('h2.overskrift, .overskrift'));
  const closed = CLOSED_PREFIX.test(title) || row.querySelector('.lukket, .glyphicon-lock') !== null;
  title = title.replace(CLOSED_PREFIX, '');
  const caseNumber = text(row.querySelector('span.sagsnummer')) || null;

  const blocks: Block[] = [];
  const absent: string[] = [];
  const attachments: Attachment[] = [];
  // outermost: a script could nest rows, headings or links, and reading each nested one would be quadratic.
  for (const h3 of outermost(row, isH3)) {
    const heading = text(h3).replace(/\s*:$/, '');
    if (heading === '') continue;
    const label = labelOf(heading);
    if (label?.kind === 'attachments') continue;
    const decision = decisionHeader(heading);
    const lines = contentLines(h3);
    const first: Block = decision
      ? { kind: 'decision', heading, lines: [], body: decision.body, date: decision.date }
      : { kind: label?.kind ?? 'section', heading, lines: [] };
    const scanned = scanBody(lines, 0, lines.length, first);
    blocks.push(...scanned.blocks);
    absent.push(...scanned.absent);
  }
  for (const a of outermost(row, isAttachment)) {
    const title = text(a);
    if (!title) continue;
    const href = safeUrl(a.getAttribute('href'), url);
    attachments.push(href ? { title, url: href } : { title });
  }
  const item = buildItem({ number, title, caseNumber, closed, recovered: false }, blocks, absent, meetingDate);
  item.attachments = attachments;
  return { item, absent };
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

export const firstagenda: PageAdapter = {
  id: 'firstagenda',
  name: 'FirstAgenda Publication',
  detect(doc) {
    return doc.querySelector(ROW) !== null;
  },
  parse(doc, url): ParseResult {
    const heading = text(doc.querySelector('h1.dato, .title h1'));
    const when = text(doc.querySelector('table.dagsordeninfo span.dato')) || heading;
    const date = findDate(when) ?? findDate(heading);
    if (!date) return { ok: false, reason: 'Siden har ingen mødedato, så den ligner ikke et referat eller en dagsorden.' };
    const committee = text(doc.querySelector('span.udvalg'));
    const table = doc.querySelector('#dagsordenDetaljer');
    const rows = table ? outermost(table, isRow) : [];
    const warnings: string[] = [];
    let items: AgendaItem[] = [];
    const counts = new Map<string, number>();
    for (const row of rows) {
      const { item, absent } = readRow(row, url, date);
      if (!Number.isFinite(item.number)) {
        warnings.push(`Et punkt uden nummer ("${item.title}") er sprunget over.`);
        continue;
      }
      // A row with a number and nothing else (a page faking the item table) is not an item.
      if (!item.title && !item.closed) {
        warnings.push(`Punkt ${item.number} har ingen titel og er sprunget over.`);
        continue;
      }
      for (const name of uniq(absent)) counts.set(name, (counts.get(name) ?? 0) + 1);
      items.push(item);
    }
    items = mergeDuplicateItems(items, warnings);
    if (items.length === 0) return { ok: false, reason: 'Siden har ingen dagsordenspunkter, så den ligner ikke et referat eller en dagsorden.' };
    const people = readParticipants(doc);
    const everywhere = [...counts].filter(([, n]) => n >= Math.ceil(items.length * 0.8)).map(([name]) => name);
    const kind = /referat/i.test(heading) || items.some((i) => i.decisions.length > 0) ? 'referat' : 'dagsorden';
    const meeting: Meeting = {
      kind,
      municipality:
        municipalityFromUrl(url) ?? municipalityFromText(`${committee} ${doc.title ?? ''} ${text(doc.body).slice(0, 20000)}`),
      committee: committee || 'Ukendt udvalg',
      date,
      startTime: findTime(when) ?? findTime(heading),
      location: text(doc.querySelector('table.dagsordeninfo span.sted, span.sted')) || null,
      participants: uniq(people.names),
      absent: uniq([...people.absent, ...everywhere]),
      sourceUrl: url,
      items,
      warnings,
    };
    if (!committee) warnings.push('Udvalgets navn står ikke på siden.');
    return { ok: true, meeting };
  },
};
