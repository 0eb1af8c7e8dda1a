/**
 * The background's handling of the watch requests (messages.ts), as plain
 * TypeScript: the extension's own APIs (alarms, notifications, the document
 * parser) come in through `hooks`, so tests drive it with a test host.
 */
import type { LibraryDb } from '../db/schema';
import {
  followCommittee, followedCommittees, setCheckProgress, setWatchSettings, unfollowCommittee, watchSettings, type FollowedCommittee,
} from '../db/watch';
import { catalogUrl, originOf } from '../sites/firstagenda/addresses';
import { isCatalogAnswer, readCatalog, type Catalog, type CatalogCommittee } from '../sites/firstagenda/catalog';
import { municipalityOfHost } from '../sites/firstagenda/hosts';
import { createWatcher, type CheckDeps, type CheckReport, type Watcher } from './check';
import { failureSentence } from './failure';
import { committeeKey } from '../threads/keys';
import type { CommitteesResponse, DoneResponse, FollowResponse, WatchRequest } from './messages';

export interface WatchHooks {
  /** After every check, with what it brought (news, the badge). */
  checked(report: CheckReport): Promise<void> | void;
  /** The interval between checks changed. */
  rescheduled(hours: number): Promise<void> | void;
}

export interface WatchService {
  handle(request: WatchRequest): Promise<CommitteesResponse | FollowResponse | DoneResponse>;
  /** A check of every followed host (the alarm, the browser's start); resolves when it is done. */
  check(): Promise<CheckReport>;
  readonly watcher: Watcher;
}

/** A host's list is read again for a follow made within this long of showing it. */
const CATALOG_FRESH_MS = 5 * 60_000;


export function createWatchService(db: LibraryDb, deps: Omit<CheckDeps, 'store' | 'onProgress'> & Pick<CheckDeps, 'store'>, hooks: WatchHooks): WatchService {
  const catalogs = new Map<string, { at: number; catalog: Catalog }>();
  const watcher = createWatcher({
    ...deps,
    onProgress: (p) => void setCheckProgress(db, p.done < p.total ? { ...p, startedAt: deps.now() } : null).catch(() => undefined),
  });

  const check = async (hosts?: ReadonlySet<string>): Promise<CheckReport> => {
    const report = await watcher.check(hosts);
    await setCheckProgress(db, null).catch(() => undefined);
    await hooks.checked(report);
    return report;
  };

  /** The host's list (kept a few minutes, for the follow that comes after showing it), or why it cannot be read. */
  async function catalogOf(hostOrOrigin: string): Promise<{ origin: string; catalog: Catalog } | { reason: string }> {
    const origin = originOf(hostOrOrigin);
    if (!origin) return { reason: `"${hostOrOrigin}" er ikke en dagsordensside.` };
    const kept = catalogs.get(origin);
    if (kept && deps.now() - kept.at < CATALOG_FRESH_MS) return { origin, catalog: kept.catalog };
    const answer = await deps.client.getJson(catalogUrl(origin), { expect: isCatalogAnswer });
    if (!answer.ok) return { reason: failureSentence(answer.failure) };
    const catalog = readCatalog(answer.json, deps.now());
    catalogs.set(origin, { at: deps.now(), catalog });
    return { origin, catalog };
  }

  async function follow(origin: string, committee: CatalogCommittee): Promise<FollowResponse> {
    const host = new URL(origin).host;
    const record: FollowedCommittee = {
      key: `${host}|${committee.id}`, host, origin, municipality: municipalityOfHost(host), committeeId: committee.id,
      name: committee.name, period: committee.period, followedAt: deps.now(), backfillMonths: (await watchSettings(db)).backfillMonths,
    };
    await followCommittee(db, record);
    // The first check of the host brings the committee's meetings in; the answer does not wait for it.
    void check(new Set([host])).catch(() => undefined);
    return { ok: true, key: record.key, name: record.name };
  }

  async function handle(request: WatchRequest): Promise<CommitteesResponse | FollowResponse | DoneResponse> {
    switch (request.type) {
      case 'watch:committees': {
        const read = await catalogOf(request.host);
        if ('reason' in read) return { ok: false, reason: read.reason };
        const followed = new Set((await followedCommittees(db)).map((f) => f.key));
        const host = new URL(read.origin).host;
        return {
          ok: true, municipality: municipalityOfHost(host),
          committees: read.catalog.periods.flatMap((p) => p.committees).map((c) => ({
            id: c.id, name: c.name, period: c.period, current: c.current, followed: followed.has(`${host}|${c.id}`),
          })),
        };
      }
      case 'watch:follow': {
        const read = await catalogOf(request.host);
        if ('reason' in read) return { ok: false, reason: read.reason };
        const committee = read.catalog.periods.flatMap((p) => p.committees).find((c) => c.id === request.committeeId);
        return committee ? follow(read.origin, committee) : { ok: false, reason: 'Udvalget står ikke i kommunens udvalgsliste.' };
      }
      case 'watch:follow-page': {
        // The page's own origin: its scheme too (a test host is http).
        const read = await catalogOf(URL.canParse(request.url) ? new URL(request.url).origin : '');
        if ('reason' in read) return { ok: false, reason: read.reason };
        const wanted = committeeKey(request.committee);
        // The page names the committee as the list does; the current period's committee of that name first.
        const all = read.catalog.periods.flatMap((p) => p.committees).filter((c) => committeeKey(c.name) === wanted);
        const committee = all.find((c) => c.current) ?? all[0];
        return committee ? follow(read.origin, committee) : { ok: false, reason: `${request.committee} står ikke i kommunens udvalgsliste.` };
      }
      case 'watch:unfollow':
        await unfollowCommittee(db, request.key);
        return { ok: true };
      case 'watch:check':
        await check();
        return { ok: true };
      case 'watch:interval':
        await setWatchSettings(db, { ...(await watchSettings(db)), intervalHours: request.hours });
        await hooks.rescheduled(request.hours);
        return { ok: true };
    }
  }

  return { handle, check: () => check(), watcher };
}
