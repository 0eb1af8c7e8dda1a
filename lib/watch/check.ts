/**
 * A check of the followed committees: each followed host's committee list is read
 * once, and only the entries that are new or were released again are fetched
 * (plan.ts), read as the page is read, and saved through the library's own save
 * (the store), so every identity rule holds and nothing is ever deleted. A host
 * that fails gets its Danish sentence and waits (polite-fetch.ts); the others go on.
 * `createWatcher` runs one check at a time: a check asked for while one runs is
 * done once after it, for everything asked.
 */
import type { Meeting, ParseResult } from '../parse/types';
import { catalogUrl, isMeetingAnswer, meetingUrl } from '../sites/firstagenda/addresses';
import { isCatalogAnswer, readCatalog, type CatalogCommittee, type CatalogMeeting } from '../sites/firstagenda/catalog';
import { failureSentence } from './failure';
import { planCheck, windowStart } from './plan';
import type { PoliteClient } from './polite-fetch';
import type { FollowedCommittee, HostCheck, WatchedEntry } from '../db/watch';

export type SavedAs = 'created' | 'updated' | 'unchanged' | 'kept';

/** The library's side of a check (lib/db/watch.ts). */
export interface WatchStore {
  followed(): Promise<FollowedCommittee[]>;
  entries(host: string): Promise<WatchedEntry[]>;
  hostChecks(): Promise<HostCheck[]>;
  /** The list's entries of followed committees, as they stand now (new ones added, known ones updated). */
  recordEntries(entries: WatchedEntry[]): Promise<void>;
  /** Saves a fetched meeting and marks its entry fetched, in one transaction. */
  saveFetched(entry: WatchedEntry, meeting: Meeting): Promise<{ status: SavedAs; meetingId: string }>;
  /** Marks an entry fetched although its answer could not be read: it is fetched again when it is released again. */
  markFetched(entry: WatchedEntry): Promise<void>;
  recordHost(check: HostCheck): Promise<void>;
}

export interface CheckProgress {
  host: string;
  /** Meetings fetched of those planned for the host. */
  done: number;
  total: number;
}

export interface SavedMeeting {
  meetingId: string;
  status: 'created' | 'updated';
  entry: WatchedEntry;
}

export interface CheckReport {
  startedAt: number;
  finishedAt: number;
  hosts: HostCheck[];
  /** Meetings the check created or changed in the library, in the order saved. */
  saved: SavedMeeting[];
}

export interface CheckDeps {
  store: WatchStore;
  client: PoliteClient;
  /** The site's reader of one meeting's answer (meetingFromApi with a document parser, here or in another document). */
  readMeeting(json: unknown, context: { origin: string; municipality: string | null }): ParseResult | Promise<ParseResult>;
  now(): number;
  onProgress?(progress: CheckProgress): void;
}

export function entryOf(meeting: CatalogMeeting, committee: CatalogCommittee, follow: FollowedCommittee, known: WatchedEntry | undefined): WatchedEntry {
  const entry: WatchedEntry = {
    id: meeting.id, committeeKey: follow.key, host: follow.host, committee: committee.name, date: meeting.date,
    startTime: meeting.startTime, place: meeting.place, name: meeting.name, concluded: meeting.concluded,
    supplementary: meeting.supplementary, releasedAt: meeting.releasedAt, meetingId: known?.meetingId ?? null,
    url: `${follow.origin}/vis?id=${encodeURIComponent(meeting.id)}`,
  };
  if (known && 'fetchedRelease' in known) entry.fetchedRelease = known.fetchedRelease ?? null;
  return entry;
}

/** The host's part of a check. Never throws for anything the host answers. */
async function checkHost(deps: CheckDeps, host: string, follows: FollowedCommittee[], previous: HostCheck | undefined): Promise<{ check: HostCheck; saved: SavedMeeting[] }> {
  const { client, store } = deps;
  const origin = follows[0]!.origin;
  const started = deps.now();
  const check: HostCheck = {
    host, checkedAt: started, okAt: previous?.okAt ?? null, problem: null, created: 0, updated: 0, unreadable: 0,
    client: client.hostStatus(host),
  };
  const saved: SavedMeeting[] = [];
  const finish = (problem: string | null) => {
    check.problem = problem;
    check.client = client.hostStatus(host);
    return { check, saved };
  };

  const answer = await client.getJson(catalogUrl(origin), { expect: isCatalogAnswer });
  if (!answer.ok) {
    // Nothing was sent (offline, resting after a failure): the last word on the host stands.
    if (answer.failure.kind === 'offline' || answer.failure.kind === 'waiting') {
      return { check: { ...(previous ?? check), checkedAt: previous?.checkedAt ?? null, client: client.hostStatus(host), problem: failureSentence(answer.failure) }, saved };
    }
    return finish(failureSentence(answer.failure));
  }
  check.okAt = started;
  const catalog = readCatalog(answer.json, deps.now());
  const known = new Map((await store.entries(host)).map((e) => [e.id, e]));
  const committees = new Map(catalog.periods.flatMap((p) => p.committees.map((c) => [c.id, c] as const)));
  const followByCommittee = new Map(follows.map((f) => [f.committeeId, f]));

  const fetched = new Map<string, string | null>();
  for (const [id, e] of known) if ('fetchedRelease' in e) fetched.set(id, e.fetchedRelease ?? null);
  const plan = planCheck(catalog, follows, fetched, deps.now());

  // The list's entries of the followed committees from each follow's window: what "Kommende møder" shows.
  const listed: WatchedEntry[] = [];
  for (const follow of follows) {
    const committee = committees.get(follow.committeeId);
    if (!committee) continue;
    const since = windowStart(follow, deps.now());
    for (const m of committee.meetings) if (m.date >= since) listed.push(entryOf(m, committee, follow, known.get(m.id)));
  }
  await store.recordEntries(listed);
  const byId = new Map(listed.map((e) => [e.id, e]));

  let done = 0;
  deps.onProgress?.({ host, done, total: plan.fetch.length });
  for (const { meeting } of plan.fetch) {
    const follow = followByCommittee.get(meeting.committeeId)!;
    const entry = byId.get(meeting.id) ?? entryOf(meeting, committees.get(meeting.committeeId)!, follow, known.get(meeting.id));
    const got = await client.getJson(meetingUrl(origin, meeting.id), { expect: isMeetingAnswer, scope: 'document' });
    if (!got.ok) {
      const status = client.hostStatus(host);
      // The host failed (it now rests): the rest waits for the next check.
      if (status.failures > 0 || got.failure.kind === 'offline' || got.failure.kind === 'waiting') return finish(failureSentence(got.failure));
      check.unreadable++;
      await store.markFetched(entry);
    } else {
      const read = await deps.readMeeting(got.json, { origin, municipality: follow.municipality });
      if (!read.ok) {
        check.unreadable++;
        await store.markFetched(entry);
      } else {
        // A supplementary agenda holds only its own items: they are added to the meeting's agenda.
        const meetingRead = meeting.supplementary ? { ...read.meeting, partial: true } : read.meeting;
        const result = await store.saveFetched(entry, meetingRead);
        if (result.status === 'created' || result.status === 'updated') {
          check[result.status]++;
          saved.push({ meetingId: result.meetingId, status: result.status, entry: { ...entry, meetingId: result.meetingId } });
        }
      }
    }
    deps.onProgress?.({ host, done: ++done, total: plan.fetch.length });
  }
  const missing = plan.missing.map((id) => followByCommittee.get(id)?.name ?? id);
  return finish(missing.length > 0 ? `${missing.join(', ')} står ikke længere i udvalgslisten.` : null);
}

/** Checks every followed host (or only `hosts`), one host after another. */
export async function runCheck(deps: CheckDeps, hosts?: ReadonlySet<string>): Promise<CheckReport> {
  const startedAt = deps.now();
  const [follows, previous] = await Promise.all([deps.store.followed(), deps.store.hostChecks()]);
  const before = new Map(previous.map((h) => [h.host, h]));
  const byHost = new Map<string, FollowedCommittee[]>();
  for (const f of follows) {
    if (hosts && !hosts.has(f.host)) continue;
    const list = byHost.get(f.host);
    if (list) list.push(f);
    else byHost.set(f.host, [f]);
  }
  const report: CheckReport = { startedAt, finishedAt: startedAt, hosts: [], saved: [] };
  for (const [host, list] of byHost) {
    // A restarted background knows the host's rest from the store.
    const last = before.get(host);
    if (last) deps.client.restoreHost(host, last.client);
    const { check, saved } = await checkHost(deps, host, list, last);
    await deps.store.recordHost(check);
    report.hosts.push(check);
    report.saved.push(...saved);
  }
  report.finishedAt = deps.now();
  return report;
}

export interface Watcher {
  /** Checks now, or joins the check that runs; `hosts` limits it (a first follow checks its own host). */
  check(hosts?: ReadonlySet<string>): Promise<CheckReport>;
  readonly running: boolean;
}

/** One check at a time: a check asked for during another runs once after it, for all that was asked. */
export function createWatcher(deps: CheckDeps): Watcher {
  let current: Promise<CheckReport> | null = null;
  let next: { promise: Promise<CheckReport>; hosts: Set<string> | null } | null = null;
  const start = (hosts: ReadonlySet<string> | null): Promise<CheckReport> => {
    const run = runCheck(deps, hosts ?? undefined);
    current = run.finally(() => {
      current = null;
    });
    return current;
  };
  return {
    get running() {
      return current !== null;
    },
    check(hosts) {
      if (!current) return start(hosts ?? null);
      if (next) {
        if (next.hosts && hosts) for (const h of hosts) next.hosts.add(h);
        else next.hosts = null;
        return next.promise;
      }
      const queued: { promise: Promise<CheckReport>; hosts: Set<string> | null } = { promise: Promise.resolve(null as never), hosts: hosts ? new Set(hosts) : null };
      queued.promise = current.catch(() => undefined).then(() => {
        next = null;
        return start(queued.hosts);
      });
      next = queued;
      return queued.promise;
    },
  };
}
