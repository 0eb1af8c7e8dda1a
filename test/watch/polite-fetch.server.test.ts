/** The polite client and the cookie-keeping fetch against the test server: real sockets, real (short) timers. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogUrl, isMeetingAnswer, meetingUrl, originOf } from '../../lib/sites/firstagenda/addresses';
import { isCatalogAnswer, readCatalog } from '../../lib/sites/firstagenda/catalog';
import { cookieJarFetch, TooManyRedirects } from '../../lib/watch/cookie-jar-fetch';
import type { Failure } from '../../lib/watch/failure';
import { createPoliteClient, type PoliteClientOptions } from '../../lib/watch/polite-fetch';
import { startFirstAgendaServer, type FailureMode, type FirstAgendaTestServer, type Route } from '../../scripts/firstagenda-server';

const AGENDA = '0cad2b4d-c4a2-4583-a053-60704b2da0e5';
const catalog = { expect: isCatalogAnswer };
const meeting = { expect: isMeetingAnswer, scope: 'document' as const };

let server: FirstAgendaTestServer;
beforeEach(async () => {
  server = await startFirstAgendaServer();
});
afterEach(async () => {
  await server.close();
});

const client = (options: Partial<PoliteClientOptions> = {}) => createPoliteClient({ fetch: cookieJarFetch(), ...options });
const logged = () => server.log.map((e) => `${e.path.replace(/\?callback=.*$/, '?callback=…')}${e.cookie ? ' (cookie)' : ''}`);
/** The log with runs of one path made one (a redirect loop's hops). */
const runs = () => logged().filter((path, i, all) => path !== all[i - 1]);
const gaps = () => server.log.slice(1).map((e, i) => e.at - server.log[i]!.at);

describe('the cookie-keeping fetch', () => {
  it('completes the AnonymousAuthentication handshake inside one request and keeps the cookie for the next', async () => {
    server.handshake = 'anonymous-auth';
    const fetch = cookieJarFetch();
    const res = await fetch(catalogUrl(server.origin), { headers: { Accept: 'application/json' } });
    expect([res.status, res.redirected, res.url]).toEqual([200, true, catalogUrl(server.origin)]);
    expect(isCatalogAnswer(await res.json())).toBe(true);
    const again = await fetch(meetingUrl(server.origin, AGENDA), {});
    expect([again.status, again.redirected]).toEqual([200, false]);
    await again.body?.cancel();
    expect(logged()).toEqual([
      '/api/agenda/udvalgsliste', '/Home/AnonymousAuthentication?callback=…', '/api/agenda/udvalgsliste (cookie)', `/api/agenda/dagsorden/${AGENDA} (cookie)`,
    ]);
  });

  it('Node\'s own fetch keeps no cookie and goes round until it gives up', async () => {
    server.handshake = 'anonymous-auth';
    const error = await fetch(catalogUrl(server.origin)).catch((e: unknown) => e);
    expect([error instanceof TypeError, String((error as { cause?: Error }).cause?.message)]).toEqual([true, 'redirect count exceeded']);
  });

  it('stops after 20 redirects with a TooManyRedirects, and does not follow a redirect to another host', async () => {
    server.fail('catalog', 'redirect-loop');
    await expect(cookieJarFetch()(catalogUrl(server.origin), {})).rejects.toThrow(TooManyRedirects);
    expect(server.log.length).toBe(21);
    server.fail('catalog', 'moved');
    const res = await cookieJarFetch()(catalogUrl(server.origin), {});
    expect([res.status, res.headers.get('location')]).toEqual([301, 'https://dagsordener.example.invalid/api/agenda/udvalgsliste']);
  });
});

describe('the client against a FirstAgenda host', () => {
  it('reads the committee list and a meeting, a second apart', async () => {
    const c = client();
    const list = await c.getJson(catalogUrl(server.origin), catalog);
    if (!list.ok) throw new Error(list.failure.kind);
    expect(readCatalog(list.json, Date.now()).periods.flatMap((p) => p.committees.flatMap((k) => k.meetings)).length).toBe(1400);
    const one = await c.getJson(meetingUrl(server.origin, AGENDA), meeting);
    expect(one.ok && (one.json as { Id: string }).Id).toBe(AGENDA);
    expect(gaps()[0]).toBeGreaterThanOrEqual(1000);
  });

  it('asks one host at a time however many ask at once, while another host answers beside it', async () => {
    const other = await startFirstAgendaServer();
    try {
      const c = client();
      const started = Date.now();
      const answers = await Promise.all([
        c.getJson(meetingUrl(server.origin, AGENDA), meeting),
        c.getJson(meetingUrl(server.origin, AGENDA), meeting),
        c.getJson(catalogUrl(other.origin), catalog),
        c.getJson(meetingUrl(server.origin, AGENDA), meeting),
      ]);
      expect(answers.map((a) => a.ok)).toEqual([true, true, true, true]);
      expect(gaps().every((g) => g >= 1000)).toBe(true);
      expect(server.log.length).toBe(3);
      expect(other.log[0]!.at - started).toBeLessThan(900);
    } finally {
      await other.close();
    }
  });

  it('anonymous-auth: the handshake happens inside the first request', async () => {
    server.handshake = 'anonymous-auth';
    expect((await client().getJson(catalogUrl(server.origin), catalog)).ok).toBe(true);
    expect(logged()).toEqual(['/api/agenda/udvalgsliste', '/Home/AnonymousAuthentication?callback=…', '/api/agenda/udvalgsliste (cookie)']);
  });

  it('front-page: the answer is the front page, so the client opens it once and asks again, a second apart each time', async () => {
    server.handshake = 'front-page';
    expect((await client().getJson(catalogUrl(server.origin), catalog)).ok).toBe(true);
    expect(logged()).toEqual(['/api/agenda/udvalgsliste', '/', '/ (cookie)', '/api/agenda/udvalgsliste (cookie)']);
    const [, toFront, retry] = gaps();
    expect([toFront! >= 1000, retry! >= 1000]).toEqual([true, true]);
  });

  const failing: [FailureMode, Route, Failure, string[]][] = [
    ['html', 'catalog', { kind: 'not-firstagenda', html: true }, ['/api/agenda/udvalgsliste']],
    ['not-found', 'catalog', { kind: 'not-found', status: 404 }, ['/api/agenda/udvalgsliste']],
    ['gone', 'catalog', { kind: 'not-found', status: 410 }, ['/api/agenda/udvalgsliste']],
    ['server-error', 'catalog', { kind: 'server-error', status: 500 }, ['/api/agenda/udvalgsliste']],
    ['busy', 'catalog', { kind: 'busy', status: 429, retryAfterMs: 7_200_000 }, ['/api/agenda/udvalgsliste']],
    ['moved', 'catalog', { kind: 'moved', to: 'https://dagsordener.example.invalid' }, ['/api/agenda/udvalgsliste']],
    ['invalid-json', 'catalog', { kind: 'invalid-json' }, ['/api/agenda/udvalgsliste']],
    ['huge', 'catalog', { kind: 'too-large', limit: 20_000_000 }, ['/api/agenda/udvalgsliste']],
    ['unauthorized', 'catalog', { kind: 'refused', status: 401 }, ['/api/agenda/udvalgsliste', '/', '/api/agenda/udvalgsliste']],
    ['reset', 'catalog', { kind: 'unreachable' }, ['/api/agenda/udvalgsliste', '/', '/api/agenda/udvalgsliste']],
    ['redirect-loop', 'catalog', { kind: 'redirect-loop' }, ['/api/agenda/udvalgsliste', '/', '/api/agenda/udvalgsliste']],
  ];

  it.each(failing)('%s gives its failure, counted against the host', async (mode, route, failure, requests) => {
    server.fail(route, mode);
    const c = client();
    expect(await c.getJson(catalogUrl(server.origin), catalog)).toEqual({ ok: false, failure });
    expect(runs()).toEqual(requests);
    expect(c.hostStatus(server.host)).toMatchObject({ failures: 1, lastFailure: failure });
  });

  it('slow and stalled answers end at the time limit', async () => {
    for (const mode of ['slow', 'stall'] as const) {
      server.fail('catalog', mode, { delayMs: 2000 });
      const started = Date.now();
      expect(await client({ timeoutMs: 300 }).getJson(catalogUrl(server.origin), catalog)).toEqual({ ok: false, failure: { kind: 'timeout', ms: 300 } });
      expect(Date.now() - started).toBeLessThan(1500);
    }
  });

  it('passes script in the texts on as data, for the adapter to treat as text', async () => {
    server.fail('meeting', 'script');
    const answer = await client().getJson(meetingUrl(server.origin, AGENDA), meeting);
    expect(answer.ok && JSON.stringify(answer.json).includes('<script>document.title=\\"hacked\\"</script>')).toBe(true);
  });

  it('after a failure the host rests, and the next check after the rest reads it again', async () => {
    let clock = Date.now();
    const c = client({ now: () => clock });
    server.fail('catalog', 'server-error', { times: 1 });
    expect(await c.getJson(catalogUrl(server.origin), catalog)).toEqual({ ok: false, failure: { kind: 'server-error', status: 500 } });
    expect(c.hostStatus(server.host).nextTryAt).toBe(clock + 15 * 60_000);
    expect(await c.getJson(catalogUrl(server.origin), catalog)).toEqual({ ok: false, failure: { kind: 'waiting', until: clock + 15 * 60_000 } });
    expect(server.log.length).toBe(1);
    clock += 15 * 60_000;
    expect((await c.getJson(catalogUrl(server.origin), catalog)).ok).toBe(true);
    expect(c.hostStatus(server.host)).toEqual({ failures: 0, nextTryAt: null, lastFailure: null });
  });

  it('a missing meeting is that meeting\'s failure, not the host\'s', async () => {
    const c = client();
    expect(await c.getJson(meetingUrl(server.origin, '00000000-0000-0000-0000-00000000abcd'), meeting)).toEqual({ ok: false, failure: { kind: 'not-found', status: 404 } });
    expect(c.hostStatus(server.host).failures).toBe(0);
  });
});

describe('addresses', () => {
  it('takes a host name (https) or an origin', () => {
    expect(['dagsordener-referater.hvidovre.dk', ' https://dagsordener.aarhus.dk/ ', 'http://127.0.0.1:8080', 'ftp://x.dk', 'https://x.dk/vis?id=1', '', 'a b']
      .map(originOf)).toEqual(['https://dagsordener-referater.hvidovre.dk', 'https://dagsordener.aarhus.dk', 'http://127.0.0.1:8080', null, null, null, null]);
    expect([catalogUrl('https://x.dk'), meetingUrl('https://x.dk', 'a/b')]).toEqual(['https://x.dk/api/agenda/udvalgsliste', 'https://x.dk/api/agenda/dagsorden/a%2Fb']);
    expect([isMeetingAnswer({ Dagsordenpunkter: [] }), isMeetingAnswer({ Dagsordenpunkter: {} }), isMeetingAnswer(null), isMeetingAnswer([])]).toEqual([true, false, false, false]);
  });
});
