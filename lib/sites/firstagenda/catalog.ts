/**
 * The committee list of a FirstAgenda host (`GET /api/agenda/udvalgsliste`) read into a typed
 * catalog: election periods → committees → meetings. Takes any JSON value, never throws, one
 * pass over the answer; what it cannot read is skipped with a warning (Danish, for the status).
 *
 * Which committees are current (shown unfolded in "Kommuner og udvalg"):
 * - A period named with a span of years ("Udvalg 2026-2029") has begun when its first year has
 *   come or one of its meetings has been held (the new council constitutes itself in December,
 *   before its first year), and has ended when its last year is over. Its committees are
 *   current while it has begun and not ended, so both councils are current in the December
 *   they overlap. When no period is in its span (a stale list), the newest begun one is current.
 *   A period that has not begun is not current yet.
 * - In a period without such a span ("Folkeoplysningsudvalget 2014 og frem") each committee is
 *   current on its own when it has a meeting in the last 12 months or ahead.
 */
import { addMonths, danish, localDateTime } from './time';

export interface CatalogMeeting {
  /** The entry's `Id`: what `/api/agenda/dagsorden/{id}` and `/vis?id={id}` take. */
  id: string;
  committeeId: string;
  /** Local date, "2026-05-18". */
  date: string;
  /** Local start, "17:00"; null when the list gives only a date. */
  startTime: string | null;
  /** `ReleasedDate` exactly as the host wrote it (compared as text), null when it has none. */
  releasedAt: string | null;
  /** `Afsluttet`: the meeting is held and this entry is its minutes. */
  concluded: boolean;
  /** `Navn`: "Dagsorden", "Referat", "Tillægsdagsorden", "Lukket referat", … */
  name: string;
  /** `IsSupplementaryAgenda`, or a name beginning "Tillæg" (Hvidovre leaves the flag false). */
  supplementary: boolean;
  /** `Sted`, trimmed and with runs of spaces made one; null when empty. */
  place: string | null;
}

export interface CatalogCommittee {
  id: string;
  name: string;
  /** The name of its period, "Udvalg 2026-2029". */
  period: string;
  current: boolean;
  meetings: CatalogMeeting[];
}

export interface CatalogPeriod {
  name: string;
  /** The span of years in the name, null when it has none. */
  years: { from: number; to: number } | null;
  current: boolean;
  committees: CatalogCommittee[];
}

export interface Catalog {
  periods: CatalogPeriod[];
  warnings: string[];
}

const MAX_WARNINGS = 50;
const YEARS = /(?:^|\D)(\d{4}) ?[-–] ?(\d{4})(?:\D|$)/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when the answer has the shape of a committee list: an object with an `Udvalg` object. */
export function isCatalogAnswer(json: unknown): boolean {
  return isObject(json) && isObject(json.Udvalg);
}

/** Reads a committee list; `now` (ms) decides which periods are current. */
export function readCatalog(json: unknown, now: number): Catalog {
  const warnings = new Warnings();
  if (!isCatalogAnswer(json)) {
    warnings.add('Svaret er ikke en udvalgsliste fra FirstAgenda: feltet Udvalg mangler.');
    return { periods: [], warnings: warnings.list() };
  }
  const committees = new Map<string, CatalogCommittee>();
  const meetingIds = new Set<string>();
  const periods: CatalogPeriod[] = [];
  for (const [name, list] of Object.entries((json as Json).Udvalg as Json)) {
    if (!Array.isArray(list)) {
      warnings.add(`Perioden "${name}" er ikke en liste over udvalg og er sprunget over.`);
      continue;
    }
    const period: CatalogPeriod = { name, years: yearsOf(name), current: false, committees: [] };
    for (const raw of list) {
      const read = readCommittee(raw, name, warnings);
      if (!read) continue;
      let committee = committees.get(read.id);
      if (committee) warnings.add(`Udvalget "${read.name}" (${read.id}) står to gange; dets møder er lagt under det første.`);
      else {
        committee = { ...read, meetings: [] };
        committees.set(read.id, committee);
        period.committees.push(committee);
      }
      for (const m of read.meetings) {
        if (meetingIds.has(m.id)) warnings.add(`Mødet ${m.id} står mere end én gang; kun det første er læst.`);
        else {
          meetingIds.add(m.id);
          committee.meetings.push(m);
        }
      }
    }
    periods.push(period);
  }
  markCurrent(periods, danish(new Date(now)).date);
  return { periods, warnings: warnings.list() };
}

/** The committee with this id, or null. */
export function committeeById(catalog: Catalog, id: string): CatalogCommittee | null {
  for (const p of catalog.periods) for (const c of p.committees) if (c.id === id) return c;
  return null;
}

/**
 * The current committee that carries on a committee of an earlier period: the same name
 * without its years ("Økonomiudvalget 2018-2021" → "Økonomiudvalget"). A new council gives
 * its committees new ids, so a follow of the old id sees no new meetings; null when the
 * committee is current itself, or was renamed.
 */
export function successorOf(catalog: Catalog, id: string): CatalogCommittee | null {
  const old = committeeById(catalog, id);
  if (!old || old.current) return null;
  const name = baseName(old.name);
  for (const p of catalog.periods) {
    for (const c of p.committees) if (c.current && baseName(c.name) === name) return c;
  }
  return null;
}

function baseName(name: string): string {
  return name.replace(/\s+\d{4} ?[-–] ?\d{4}$/, '').trim().toLocaleLowerCase('da');
}

function readCommittee(raw: unknown, period: string, warnings: Warnings): CatalogCommittee | null {
  if (!isObject(raw)) {
    warnings.add(`Et udvalg i "${period}" er ikke et objekt og er sprunget over.`);
    return null;
  }
  const id = text(raw.Id);
  const name = text(raw.Navn);
  if (!id || !name) {
    warnings.add(`Et udvalg i "${period}" mangler ${id ? 'navn' : 'id'} og er sprunget over.`);
    return null;
  }
  const committee: CatalogCommittee = { id, name, period, current: false, meetings: [] };
  if (!Array.isArray(raw.Moeder)) {
    warnings.add(`Udvalget "${name}" har ingen liste over møder.`);
    return committee;
  }
  for (const m of raw.Moeder) {
    const meeting = readMeeting(m, committee, warnings);
    if (meeting) committee.meetings.push(meeting);
  }
  return committee;
}

function readMeeting(raw: unknown, committee: CatalogCommittee, warnings: Warnings): CatalogMeeting | null {
  const where = `i "${committee.name}"`;
  if (!isObject(raw)) {
    warnings.add(`Et møde ${where} er ikke et objekt og er sprunget over.`);
    return null;
  }
  const id = text(raw.Id);
  if (!id) {
    warnings.add(`Et møde ${where} har intet id og er sprunget over.`);
    return null;
  }
  const when = localDateTime(raw.Dato) ?? localDateTime(raw.MeetingBeginUtc);
  if (!when) {
    warnings.add(`Mødet ${id} ${where} har ingen gyldig dato og er sprunget over.`);
    return null;
  }
  const name = text(raw.Navn);
  if (name === null) warnings.add(`Mødet ${id} ${where} har intet navn (Dagsorden, Referat …).`);
  if (typeof raw.Afsluttet !== 'boolean') warnings.add(`Mødet ${id} ${where} siger ikke, om det er afsluttet; det er læst som ikke afsluttet.`);
  const released = optional(raw.ReleasedDate, `Mødet ${id} ${where} har en udgivelsesdato, der ikke er tekst; den er ignoreret.`, warnings);
  const place = optional(raw.Sted, `Mødet ${id} ${where} har et mødested, der ikke er tekst; det er ignoreret.`, warnings);
  const squashed = place?.replace(/\s+/g, ' ').trim();
  return {
    id,
    committeeId: committee.id,
    date: when.date,
    startTime: when.time,
    releasedAt: released?.trim() || null,
    concluded: raw.Afsluttet === true,
    name: name ?? '',
    supplementary: raw.IsSupplementaryAgenda === true || /^tillæg/i.test(name ?? ''),
    place: squashed || null,
  };
}

/** A string field that may be null or missing; another type is dropped with a warning. */
function optional(value: unknown, warning: string, warnings: Warnings): string | null {
  if (typeof value === 'string') return value;
  if (value !== null && value !== undefined) warnings.add(warning);
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function yearsOf(name: string): CatalogPeriod['years'] {
  const m = YEARS.exec(name);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from <= to ? { from, to } : null;
}

function markCurrent(periods: CatalogPeriod[], today: string): void {
  const spanned = periods.filter((p) => p.years);
  const begun = spanned.filter((p) => `${p.years!.from}-01-01` <= today || p.committees.some((c) => c.meetings.some((m) => m.date <= today)));
  let current = begun.filter((p) => p.years!.to >= Number(today.slice(0, 4)));
  if (current.length === 0 && begun.length > 0) current = [begun.reduce((a, b) => (b.years!.from > a.years!.from ? b : a))];
  for (const p of current) {
    p.current = true;
    for (const c of p.committees) c.current = true;
  }
  const recent = addMonths(today, -12);
  for (const p of periods) {
    if (p.years) continue;
    for (const c of p.committees) c.current = c.meetings.some((m) => m.date >= recent);
    p.current = p.committees.some((c) => c.current);
  }
}

/** At most 50 warnings, then one line with the count of the rest. */
class Warnings {
  private readonly items: string[] = [];
  private more = 0;

  add(warning: string): void {
    if (this.items.length < MAX_WARNINGS) this.items.push(warning);
    else this.more++;
  }

  list(): string[] {
    return this.more ? [...this.items, `… og ${this.more} advarsler mere.`] : [...this.items];
  }
}
