/**
 * A check of followed committees against the test host (real sockets, the real
 * Hvidovre answers) with the library on fake-indexeddb. The client's clock is
 * virtual, and so are its pauses between requests, so the one-second gaps and the
 * backoff cost no time; its time limit per request is a real timer.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markRead, readMarks } from '../../lib/db/marks';
import { listMeetings, loadMeeting } from '../../lib/db/meetings';
import { followCommittee, hostChecks, watchedEntries, type FollowedCommittee } from '../../lib/db/watch';
import { parseHtmlAsBrowser } from '../../lib/parse/linkedom';
import { meetingFromApi } from '../../lib/sites/firstagenda/api';
import { createWatcher, runCheck, type CheckDeps } from '../../lib/watch/check';
import { cookieJarFetch } from '../../lib/watch/cookie-jar-fetch';
import { libraryStore } from '../../lib/watch/library-store';
import { createPoliteClient } from '../../lib/watch/polite-fetch';
import { decodeDump, dumpLibrary } from '../../scripts/db-dump';
import { startFirstAgendaServer, type FirstAgendaTestServer } from '../../scripts/firstagenda-server';
import { tempLibraries } from '../helpers/temp-db';

const OEKONOMI = '5dd92504-8e21-4dc9-90cc-1584b1ca0882';
const AGENDA = '0cad2b4d-c4a2-4583-a053-60704b2da0e5';
/** The day the Hvidovre list was captured: the 18 May agenda is upcoming. */
const CAPTURED = Date.parse('2026-05-14T12:00:00+02:00');

const newLibrary = tempLibraries('watch-check');
let server: FirstAgendaTestServer;
beforeEach(async () => {
  server = await startFirstAgendaServer({ handshake: 'anonymous-auth' });
});
afterEach(() => server.close());

function setup() {
  const db = newLibrary();
  let clock = CAPTURED;
  const client = createPoliteClient({
    fetch: cookieJarFetch(), now: () => clock, isOnline: () => true,
    sleep: (ms, signal) => {
      if (ms >= 30_000) return new Promise((resolve) => signal?.addEventListener('abort', () => resolve()));
      clock += ms;
      return Promise.resolve();
    },
  });
  const deps: CheckDeps = {
    store: libraryStore(db, () => clock), client, now: () => clock,
    readMeeting: (json, context) => meetingFromApi(json, { ...context, parseHtml: parseHtmlAsBrowser }),
  };
  const follow: FollowedCommittee = {
    key: `${server.host}|${OEKONOMI}`, host: server.host, origin: server.origin, municipality: 'Hvidovre Kommune',
    committeeId: OEKONOMI, name: 'Økonomiudvalget', period: 'Udvalg 2026-2029', followedAt: CAPTURED, backfillMonths: 3,
  };
  return { db, deps, follow, advance: (ms: number) => (clock += ms) };
}

/** Every store of the library but the host checks, raw. */
const library = async (db: Parameters<typeof dumpLibrary>[0]) => decodeDump(await dumpLibrary(db)).stores.filter((s) => s.name !== 'hostChecks');

const apiRequests = (from: number) => server.log.slice(from).filter((r) => r.path.startsWith('/api/')).map((r) => r.path.replace(/[0-9a-f-]{36}/, 'ID'));

describe('a check of a followed committee', () => {
  it('brings in the upcoming agenda and three months back, saved as a click saves them', async () => {
    const { db, deps, follow } = setup();
    await followCommittee(db, follow);
    const progress: string[] = [];
    const report = await runCheck({ ...deps, onProgress: (p) => progress.push(`${p.done}/${p.total}`) });
    expect(report.saved.map((s) => [s.entry.date, s.entry.name, s.status])).toEqual([
      ['2026-02-16', 'Referat', 'created'], ['2026-03-09', 'Referat', 'created'], ['2026-03-16', 'Referat', 'created'], ['2026-04-13', 'Referat', 'created'],
      ['2026-04-20', 'Referat', 'created'], ['2026-05-18', 'Dagsorden', 'created'],
    ]);
    expect(progress).toEqual(['0/6', '1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    const meetings = await listMeetings(db);
    expect(meetings.map((m) => [m.date, m.kind, m.committee, m.startTime, m.itemCount, m.source])).toEqual([
      ['2026-05-18', 'dagsorden', 'Økonomiudvalget', '17:00', 24, 'api'], ['2026-04-20', 'referat', 'Økonomiudvalget', '17:00', 24, 'api'],
      ['2026-04-13', 'referat', 'Økonomiudvalget', '17:00', 24, 'api'], ['2026-03-16', 'referat', 'Økonomiudvalget', '17:00', 24, 'api'],
      ['2026-03-09', 'referat', 'Økonomiudvalget', '17:00', 24, 'api'], ['2026-02-16', 'referat', 'Økonomiudvalget', '17:00', 24, 'api'],
    ]);
    const [host] = await hostChecks(db);
    expect(host).toMatchObject({ host: server.host, checkedAt: CAPTURED, okAt: CAPTURED, problem: null, created: 6, updated: 0, unreadable: 0 });
    const upcoming = (await watchedEntries(db, server.host)).find((e) => e.id === AGENDA)!;
    expect(upcoming).toMatchObject({ date: '2026-05-18', startTime: '17:00', place: 'Hvidovre', name: 'Dagsorden', fetchedRelease: upcoming.releasedAt, url: `${server.origin}/vis?id=${AGENDA}` });
    expect(upcoming.meetingId).toBe(meetings[0]!.id);
  }, 30_000);

  it('asks once per host when nothing changed, once more per meeting that did, and turns the agenda into minutes keeping the read mark', async () => {
    const { db, deps, follow, advance } = setup();
    await followCommittee(db, follow);
    await runCheck(deps);
    const agendaId = (await listMeetings(db))[0]!.id;
    await markRead(db, agendaId, 3);

    advance(4 * 3_600_000);
    let from = server.log.length;
    expect((await runCheck(deps)).saved).toEqual([]);
    expect(apiRequests(from)).toEqual(['/api/agenda/udvalgsliste']);

    const added = server.addMeeting({ committeeId: OEKONOMI, start: '2026-06-08T17:00:00+02:00', released: '2026-05-14T09:00:00+02:00' });
    advance(4 * 3_600_000);
    from = server.log.length;
    const report = await runCheck(deps);
    expect(apiRequests(from)).toEqual(['/api/agenda/udvalgsliste', '/api/agenda/dagsorden/ID']);
    expect(report.saved.map((s) => [s.entry.id, s.entry.date, s.status])).toEqual([[added, '2026-06-08', 'created']]);

    server.publishMinutes(AGENDA, { released: '2026-05-20T10:00:00+02:00', decision: 'Godkendt med bemærkninger.' });
    advance(4 * 3_600_000);
    from = server.log.length;
    const minutes = await runCheck(deps);
    expect(apiRequests(from)).toEqual(['/api/agenda/udvalgsliste', '/api/agenda/dagsorden/ID']);
    expect(minutes.saved.map((s) => [s.meetingId, s.status])).toEqual([[agendaId, 'updated']]);
    const saved = (await loadMeeting(db, agendaId))!;
    expect([saved.kind, saved.items.find((i) => i.number === 3)!.decisions.at(-1)]).toEqual([
      'referat', { body: 'Økonomiudvalget', date: '2026-05-18', text: 'Godkendt med bemærkninger.' },
    ]);
    expect((await readMarks(db, agendaId)).map((r) => r.number)).toEqual([3]);
    expect((await listMeetings(db)).length).toBe(7);
  }, 30_000);

  it('adds a supplementary agenda\'s items to the meeting\'s agenda', async () => {
    const { db, deps, follow, advance } = setup();
    await followCommittee(db, follow);
    await runCheck(deps);
    const extra = { Punktnummer: '22', Navn: 'Tillæg - Blå Kors Varmestue', SagsNummer: '26/9999', IsOpen: true, Sorting: 22, Felter: [], Bilag: [] };
    server.addSupplementary(AGENDA, { released: '2026-05-15T10:00:00+02:00', items: [extra] });
    advance(3_600_000);
    const report = await runCheck(deps);
    expect(report.saved.map((s) => [s.entry.name, s.status])).toEqual([['Tillægsdagsorden', 'updated']]);
    const agenda = (await loadMeeting(db, report.saved[0]!.meetingId))!;
    expect(agenda.items.map((i) => i.number)).toEqual([...Array.from({ length: 22 }, (_, k) => k + 1), 32, 33, 34]);
    expect([agenda.kind, agenda.items[21]!.title, 'partial' in agenda]).toEqual(['dagsorden', 'Tillæg - Blå Kors Varmestue', false]);
  }, 30_000);
});

describe('a host that fails', () => {
  it.each([
    ['server-error', 'Siden har en fejl lige nu (HTTP 500).'],
    ['html', 'Siden er ikke en FirstAgenda-mødeside længere.'],
    ['not-found', 'Siden svarer, at adressen ikke findes (HTTP 404).'],
    ['invalid-json', 'Siden sendte et svar, der ikke kunne læses.'],
    ['redirect-loop', 'Siden sender os i ring mellem adresser.'],
    ['huge', 'Svaret var over 20 MB og blev ikke læst.'],
  ] as const)('answering %s changes nothing saved, says why, rests, and is tried again', async (mode, sentence) => {
    const { db, deps, follow, advance } = setup();
    await followCommittee(db, follow);
    await runCheck(deps);
    const before = await library(db);
    server.fail('catalog', mode);
    advance(3_600_000);
    const report = await runCheck(deps);
    expect(report.saved).toEqual([]);
    expect(report.hosts[0]).toMatchObject({ problem: sentence, okAt: CAPTURED, client: { failures: 1 } });
    const rest = report.hosts[0]!.client.nextTryAt!;
    expect(await library(db)).toEqual(before);

    // Before its rest is over the host is not asked; the status keeps what was wrong.
    const from = server.log.length;
    const waiting = await runCheck(deps);
    expect(apiRequests(from)).toEqual([]);
    expect(waiting.hosts[0]).toMatchObject({ problem: 'Siden hviler efter en fejl og prøves igen senere.', client: { failures: 1, nextTryAt: rest } });

    server.fail('catalog', null);
    advance(rest);
    const again = await runCheck(deps);
    expect(again.hosts[0]).toMatchObject({ problem: null, client: { failures: 0, nextTryAt: null } });
  }, 60_000);

  it('skips a meeting whose answer cannot be read, says how many, and does not fetch it again until it is released again', async () => {
    const { db, deps, follow } = setup();
    await followCommittee(db, follow);
    server.fail('meeting', 'invalid-json', { times: 1 });
    const report = await runCheck(deps);
    expect(report.saved.length).toBe(5);
    expect(report.hosts[0]).toMatchObject({ problem: null, unreadable: 1, created: 5 });
    const from = server.log.length;
    await runCheck(deps);
    expect(apiRequests(from)).toEqual(['/api/agenda/udvalgsliste']);
  }, 30_000);

  it('offline: nothing is asked, nothing counts against the host, and the check says it waits for the network', async () => {
    const { db, follow } = setup();
    await followCommittee(db, follow);
    const client = createPoliteClient({ fetch: cookieJarFetch(), isOnline: () => false });
    const from = server.log.length;
    const report = await runCheck({ ...setup().deps, store: libraryStore(db), client });
    expect(server.log.length).toBe(from);
    expect(report.hosts[0]).toMatchObject({ problem: 'Venter på netværket.', client: { failures: 0 }, checkedAt: null });
  });
});

describe('the watcher', () => {
  it('never runs two checks at once: a check asked for during one runs once after it', async () => {
    const { db, deps, follow } = setup();
    await followCommittee(db, follow);
    const watcher = createWatcher(deps);
    const first = watcher.check();
    expect(watcher.running).toBe(true);
    const [second, third] = [watcher.check(), watcher.check()];
    expect(second).toBe(third);
    const [a, b] = await Promise.all([first, second]);
    expect(a.saved.length).toBe(6);
    expect(b.saved.length).toBe(0);
    expect(server.log.filter((r) => r.path === '/api/agenda/udvalgsliste' && r.cookie).length).toBe(2);
    expect(watcher.running).toBe(false);
  }, 30_000);
});
