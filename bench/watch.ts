/**
 * `watch`: checks of 10 followed committees on 3 FirstAgenda test hosts (Hvidovre's
 * real answers), the library on fake-indexeddb, the client's pauses virtual (the
 * requests are real). `unchanged`: a check when nothing changed (target: one
 * request per host); `oneChanged`: one meeting's agenda became minutes (one more
 * request). `agendaJsonMs`: the captured agenda JSON into a Meeting (watch-json.ts).
 */
import 'fake-indexeddb/auto';
import { LibraryDb } from '../lib/db/schema';
import { followCommittee } from '../lib/db/watch';
import { parseHtmlAsBrowser } from '../lib/parse/linkedom';
import { meetingFromApi } from '../lib/sites/firstagenda/api';
import { readCatalog } from '../lib/sites/firstagenda/catalog';
import { runCheck, type CheckDeps } from '../lib/watch/check';
import { cookieJarFetch } from '../lib/watch/cookie-jar-fetch';
import { libraryStore } from '../lib/watch/library-store';
import { createPoliteClient } from '../lib/watch/polite-fetch';
import { startFirstAgendaServer, type FirstAgendaTestServer } from '../scripts/firstagenda-server';
import { round } from './measure';
import { benchAgendaJson } from './watch-json';

/** The day the Hvidovre list was captured, so the followed committees have meetings in their window. */
const CAPTURED = Date.parse('2026-05-14T12:00:00+02:00');
const COMMITTEES_PER_HOST = [4, 3, 3];

const apiRequests = (servers: FirstAgendaTestServer[], from: number[]) =>
  servers.reduce((n, s, i) => n + s.log.slice(from[i]).filter((r) => r.path.startsWith('/api/')).length, 0);

export async function benchWatch() {
  const servers = await Promise.all(COMMITTEES_PER_HOST.map(() => startFirstAgendaServer({ handshake: 'anonymous-auth' })));
  const db = new LibraryDb('bench-watch');
  try {
    let clock = CAPTURED;
    const client = createPoliteClient({
      fetch: cookieJarFetch(), now: () => clock, isOnline: () => true,
      // The gaps between requests are counted, not waited; the time limit per request is a real timer.
      sleep: (ms, signal) => (ms >= 30_000 ? new Promise((resolve) => signal?.addEventListener('abort', () => resolve())) : ((clock += ms), Promise.resolve())),
    });
    const deps: CheckDeps = {
      store: libraryStore(db, () => clock), client, now: () => clock,
      readMeeting: (json, context) => meetingFromApi(json, { ...context, parseHtml: parseHtmlAsBrowser }),
    };
    const current = readCatalog(servers[0]!.catalog, CAPTURED).periods.flatMap((p) => p.committees).filter((c) => c.current && c.meetings.length > 0);
    let next = 0;
    for (const [i, server] of servers.entries()) {
      for (const committee of current.slice(next, next + COMMITTEES_PER_HOST[i]!)) {
        await followCommittee(db, {
          key: `${server.host}|${committee.id}`, host: server.host, origin: server.origin, municipality: 'Hvidovre Kommune',
          committeeId: committee.id, name: committee.name, period: committee.period, followedAt: CAPTURED, backfillMonths: 3,
        });
      }
      next += COMMITTEES_PER_HOST[i]!;
    }

    let start = performance.now();
    const first = await runCheck(deps);
    const firstMs = performance.now() - start;

    clock += 4 * 3_600_000;
    let from = servers.map((s) => s.log.length);
    start = performance.now();
    const unchanged = await runCheck(deps);
    const unchangedMs = performance.now() - start;
    const unchangedRequests = apiRequests(servers, from);

    // One agenda of the first host becomes minutes.
    const agenda = first.saved.find((s) => s.entry.host === servers[0]!.host && !s.entry.concluded)!;
    servers[0]!.publishMinutes(agenda.entry.id, { released: '2026-05-20T10:00:00+02:00' });
    clock += 4 * 3_600_000;
    from = servers.map((s) => s.log.length);
    start = performance.now();
    const changed = await runCheck(deps);
    const oneChangedMs = performance.now() - start;
    const oneChangedRequests = apiRequests(servers, from);

    return {
      committees: COMMITTEES_PER_HOST.reduce((a, b) => a + b, 0),
      hosts: servers.length,
      firstCheck: { meetings: first.saved.length, ms: round(firstMs, 0) },
      unchanged: { requests: unchangedRequests, ms: round(unchangedMs, 1), saved: unchanged.saved.length },
      oneChanged: { requests: oneChangedRequests, ms: round(oneChangedMs, 1), saved: changed.saved.length },
      ...(await benchAgendaJson()),
    };
  } finally {
    db.close();
    await db.delete();
    await Promise.all(servers.map((s) => s.close()));
  }
}
