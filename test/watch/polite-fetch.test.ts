/** The polite client with a scripted fetch and fake timers: queueing, spacing, time limits, backoff, answers, the handshake. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failureSentence, type Failure } from '../../lib/watch/failure';
import { createPoliteClient, type FetchLike, type PoliteClientOptions } from '../../lib/watch/polite-fetch';

const START = Date.parse('2026-05-13T10:00:00Z');
const A = 'https://dagsordener.aarhus.dk';
const B = 'https://dagsordener-referater.hvidovre.dk';
const CATALOG = '/api/agenda/udvalgsliste';
const MIN = 60_000;
const HOUR = 60 * MIN;

const isCatalog = (json: unknown) => typeof json === 'object' && json !== null && 'Udvalg' in json;
const catalogOf = { expect: isCatalog };

interface Call {
  url: string;
  at: number;
  init: RequestInit;
}
type Reply = Response | Error | Promise<Response>;

/** A fetch that answers from `reply` and records each call with its (fake) time. */
function scripted(reply: (url: string, n: number) => Reply) {
  const calls: Call[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, at: Date.now() - START, init });
    const r = reply(url, calls.length);
    return r instanceof Error ? Promise.reject(r) : Promise.resolve(r);
  };
  return { calls, fetch };
}

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
const status = (code: number, headers: Record<string, string> = {}) => new Response(code === 204 ? null : 'fejl', { status: code, headers });
const html = (body = '<!DOCTYPE html><html><body>Forside</body></html>') => new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
/** As a browser's fetch returns an answer it reached by following redirects. */
function redirected(res: Response, url: string): Response {
  Object.defineProperty(res, 'url', { value: url });
  Object.defineProperty(res, 'redirected', { value: true });
  return res;
}
const later = (ms: number, res: () => Response) => new Promise<Response>((resolve) => setTimeout(() => resolve(res()), ms));
const never = () => new Promise<Response>(() => {});

function client(fetch: FetchLike, options: Partial<PoliteClientOptions> = {}) {
  return createPoliteClient({ fetch, ...options });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('politeness', () => {
  it('asks one host one request at a time, a second apart, while another host runs beside it', async () => {
    let inFlight = 0;
    let most = 0;
    const { calls, fetch } = scripted(() => {
      inFlight++;
      most = Math.max(most, inFlight);
      return later(200, () => {
        inFlight--;
        return json({ Udvalg: {} });
      });
    });
    const c = client(fetch);
    const results = Promise.all([c.getJson(A + CATALOG, catalogOf), c.getJson(A + '/api/agenda/dagsorden/1', catalogOf), c.getJson(B + CATALOG, catalogOf), c.getJson(A + CATALOG, catalogOf)]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await results).map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(calls.map((call) => [call.url.replace(/^https:\/\/([^/]+).*$/, '$1'), call.at])).toEqual([
      ['dagsordener.aarhus.dk', 0],
      ['dagsordener-referater.hvidovre.dk', 0],
      ['dagsordener.aarhus.dk', 1200],
      ['dagsordener.aarhus.dk', 2400],
    ]);
    expect(most).toBe(2);
  });

  it('waits a second after a request however it ended, and not when the last one was long ago', async () => {
    const { calls, fetch } = scripted((url, n) => (n === 1 ? status(404) : json({ Udvalg: {} })));
    const c = client(fetch);
    await c.getJson(A + '/api/agenda/dagsorden/0', { expect: () => true, scope: 'document' });
    const second = c.getJson(A + '/api/agenda/dagsorden/1', { expect: () => true, scope: 'document' });
    await vi.advanceTimersByTimeAsync(999);
    expect(calls.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await second;
    expect(calls.map((call) => call.at)).toEqual([0, 1000]);
  });

  it('sends every request with the browser\'s cookies and redirects followed, asking for JSON', async () => {
    const { calls, fetch } = scripted(() => json({ Udvalg: {} }));
    await client(fetch).getJson(A + CATALOG, catalogOf);
    expect(calls[0]!.init).toMatchObject({ method: 'GET', headers: { Accept: 'application/json' }, credentials: 'include', redirect: 'follow' });
  });
});

describe('time limits', () => {
  it('gives up on an answer that does not come after 30 s, and aborts it', async () => {
    const { calls, fetch } = scripted(() => never());
    const result = client(fetch).getJson(A + CATALOG, catalogOf);
    let settled = false;
    void result.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({ ok: false, failure: { kind: 'timeout', ms: 30_000 } });
    expect(calls[0]!.init.signal!.aborted).toBe(true);
    expect(calls.length).toBe(1);
  });

  it('counts the body in the time limit', async () => {
    const stalled = () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"Udvalg":')) }), { status: 200 });
    const { fetch } = scripted(() => stalled());
    const result = client(fetch, { timeoutMs: 5000 }).getJson(A + CATALOG, catalogOf);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await result).toEqual({ ok: false, failure: { kind: 'timeout', ms: 5000 } });
  });
});

describe('backoff', () => {
  it('doubles the wait from 15 minutes after each failure in a row, up to a day, and sends nothing meanwhile', async () => {
    const { calls, fetch } = scripted(() => status(503));
    const c = client(fetch);
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      const r = await c.getJson(A + CATALOG, catalogOf);
      expect(r).toEqual({ ok: false, failure: { kind: 'server-error', status: 503 } });
      const s = c.hostStatus('dagsordener.aarhus.dk');
      waits.push((s.nextTryAt! - Date.now()) / MIN);
      expect(await c.getJson(A + CATALOG, catalogOf)).toEqual({ ok: false, failure: { kind: 'waiting', until: s.nextTryAt } });
      vi.setSystemTime(s.nextTryAt!);
    }
    expect(waits).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440]);
    expect(calls.length).toBe(9);
    expect(c.hostStatus('dagsordener.aarhus.dk')).toMatchObject({ failures: 9, lastFailure: { kind: 'server-error', status: 503 } });
  });

  it('clears after a success, keeps hosts apart, and honours Retry-After up to a day', async () => {
    let reply: Response = status(429, { 'retry-after': '7200' });
    const { fetch } = scripted(() => reply);
    const c = client(fetch);
    expect(await c.getJson(A + CATALOG, catalogOf)).toEqual({ ok: false, failure: { kind: 'busy', status: 429, retryAfterMs: 7_200_000 } });
    expect(c.hostStatus('dagsordener.aarhus.dk').nextTryAt).toBe(Date.now() + 2 * HOUR);
    expect(c.hostStatus('dagsordener-referater.hvidovre.dk')).toEqual({ failures: 0, nextTryAt: null, lastFailure: null });
    reply = status(500, { 'retry-after': '999999' });
    vi.setSystemTime(Date.now() + 2 * HOUR);
    await c.getJson(A + CATALOG, catalogOf);
    expect(c.hostStatus('dagsordener.aarhus.dk').nextTryAt).toBe(Date.now() + 24 * HOUR);
    reply = json({ Udvalg: {} });
    vi.setSystemTime(Date.now() + 24 * HOUR);
    expect((await c.getJson(A + CATALOG, catalogOf)).ok).toBe(true);
    expect(c.hostStatus('dagsordener.aarhus.dk')).toEqual({ failures: 0, nextTryAt: null, lastFailure: null });
  });

  it('does not count a missing or broken meeting against the host, but counts the committee list', async () => {
    const { fetch } = scripted(() => status(404));
    const c = client(fetch);
    const meeting = { expect: () => true, scope: 'document' as const };
    expect(await c.getJson(A + '/api/agenda/dagsorden/x', meeting)).toEqual({ ok: false, failure: { kind: 'not-found', status: 404 } });
    expect(c.hostStatus('dagsordener.aarhus.dk').failures).toBe(0);
    const list = c.getJson(A + CATALOG, catalogOf);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await list).toEqual({ ok: false, failure: { kind: 'not-found', status: 404 } });
    expect(c.hostStatus('dagsordener.aarhus.dk')).toMatchObject({ failures: 1, lastFailure: { kind: 'not-found', status: 404 } });
  });

  it('is restored from a stored status', async () => {
    const { calls, fetch } = scripted(() => json({ Udvalg: {} }));
    const c = client(fetch);
    const stored = { failures: 3, nextTryAt: Date.now() + HOUR, lastFailure: { kind: 'timeout', ms: 30_000 } as Failure };
    c.restoreHost('dagsordener.aarhus.dk', stored);
    expect(c.hostStatus('dagsordener.aarhus.dk')).toEqual(stored);
    expect(await c.getJson(A + CATALOG, catalogOf)).toEqual({ ok: false, failure: { kind: 'waiting', until: stored.nextTryAt } });
    expect(calls.length).toBe(0);
  });
});

describe('offline', () => {
  it('sends nothing while the browser is offline, and does not hold it against the host', async () => {
    const { calls, fetch } = scripted(() => json({ Udvalg: {} }));
    const c = client(fetch, { isOnline: () => false });
    expect(await c.getJson(A + CATALOG, catalogOf)).toEqual({ ok: false, failure: { kind: 'offline' } });
    expect(calls.length).toBe(0);
    expect(c.hostStatus('dagsordener.aarhus.dk').failures).toBe(0);
  });

  it('a network error after the network went away is offline, not a failure of the host', async () => {
    let online = true;
    const { calls, fetch } = scripted(() => {
      online = false;
      return new TypeError('Failed to fetch');
    });
    const c = client(fetch, { isOnline: () => online });
    expect(await c.getJson(A + CATALOG, catalogOf)).toEqual({ ok: false, failure: { kind: 'offline' } });
    expect([calls.length, c.hostStatus('dagsordener.aarhus.dk').failures]).toEqual([1, 0]);
  });
});

describe('every answer a server can give', () => {
  const cases: [string, () => Reply, Failure | 'ok', number][] = [
    ['JSON of the expected shape', () => json({ Udvalg: { 'Udvalg 2026-2029': [] } }), 'ok', 1],
    ['JSON with a byte order mark', () => new Response('\uFEFF{"Udvalg":{}}', { status: 200 }), 'ok', 1],
    ['404', () => status(404), { kind: 'not-found', status: 404 }, 1],
    ['410', () => status(410), { kind: 'not-found', status: 410 }, 1],
    ['500', () => status(500), { kind: 'server-error', status: 500 }, 1],
    ['503 with Retry-After', () => status(503, { 'retry-after': '60' }), { kind: 'server-error', status: 503, retryAfterMs: 60_000 }, 1],
    ['429', () => status(429), { kind: 'busy', status: 429 }, 1],
    ['403', () => status(403), { kind: 'refused', status: 403 }, 1],
    ['204 without a body', () => status(204), { kind: 'invalid-json' }, 1],
    ['a web page without a redirect', () => html(), { kind: 'not-firstagenda', html: true }, 1],
    ['a web page sent as JSON', () => new Response('  <html><body>Login</body></html>', { status: 200, headers: { 'content-type': 'application/json' } }), { kind: 'not-firstagenda', html: true }, 1],
    ['JSON of another shape', () => json({ Dagsordner: [] }), { kind: 'not-firstagenda', html: false }, 1],
    ['JSON null', () => json(null), { kind: 'not-firstagenda', html: false }, 1],
    ['JSON cut off', () => new Response('{"Udvalg":{"Udvalg 2026', { status: 200 }), { kind: 'invalid-json' }, 1],
    ['a redirect to another host (followed)', () => redirected(json({ Udvalg: {} }), 'https://dagsordener.nyt-navn.dk/api/agenda/udvalgsliste'), { kind: 'moved', to: 'https://dagsordener.nyt-navn.dk' }, 1],
    ['a 301 to another host (not followed)', () => status(301, { location: 'https://ny.example.dk/api' }), { kind: 'moved', to: 'https://ny.example.dk' }, 1],
    ['a 302 on the same host (not followed)', () => status(302, { location: '/Home/AnonymousAuthentication?callback=x' }), { kind: 'redirect-loop' }, 1],
    ['a declared length over 20 MB', () => new Response('{}', { status: 200, headers: { 'content-length': '20000001' } }), { kind: 'too-large', limit: 20_000_000 }, 1],
    ['401, also after the handshake', () => status(401), { kind: 'refused', status: 401 }, 3],
    ['a network error, the front page answering', () => new TypeError('Failed to fetch'), { kind: 'unreachable' }, 3],
  ];

  it.each(cases)('%s', async (_, reply, expected, requests) => {
    const { calls, fetch } = scripted((url) => (url.endsWith('/') ? html() : reply()));
    const result = client(fetch).getJson(A + CATALOG, catalogOf);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await result).toEqual(expected === 'ok' ? { ok: true, json: expect.anything() } : { ok: false, failure: expected });
    expect(calls.length).toBe(requests);
  });

  it('stops reading a body past 20 MB', async () => {
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulls++;
        c.enqueue(new Uint8Array(1_000_000).fill(0x20));
      },
    });
    const { fetch } = scripted(() => new Response(endless, { status: 200 }));
    expect(await client(fetch).getJson(A + CATALOG, catalogOf)).toEqual({ ok: false, failure: { kind: 'too-large', limit: 20_000_000 } });
    expect(pulls).toBeGreaterThanOrEqual(21);
    expect(pulls).toBeLessThanOrEqual(23);
  });

  it('never rejects: a fetch that throws at once, a shape test that throws, an address that is not one', async () => {
    const throwing: FetchLike = () => {
      throw new Error('boom');
    };
    const r1 = client(throwing).getJson(A + CATALOG, catalogOf);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await r1).toEqual({ ok: false, failure: { kind: 'unreachable' } });
    const { fetch } = scripted(() => json({ Udvalg: {} }));
    const shape = () => {
      throw new Error('boom');
    };
    expect(await client(fetch).getJson(A + CATALOG, { expect: shape })).toEqual({ ok: false, failure: { kind: 'not-firstagenda', html: false } });
    expect(await client(fetch).getJson('not a url', catalogOf)).toEqual({ ok: false, failure: { kind: 'unreachable' } });
  });
});

describe('the cookie handshake', () => {
  it('opens the front page once and retries when the API answer comes back as a web page after a redirect', async () => {
    const { calls, fetch } = scripted((url, n) => {
      if (n === 1) return later(100, () => redirected(html(), A + '/'));
      if (url === A + '/') return later(100, () => html());
      return later(100, () => json({ Udvalg: {} }));
    });
    const result = client(fetch).getJson(A + CATALOG, catalogOf);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await result).toEqual({ ok: true, json: { Udvalg: {} } });
    expect(calls.map((c) => [c.url, c.at, (c.init.headers as Record<string, string>).Accept])).toEqual([
      [A + CATALOG, 0, 'application/json'],
      [A + '/', 1100, 'text/html'],
      [A + CATALOG, 2200, 'application/json'],
    ]);
  });

  it('a web page again after the handshake is not a FirstAgenda site', async () => {
    const { calls, fetch } = scripted((url) => redirected(html(), A + '/Home/AnonymousAuthentication?callback=x'));
    const result = client(fetch).getJson(A + CATALOG, catalogOf);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await result).toEqual({ ok: false, failure: { kind: 'not-firstagenda', html: true } });
    expect(calls.map((c) => c.url)).toEqual([A + CATALOG, A + '/', A + CATALOG]);
  });

  it('a redirect loop that Node\'s fetch reports is one; a host that cannot be reached at all is tried twice', async () => {
    const loop = Object.assign(new TypeError('fetch failed'), { cause: new Error('redirect count exceeded') });
    const looping = scripted((url) => (url.endsWith('/') ? html() : loop));
    const r1 = client(looping.fetch).getJson(A + CATALOG, catalogOf);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await r1).toEqual({ ok: false, failure: { kind: 'redirect-loop' } });
    expect(looping.calls.length).toBe(3);
    const gone = scripted(() => new TypeError('getaddrinfo ENOTFOUND'));
    const r2 = client(gone.fetch).getJson(A + CATALOG, catalogOf);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await r2).toEqual({ ok: false, failure: { kind: 'unreachable' } });
    expect(gone.calls.map((c) => c.url)).toEqual([A + CATALOG, A + '/']);
  });

  it('a front page that does not answer in time ends the request as too slow', async () => {
    const { calls, fetch } = scripted((url) => (url.endsWith('/') ? never() : redirected(html(), A + '/')));
    const result = client(fetch, { timeoutMs: 2000 }).getJson(A + CATALOG, catalogOf);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toEqual({ ok: false, failure: { kind: 'timeout', ms: 2000 } });
    expect(calls.length).toBe(2);
  });
});

describe('the status sentences', () => {
  it('has one Danish sentence for every failure', () => {
    const all: Failure[] = [
      { kind: 'not-found', status: 404 }, { kind: 'moved', to: 'https://dagsordener.nyt-navn.dk' }, { kind: 'timeout', ms: 30_000 },
      { kind: 'not-firstagenda', html: true }, { kind: 'server-error', status: 503 }, { kind: 'busy', status: 429 },
      { kind: 'refused', status: 403 }, { kind: 'too-large', limit: 20_000_000 }, { kind: 'invalid-json' }, { kind: 'redirect-loop' },
      { kind: 'unreachable' }, { kind: 'offline' }, { kind: 'waiting', until: START },
    ];
    expect(all.map(failureSentence)).toEqual([
      'Siden svarer, at adressen ikke findes (HTTP 404).',
      'Siden er flyttet til dagsordener.nyt-navn.dk.',
      'Siden svarede ikke inden for 30 sekunder.',
      'Siden er ikke en FirstAgenda-mødeside længere.',
      'Siden har en fejl lige nu (HTTP 503).',
      'Siden har travlt og beder os vente.',
      'Siden afviser at svare (HTTP 403).',
      'Svaret var over 20 MB og blev ikke læst.',
      'Siden sendte et svar, der ikke kunne læses.',
      'Siden sender os i ring mellem adresser.',
      'Siden kunne ikke nås.',
      'Venter på netværket.',
      'Siden hviler efter en fejl og prøves igen senere.',
    ]);
  });
});
