/**
 * FirstAgenda Publication's JSON of one meeting (`GET /api/agenda/dagsorden/<id>`)
 * into a `Meeting`, read as the page is read: the same h3 section reader over
 * each item's `Felter[].Html`, the same item builder and meeting assembly, so a
 * meeting fetched by the watcher equals the one saved from its page. Any JSON
 * value is taken: what does not fit is skipped with a warning, never thrown.
 */
import type { AgendaItem, Attachment, MeetingKind, ParseResult } from '../../parse/types';
import { buildItem } from '../../parse/text/item';
import { CLOSED_PREFIX } from '../../parse/text/labels';
import { findDate, findTime } from '../../parse/text/dates';
import { squash } from '../../parse/text/normalize';
import { uniq } from '../../parse/text/names';
import { municipalityFromUrl } from '../../parse/text/municipalities';
import { readSections } from '../../parse/dom/sections';
import { capNesting, MAX_DEPTH } from '../../parse/html-depth';
import { assembleMeeting } from '../../parse/meeting';
import type { Block } from '../../parse/text/blocks';
import { firstagendaProfile as profile } from './profile';
import type { ApiContext } from '../site';

type Json = Record<string, unknown>;

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const ZERO_GUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A document id worth a link: a GUID, not the zero GUID that means "none". */
const documentId = (v: unknown): string | null => {
  const id = text(v).trim();
  return GUID.test(id) && !ZERO_GUID.test(id) ? id : null;
};

/** "2026-05-18T17:00:00+02:00": the date and time as the municipality wrote them (local time). */
function localDateTime(v: unknown): { date: string | null; time: string | null } {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(text(v));
  if (!m) return { date: findDate(text(v)), time: null };
  return { date: findDate(m[1]!), time: findTime(`kl. ${m[2]}:${m[3]}`) };
}

interface Read {
  item: AgendaItem | null;
  warning?: string;
  deepHtml: boolean;
}

function readFields(fields: unknown, ctx: ApiContext, skipDeep: { deep: boolean }): { blocks: Block[]; absent: string[] } {
  const blocks: Block[] = [];
  const absent: string[] = [];
  for (const field of list(fields)) {
    const html = isJson(field) ? text(field.Html) : '';
    if (html.trim() === '') continue;
    const capped = capNesting(html);
    if (capped.dropped > 0) skipDeep.deep = true;
    const body = ctx.parseHtml(capped.html).body;
    if (!body) continue;
    const read = readSections(body, profile);
    blocks.push(...read.blocks);
    absent.push(...read.absent);
  }
  return { blocks, absent };
}

function readAttachments(bilag: unknown, origin: string): Attachment[] {
  const out: Attachment[] = [];
  for (const b of list(bilag)) {
    if (!isJson(b)) continue;
    const title = squash(text(b.Navn));
    if (!title) continue;
    const id = documentId(b.Id);
    out.push(id ? { title, url: `${origin}/vis/pdf/bilag/${id}` } : { title });
  }
  return out;
}

function readItem(raw: unknown, date: string, ctx: ApiContext): Read {
  const deep = { deep: false };
  if (!isJson(raw)) return { item: null, warning: 'Et punkt i svaret er ikke et punkt og er sprunget over.', deepHtml: false };
  const label = /^\s*(\d{1,4})\s*$/.exec(text(raw.Punktnummer) || text(raw.Number));
  let title = squash(text(raw.Navn) || text(raw.Caption));
  if (!label) return { item: null, warning: `Et punkt uden nummer ("${title}") er sprunget over.`, deepHtml: false };
  const number = Number(label[1]);
  const closed = raw.IsOpen === false || CLOSED_PREFIX.test(title);
  title = title.replace(CLOSED_PREFIX, '');
  if (!title && !closed) return { item: null, warning: `Punkt ${number} har ingen titel og er sprunget over.`, deepHtml: false };
  const caseNumber = squash(text(raw.SagsNummer) || text(raw.CaseNumber)) || null;
  const { blocks, absent } = readFields(raw.Felter, ctx, deep);
  const item = buildItem({ number, title, caseNumber, closed, recovered: false }, blocks, absent, date, profile);
  item.attachments = readAttachments(raw.Bilag, ctx.origin);
  return { item, deepHtml: deep.deep };
}

/** "Referat", "Lukket referat", "Referat 1. behandling budget" are minutes; `Afsluttet` says so too. */
function kindOf(moede: Json): MeetingKind {
  return moede.Afsluttet === true || /referat/i.test(text(moede.Navn)) ? 'referat' : 'dagsorden';
}

function people(moede: Json): { participants: string[]; absent: string[] } {
  const participants: string[] = [];
  const absent: string[] = [];
  for (const p of list(moede.Moededeltagere)) {
    if (!isJson(p)) continue;
    const name = squash(text(p.Name));
    if (!name) continue;
    participants.push(name);
    if (p.Absent === true || p.ParticipationCancelled === true) absent.push(name);
  }
  return { participants: uniq(participants), absent: uniq(absent) };
}

/** Items in the order the site sorts them (`Sorting`), else as listed. */
function inOrder(items: unknown[]): unknown[] {
  const sorting = (v: unknown) => (isJson(v) && typeof v.Sorting === 'number' && Number.isFinite(v.Sorting) ? v.Sorting : Infinity);
  return items.map((v, i) => ({ v, i, s: sorting(v) })).sort((a, b) => a.s - b.s || a.i - b.i).map((x) => x.v);
}

export function meetingFromApi(json: unknown, ctx: ApiContext): ParseResult {
  if (!isJson(json)) return { ok: false, reason: 'Svaret fra dagsordenssiden er ikke et møde.' };
  const moede = isJson(json.Moede) ? json.Moede : {};
  const udvalg = isJson(json.Udvalg) ? json.Udvalg : {};
  const when = localDateTime(moede.Dato ?? moede.MeetingBeginUtc);
  if (!when.date) return { ok: false, reason: 'Mødet i svaret fra dagsordenssiden har ingen dato.' };
  const date = when.date;
  const warnings: string[] = [];
  const items: AgendaItem[] = [];
  let deep = false;
  for (const raw of inOrder(list(json.Dagsordenpunkter))) {
    const read = readItem(raw, date, ctx);
    if (read.warning) warnings.push(read.warning);
    if (read.item) items.push(read.item);
    deep ||= read.deepHtml;
  }
  if (deep) warnings.push(`Et punkt har elementer i mere end ${MAX_DEPTH} niveauer inden i hinanden; de inderste er læst som almindelig tekst.`);
  if (items.length === 0) return { ok: false, reason: 'Mødet i svaret fra dagsordenssiden har ingen dagsordenspunkter.' };
  const meetingId = documentId(json.Id);
  const { participants, absent } = people(moede);
  const committee = squash(text(udvalg.Navn));
  const meeting = assembleMeeting({
    kind: kindOf(moede),
    municipality: ctx.municipality ?? municipalityFromUrl(ctx.origin),
    committee: committee || null,
    date,
    startTime: when.time,
    location: squash(text(moede.Sted)) || null,
    participants,
    absent,
    sourceUrl: meetingId ? `${ctx.origin}/vis?id=${meetingId}` : null,
    items,
    warnings,
    noCommittee: 'Udvalgets navn står ikke i svaret fra dagsordenssiden.',
  });
  return { ok: true, meeting };
}
