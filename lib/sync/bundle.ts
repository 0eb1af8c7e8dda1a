/**
 * The export bundle (data-model.md): one JSON document that carries a library
 * from one browser to another. Read marks and notes name their meeting by its
 * identity (municipality, committee, date, start time) and the item by its
 * number, never by a database id, so they land on the same item on the other side.
 *
 * readBundle() checks everything before anything is written and answers with a
 * list of Danish messages, each naming where the problem is.
 */
import type { AgendaItem, Attachment, Decision, HistoryEntry, Meeting, Reference, Section } from '../parse/types';
import { meetingIdentity } from '../db/identity';
import { normalizeTopicQuery } from '../db/topics';
import type { FollowedCommittee, HostCheck, HostRest, WatchedEntry } from '../db/watch';
import {
  arrayOf, boolean, clockTime, describeValue, integer, isoDate, isoDateTime, nullable, number, object, oneOf, optional, Problems, string,
  type Check,
} from './check';
import { isJsonObject } from './guards';
import { jsonShapeProblem, NOT_JSON } from './json-shape';
import type { BundleTopic, MeetingRef } from './refs';

export const BUNDLE_FORMAT = 'minutes-bundle';
export const BUNDLE_VERSION = 1;

export interface BundleRead {
  meeting: MeetingRef;
  number: number;
  readAt: number;
}

export interface BundleNote {
  meeting: MeetingRef;
  number: number;
  text: string;
  updatedAt: number;
}

/** A followed committee, as the library keeps it (lib/db/watch-stores.ts). */
export type BundleCommittee = FollowedCommittee;

/** An entry of a followed committee's meetings on its host; the meeting it was saved as is named by identity, not by a database id. */
export interface BundleWatchEntry extends Omit<WatchedEntry, 'meetingId'> {
  meeting: MeetingRef | null;
}

export type BundleHostCheck = HostCheck;

/** When a meeting of the bundle last changed in the library that made it (its record's updatedAt, ms). */
export interface BundleChange {
  meeting: MeetingRef;
  changedAt: number;
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  meetings: Meeting[];
  topics: BundleTopic[];
  reads: BundleRead[];
  notes: BundleNote[];
  /**
   * Followed committees (issue 11): absent in bundles made before them, and when the library follows
   * none. With `committees` come the entries of their meetings (upcoming ones at least) and each host's last check.
   */
  committees?: BundleCommittee[];
  watchEntries?: BundleWatchEntry[];
  hostChecks?: BundleHostCheck[];
  /**
   * When each meeting last changed where the bundle was made: absent in bundles made before it. An import
   * skips a meeting older than the one it saved from an earlier bundle, so an older file after a newer changes nothing.
   */
  changes?: BundleChange[];
}

export type ReadResult = { ok: true; bundle: Bundle } | { ok: false; problems: string[] };

/** "Herning Kommune, Beskæftigelsesudvalget, 2023-08-22 kl. 08:00" for messages. */
export function refLabel(m: MeetingRef): string {
  return [m.municipality, m.committee, m.date + (m.startTime ? ` kl. ${m.startTime}` : '')].filter(Boolean).join(', ');
}

/** Finds refs among many meetings by identity in constant time per look-up. */
export class MeetingIndex<T extends MeetingRef> {
  private byIdentity = new Map<string, Array<{ meeting: T; index: number }>>();
  add(meeting: T, index: number): void {
    const key = meetingIdentity(meeting);
    const list = this.byIdentity.get(key);
    if (list) list.push({ meeting, index });
    else this.byIdentity.set(key, [{ meeting, index }]);
  }
  /** The exact start time first, then one without a start time on either side (as saveMeeting finds). */
  find(ref: MeetingRef): { meeting: T; index: number } | undefined {
    const list = this.byIdentity.get(meetingIdentity(ref));
    if (!list) return undefined;
    return list.find((e) => e.meeting.startTime === ref.startTime) ?? list.find((e) => !e.meeting.startTime || !ref.startTime);
  }
}

const nonEmpty: Check<string> = (v, path, p) => {
  const s = string(v, path, p);
  if (s === undefined) return undefined;
  if (s.trim() === '') {
    p.add(`${path} må ikke være tom`);
    return undefined;
  }
  return s;
};

const section = object<Section>({ heading: string, text: string });
const decision = object<Decision>({ body: nullable(string), date: nullable(isoDate), text: string });
const attachment = object<Attachment>({ title: string, url: optional(string) });
const history = object<HistoryEntry>({ body: string, date: isoDate, number: optional(integer), text: optional(string) });
const reference = object<Reference>({ date: isoDate, body: optional(string), number: optional(integer), text: string });
const names = arrayOf(string);

const item = object<AgendaItem>({
  number: integer,
  title: string,
  caseNumber: nullable(string),
  closed: boolean,
  recovered: boolean,
  sections: arrayOf(section),
  decisions: arrayOf(decision),
  attachments: arrayOf(attachment),
  history: arrayOf(history),
  absent: names,
  references: arrayOf(reference),
});

// `partial` (a page with some of a meeting's items) is the parser's word to the save; a bundle does not carry it.
const meeting = object<Meeting>({
  kind: oneOf('referat', 'dagsorden'),
  municipality: nullable(string),
  committee: nonEmpty,
  date: isoDate,
  startTime: nullable(clockTime),
  location: nullable(string),
  participants: names,
  absent: names,
  sourceUrl: nullable(string),
  items: arrayOf(item),
  warnings: names,
  partial: optional(boolean),
});

const meetingRef = object<MeetingRef>({ municipality: nullable(string), committee: nonEmpty, date: isoDate, startTime: nullable(clockTime) });
const timestamp: Check<number> = (v, path, p) => {
  const n = number(v, path, p);
  if (n !== undefined && n < 0) {
    p.add(`${path} skal være et tidspunkt (millisekunder siden 1970), ikke ${describeValue(v)}`);
    return undefined;
  }
  return n;
};
const read = object<BundleRead>({ meeting: meetingRef, number: integer, readAt: timestamp });
const note = object<BundleNote>({ meeting: meetingRef, number: integer, text: string, updatedAt: timestamp });
const change = object<BundleChange>({ meeting: meetingRef, changedAt: timestamp });
const topic = object<BundleTopic>({ query: nonEmpty, label: string, createdAt: timestamp, lastSeenAt: timestamp, notify: boolean });

const count: Check<number> = (v, path, p) => {
  const n = integer(v, path, p);
  if (n !== undefined && n < 0) {
    p.add(`${path} skal være 0 eller mere, ikke ${describeValue(v)}`);
    return undefined;
  }
  return n;
};
/** An http(s) address: the only kind that becomes a link. */
const webAddress = (origin: boolean): Check<string> => (v, path, p) => {
  const s = string(v, path, p);
  if (s === undefined) return undefined;
  const url = URL.canParse(s) ? new URL(s) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || (origin && url.origin !== s)) {
    p.add(`${path} skal være ${origin ? 'en adresse som "https://dagsordener.hvidovre.dk"' : 'en http- eller https-adresse'}, ikke ${describeValue(v)}`);
    return undefined;
  }
  return s;
};
const committee = object<BundleCommittee>({
  key: nonEmpty, host: nonEmpty, origin: webAddress(true), municipality: nullable(string), committeeId: nonEmpty, name: nonEmpty,
  period: string, followedAt: timestamp, backfillMonths: count,
});
const watchEntry = object<BundleWatchEntry>({
  id: nonEmpty, committeeKey: nonEmpty, host: nonEmpty, committee: nonEmpty, date: isoDate, startTime: nullable(clockTime),
  place: nullable(string), name: string, concluded: boolean, supplementary: boolean, releasedAt: nullable(string),
  fetchedRelease: optional(nullable(string)), meeting: nullable(meetingRef), url: webAddress(false),
});
const hostRest = object<HostRest>({ failures: count, nextTryAt: nullable(timestamp), lastFailure: nullable(object<{ kind: string }>({ kind: string })) });
const hostCheck = object<BundleHostCheck>({
  host: nonEmpty, checkedAt: nullable(timestamp), okAt: nullable(timestamp), problem: nullable(string),
  created: count, updated: count, unreadable: count, client: hostRest,
});
export const MAX_COMMITTEES = 10_000;
export const MAX_WATCH_ENTRIES = 100_000;

/** The followed committees' part of a bundle, its records checked against each other. */
function checkWatch(d: Record<string, unknown>, p: Problems): Pick<Bundle, 'committees' | 'watchEntries' | 'hostChecks'> | undefined {
  if (d.committees === undefined) {
    if (d.watchEntries !== undefined || d.hostChecks !== undefined) p.add('committees mangler: watchEntries og hostChecks hører til de fulgte udvalg');
    return {};
  }
  const committees = arrayOf(committee, MAX_COMMITTEES)(d.committees, 'committees', p);
  const watchEntries = d.watchEntries === undefined ? [] : arrayOf(watchEntry, MAX_WATCH_ENTRIES)(d.watchEntries, 'watchEntries', p);
  const hostChecks = d.hostChecks === undefined ? [] : arrayOf(hostCheck, MAX_COMMITTEES)(d.hostChecks, 'hostChecks', p);
  const keys = new Map<string, number>();
  committees?.forEach((c, i) => {
    if (c.key !== `${c.host}|${c.committeeId}`) p.add(`committees[${i}].key skal være "${c.host}|${c.committeeId}" (host|committeeId), ikke ${describeValue(c.key)}`);
    if (URL.canParse(c.origin) && new URL(c.origin).host !== c.host) p.add(`committees[${i}].origin ${describeValue(c.origin)} er ikke adressen på ${c.host}`);
    const first = keys.get(c.key);
    if (first !== undefined) p.add(`committees[${i}] er det samme udvalg som committees[${first}] (${c.name})`);
    else keys.set(c.key, i);
  });
  const ids = new Map<string, number>();
  watchEntries?.forEach((e, i) => {
    const first = ids.get(e.id);
    if (first !== undefined) p.add(`watchEntries[${i}] er det samme møde på værten som watchEntries[${first}] (id ${e.id})`);
    else ids.set(e.id, i);
    const owner = keys.get(e.committeeKey);
    if (committees && owner === undefined) p.add(`watchEntries[${i}].committeeKey findes ikke blandt pakkens udvalg (${e.committeeKey})`);
    else if (committees && owner !== undefined && committees[owner]!.host !== e.host) p.add(`watchEntries[${i}].host skal være ${committees[owner]!.host} som udvalget committees[${owner}], ikke ${describeValue(e.host)}`);
  });
  const hosts = new Map<string, number>();
  hostChecks?.forEach((h, i) => {
    const first = hosts.get(h.host);
    if (first !== undefined) p.add(`hostChecks[${i}] er den samme vært som hostChecks[${first}] (${h.host})`);
    else hosts.set(h.host, i);
  });
  return committees && watchEntries && hostChecks ? { committees, watchEntries, hostChecks } : undefined;
}

/** Larger files are refused before they are read (a phone must hold the text and the parsed copy at once). */
export const MAX_BUNDLE_BYTES = 100_000_000;
export const MAX_MEETINGS = 100_000;

/** Checks the size of a file before it is read; a message, or null when it may be read. */
export function sizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'Filen er tom.';
  if (bytes > MAX_BUNDLE_BYTES) {
    const mb = (n: number) => `${Math.round(n / 100_000) / 10}`.replace('.', ',');
    return `Filen er for stor (${mb(bytes)} MB). En pakke må højst fylde ${mb(MAX_BUNDLE_BYTES)} MB.`;
  }
  return null;
}

/** Parses and checks a bundle. Nothing in the answer has been written anywhere. */
export function readBundle(text: string, limit = 50): ReadResult {
  // Characters, not bytes: the file's size in bytes was checked before it was read.
  const size = sizeProblem(text.length);
  if (size) return { ok: false, problems: [size] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.startsWith('%PDF')) return { ok: false, problems: ['Filen er en PDF, ikke en pakke. Brug «Åbn et referat» til PDF-filer.'] };
  const shape = jsonShapeProblem(body);
  if (shape) return { ok: false, problems: [shape] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, problems: [NOT_JSON] };
  }
  return checkBundle(data, limit);
}

/** Checks parsed JSON; see readBundle. */
export function checkBundle(data: unknown, limit = 50): ReadResult {
  const p = new Problems(limit);
  if (!isJsonObject(data)) {
    return { ok: false, problems: [`Filen er ikke en pakke fra Referat: den skal være et JSON-objekt, ikke ${describeValue(data)}.`] };
  }
  const d = data;
  // Format and version first: with either wrong, nothing else can be read the right way.
  if (d.format === undefined) return { ok: false, problems: ['format mangler: filen er ikke en pakke fra Referat.'] };
  if (d.format !== BUNDLE_FORMAT) return { ok: false, problems: [`format skal være "${BUNDLE_FORMAT}", ikke ${describeValue(d.format)}: filen er ikke en pakke fra Referat.`] };
  if (d.version === undefined) return { ok: false, problems: ['version mangler.'] };
  if (typeof d.version === 'number' && Number.isInteger(d.version) && d.version > BUNDLE_VERSION) {
    return { ok: false, problems: [`Pakken har version ${d.version}, men denne udgave af Referat læser kun version ${BUNDLE_VERSION}, så opdater appen, og prøv igen.`] };
  }
  if (d.version !== BUNDLE_VERSION) return { ok: false, problems: [`version skal være ${BUNDLE_VERSION}, ikke ${describeValue(d.version)}.`] };

  const exportedAt = 'exportedAt' in d ? isoDateTime(d.exportedAt, 'exportedAt', p) : (p.add('exportedAt mangler'), undefined);
  const meetings = 'meetings' in d ? arrayOf(meeting, MAX_MEETINGS)(d.meetings, 'meetings', p) : (p.add('meetings mangler'), undefined);
  // Topics, reads and notes may be left out (an export of meetings only).
  const topics = d.topics === undefined ? [] : arrayOf(topic)(d.topics, 'topics', p);
  const reads = d.reads === undefined ? [] : arrayOf(read)(d.reads, 'reads', p);
  const notes = d.notes === undefined ? [] : arrayOf(note)(d.notes, 'notes', p);
  const watch = checkWatch(d, p);
  const changes = d.changes === undefined ? undefined : arrayOf(change)(d.changes, 'changes', p);

  const index = new MeetingIndex<Meeting>();
  if (meetings) {
    meetings.forEach((m, i) => {
      const same = index.find(m);
      if (same) p.add(`meetings[${i}] er det samme møde som meetings[${same.index}] (${refLabel(m)})`);
      else index.add(m, i);
      const seen = new Map<number, number>();
      m.items.forEach((it, j) => {
        const first = seen.get(it.number);
        if (first !== undefined) p.add(`meetings[${i}].items[${j}].number: punkt ${it.number} findes allerede i meetings[${i}].items[${first}]`);
        else seen.set(it.number, j);
      });
    });
    // Marks must point at an item of a meeting in the bundle.
    const checkMarks = (marks: Array<{ meeting: MeetingRef; number: number }> | undefined, name: string) =>
      marks?.forEach((mark, i) => {
        const found = index.find(mark.meeting);
        if (!found) p.add(`${name}[${i}].meeting findes ikke blandt pakkens møder (${refLabel(mark.meeting)})`);
        else if (!found.meeting.items.some((it) => it.number === mark.number)) {
          p.add(`${name}[${i}].number: mødet meetings[${found.index}] har intet punkt ${mark.number}`);
        }
      });
    checkMarks(reads, 'reads');
    checkMarks(notes, 'notes');
    const changed = new Map<number, number>();
    changes?.forEach((c, i) => {
      const found = index.find(c.meeting);
      const first = found && changed.get(found.index);
      if (!found) p.add(`changes[${i}].meeting findes ikke blandt pakkens møder (${refLabel(c.meeting)})`);
      else if (first !== undefined) p.add(`changes[${i}] gælder det samme møde som changes[${first}] (${refLabel(c.meeting)})`);
      else changed.set(found.index, i);
    });
  }
  const queries = new Map<string, number>();
  topics?.forEach((t, i) => {
    const q = normalizeTopicQuery(t.query);
    const first = queries.get(q);
    if (first !== undefined) p.add(`topics[${i}] er det samme emne som topics[${first}] ("${q}")`);
    else queries.set(q, i);
  });

  if (p.count > 0 || !exportedAt || !meetings || !topics || !reads || !notes || !watch) return { ok: false, problems: p.messages() };
  const bundle: Bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt, meetings, topics, reads, notes, ...watch };
  return { ok: true, bundle: changes ? { ...bundle, changes } : bundle };
}
