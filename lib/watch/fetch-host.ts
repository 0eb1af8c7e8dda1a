/**
 * Every published meeting of a host (or of some of its committees), fetched with
 * the watcher's own client and reader: for the fetch-meetings command. A meeting
 * is its committee and start; when the list has its minutes, only they are
 * fetched, else its agenda with any supplementary agendas added to it.
 */
import type { Meeting, ParseResult } from '../parse/types';
import { catalogUrl, isMeetingAnswer, meetingUrl } from '../sites/firstagenda/addresses';
import { isCatalogAnswer, readCatalog, type CatalogCommittee, type CatalogMeeting } from '../sites/firstagenda/catalog';
import { danish } from '../sites/firstagenda/time';
import { failureSentence } from './failure';
import { committeeKey } from '../threads/keys';
import type { PoliteClient } from './polite-fetch';

export interface FetchHostOptions {
  client: PoliteClient;
  origin: string;
  municipality: string | null;
  /** Committee names to keep, compared without case and election period; all when absent. */
  committee?: string;
  /** ISO date: meetings from that day on. */
  since?: string;
  readMeeting(json: unknown, context: { origin: string; municipality: string | null }): ParseResult;
  now(): number;
}

export interface HostMeeting {
  entry: CatalogMeeting;
  committee: CatalogCommittee;
  meeting: Meeting;
}

export type FetchEvent =
  | { kind: 'planned'; total: number }
  | { kind: 'meeting'; done: number; total: number; result: HostMeeting }
  | { kind: 'skipped'; done: number; total: number; entry: CatalogMeeting; committee: CatalogCommittee; reason: string };

/** `unreadable`: the host itself could not be read (its sentence); else the request could not be met. */
export type FetchHostResult = { ok: true; fetched: number; skipped: number } | { ok: false; reason: string; unreadable: boolean };


/** One meeting's entries: its minutes alone when listed, else the agenda first and the supplementary agendas after it. */
function toFetch(entries: readonly CatalogMeeting[]): CatalogMeeting[] {
  const minutes = entries.filter((e) => e.concluded);
  if (minutes.length > 0) return [minutes[minutes.length - 1]!];
  return [...entries].sort((a, b) => Number(a.supplementary) - Number(b.supplementary));
}

export async function fetchHostMeetings(options: FetchHostOptions, onEvent: (event: FetchEvent) => void): Promise<FetchHostResult> {
  const { client, origin } = options;
  const answer = await client.getJson(catalogUrl(origin), { expect: isCatalogAnswer });
  if (!answer.ok) return { ok: false, reason: failureSentence(answer.failure), unreadable: true };
  const catalog = readCatalog(answer.json, options.now());
  const committees = catalog.periods.flatMap((p) => p.committees);
  const wanted = options.committee ? committees.filter((c) => committeeKey(c.name) === committeeKey(options.committee!)) : committees;
  if (wanted.length === 0) {
    const names = [...new Set(committees.filter((c) => c.current).map((c) => c.name))].sort((a, b) => a.localeCompare(b, 'da'));
    return { ok: false, reason: `Udvalget "${options.committee}" findes ikke på ${new URL(origin).host}. Nuværende udvalg: ${names.join(', ')}.`, unreadable: false };
  }
  const today = danish(new Date(options.now())).date;
  const plan: Array<{ entry: CatalogMeeting; committee: CatalogCommittee }> = [];
  for (const committee of wanted) {
    const meetings = new Map<string, CatalogMeeting[]>();
    for (const m of committee.meetings) {
      // Not published yet: an upcoming entry without a release date.
      if ((options.since && m.date < options.since) || (m.date >= today && m.releasedAt === null)) continue;
      const key = `${m.date}|${m.startTime ?? ''}`;
      meetings.set(key, [...(meetings.get(key) ?? []), m]);
    }
    for (const entries of meetings.values()) for (const entry of toFetch(entries)) plan.push({ entry, committee });
  }
  plan.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : 0));
  onEvent({ kind: 'planned', total: plan.length });
  let fetched = 0;
  let skipped = 0;
  for (const [i, { entry, committee }] of plan.entries()) {
    const done = i + 1;
    const got = await client.getJson(meetingUrl(origin, entry.id), { expect: isMeetingAnswer, scope: 'document' });
    if (!got.ok) {
      // The host itself failed: it now rests, and the rest cannot be fetched.
      if (client.hostStatus(new URL(origin).host).failures > 0 || got.failure.kind === 'offline' || got.failure.kind === 'waiting') {
        return { ok: false, reason: failureSentence(got.failure), unreadable: true };
      }
      skipped++;
      onEvent({ kind: 'skipped', done, total: plan.length, entry, committee, reason: failureSentence(got.failure) });
      continue;
    }
    const read = options.readMeeting(got.json, { origin, municipality: options.municipality });
    if (!read.ok) {
      skipped++;
      onEvent({ kind: 'skipped', done, total: plan.length, entry, committee, reason: read.reason });
      continue;
    }
    fetched++;
    onEvent({ kind: 'meeting', done, total: plan.length, result: { entry, committee, meeting: entry.supplementary ? { ...read.meeting, partial: true } : read.meeting } });
  }
  return { ok: true, fetched, skipped };
}
