/**
 * A library that follows Hvidovre's Økonomiudvalget as a check on 14 May 2026 (the day the
 * real list was captured) leaves it: the committee, the entries of its meetings on the host
 * (the real 18 May agenda, saved from the real agenda JSON, with a supplementary agenda of the
 * same meeting; minutes from April; a June meeting not yet published) and the host's last check.
 */
import { readFileSync } from 'node:fs';
import { recordEntries, recordHostCheck, followCommittee, saveWatchedMeeting, type FollowedCommittee, type HostCheck, type WatchedEntry } from '../../lib/db/watch';
import type { LibraryDb } from '../../lib/db/schema';
import { parseHtmlAsBrowser } from '../../lib/parse/linkedom';
import type { Meeting } from '../../lib/parse/types';
import { meetingFromApi } from '../../lib/sites/firstagenda/api';
import { FIXTURES } from './fixtures';

export const HOST = 'dagsordener-referater.hvidovre.dk';
export const ORIGIN = `https://${HOST}`;
export const OEKONOMI_ID = '5dd92504-8e21-4dc9-90cc-1584b1ca0882';
export const AGENDA_ID = '0cad2b4d-c4a2-4583-a053-60704b2da0e5';
/** 14 May 2026, 12:00 in Denmark: the 18 May agenda is upcoming. */
export const CAPTURED = Date.parse('2026-05-14T12:00:00+02:00');

export const OEKONOMI: FollowedCommittee = {
  key: `${HOST}|${OEKONOMI_ID}`, host: HOST, origin: ORIGIN, municipality: 'Hvidovre Kommune', committeeId: OEKONOMI_ID,
  name: 'Økonomiudvalget', period: 'Udvalg 2026-2029', followedAt: CAPTURED - 86_400_000, backfillMonths: 3,
};

/** The real agenda of Økonomiudvalget, 18 May 2026 17:00 (24 items), as the watcher reads it. */
export function hvidovreAgenda(): Meeting {
  const json: unknown = JSON.parse(readFileSync(`${FIXTURES}firstagenda-api/hvidovre/agenda.json`, 'utf8'));
  const read = meetingFromApi(json, { origin: ORIGIN, municipality: 'Hvidovre Kommune', parseHtml: parseHtmlAsBrowser });
  if (!read.ok) throw new Error(read.reason);
  return read.meeting;
}

export function entryOf(id: string, fields: Partial<WatchedEntry>): WatchedEntry {
  return {
    id, committeeKey: OEKONOMI.key, host: HOST, committee: 'Økonomiudvalget', date: '2026-05-18', startTime: '17:00', place: 'Hvidovre',
    name: 'Dagsorden', concluded: false, supplementary: false, releasedAt: '2026-05-12T10:00:00+02:00', meetingId: null,
    url: `${ORIGIN}/vis?id=${id}`, ...fields,
  };
}

export const ENTRIES = {
  agenda: entryOf(AGENDA_ID, {}),
  supplementary: entryOf('9a1f3c1e-0000-4000-8000-000000000001', { name: 'Tillægsdagsorden', supplementary: true, releasedAt: '2026-05-15T09:00:00+02:00' }),
  april: entryOf('9a1f3c1e-0000-4000-8000-000000000002', { date: '2026-04-20', name: 'Referat', concluded: true, releasedAt: '2026-04-22T08:00:00+02:00' }),
  june: entryOf('9a1f3c1e-0000-4000-8000-000000000003', { date: '2026-06-15', startTime: null, place: null, releasedAt: null }),
};

export const CHECK: HostCheck = {
  host: HOST, checkedAt: CAPTURED, okAt: CAPTURED, problem: null, created: 2, updated: 1, unreadable: 0,
  client: { failures: 0, nextTryAt: null, lastFailure: null },
};

/** Follows Økonomiudvalget as a check leaves it; the 18 May agenda saved (through the watcher's save) unless `saved` is false. */
export async function followHvidovre(db: LibraryDb, { saved = true } = {}): Promise<{ meetingId: string | null }> {
  await followCommittee(db, OEKONOMI);
  await recordEntries(db, Object.values(ENTRIES));
  await recordHostCheck(db, CHECK);
  if (!saved) return { meetingId: null };
  const result = await saveWatchedMeeting(db, ENTRIES.agenda, hvidovreAgenda(), CAPTURED);
  return { meetingId: result.meetingId };
}
