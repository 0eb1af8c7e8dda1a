/**
 * The network client every FirstAgenda request goes through (in the extension's background
 * and in Node). Plain TypeScript: `fetch`, the clock, the sleep and the online test are
 * injected, so tests drive it with fake timers.
 *
 * - One request at a time per host (a queue per host; hosts run in parallel), and at least
 *   1 s from the end of one request to the start of the next on that host. Safe to call
 *   concurrently: calls queue. Redirect hops inside one request are that request.
 * - Every request has a time limit (AbortController); the body is read as a stream and
 *   dropped past the size limit (20 MB).
 * - Every answer becomes JSON or a `Failure` with one Danish sentence (failure.ts). A failure
 *   counts against the host, which then waits before it is asked again: 15 min, doubling per
 *   failure in a row, at most a day (longer when the host sends Retry-After, still at most a
 *   day); a request for a waiting host sends nothing and answers `waiting`. Success clears it.
 *   Not counted: `offline` (the browser says it has no network: nothing is sent, the check
 *   waits for the network) and, for a `document` request (one meeting), what is about that
 *   document alone: not found, too large, unreadable JSON.
 * - The cookie handshake. Some hosts answer the API with 302 to
 *   `/Home/AnonymousAuthentication?callback=<address>` until the client has an anonymous
 *   `.AspNet.Cookies` cookie; that endpoint sets it and redirects back. A browser's fetch
 *   (redirects followed, credentials included) completes this by itself, as httpx does for
 *   Kleist/hkr (src/hkr/client.py, commit e8b9f482: "follow_redirects=True is required: the
 *   API issues a 302 to /Home/AnonymousAuthentication?callback=<original> on the first hit,
 *   which sets a .AspNet.Cookies session cookie and redirects back"; its HAR capture,
 *   docs/har-capture.json, shows the site's own requests carrying `.AspNet.Cookies`). Other
 *   scrapers get the cookie first: Mweimar2000/maja-sf.dk (sf-middelfart-robot-v8.gs,
 *   authenticateFirstAgenda_) requests `/Home/AnonymousAuthentication?callback=<the front
 *   page>` without following redirects, keeps its Set-Cookie and sends it with
 *   `/api/agenda/udvalgsliste`; vimoedesimiddelfart/middelfart-udvalg (api/sager.ts, fetchFA)
 *   follows up to 5 redirects by hand, gathering each hop's Set-Cookie; a host prober (the
 *   kind that made hosts.json) opens `/` in a cookie session before asking the API. So when
 *   an API answer still comes back as a web page after a redirect, or as 401, or fails at the
 *   network level while online (a browser that would not keep the cookie ends in a redirect
 *   loop, which fetch reports as a TypeError), the client opens the front page `/` once (it
 *   passes through AnonymousAuthentication where the host uses it) and retries the request
 *   once. A network error that says it is a redirect loop (Node's fetch, cookie-jar-fetch)
 *   is reported as one; a browser's bare TypeError as "could not be reached".
 */
import type { HostRest } from '../db/watch-stores';
import type { Failure } from './failure';
import { discard, readAnswer, type Reading } from './read-answer';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface PoliteClientOptions {
  fetch: FetchLike;
  /** ms; default Date.now */
  now?: () => number;
  /** Resolves after `ms`, or as soon as `signal` aborts; default setTimeout. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Default `navigator.onLine` where there is a navigator, else true. */
  isOnline?: () => boolean;
  /** Per request, including its body; default 30 s. */
  timeoutMs?: number;
  /** Default 20 MB. */
  maxBytes?: number;
  /** Wait after the first failure in a row; default 15 min. */
  backoffBaseMs?: number;
  /** Longest wait; default one day. */
  backoffMaxMs?: number;
}

export interface GetOptions {
  /** The shape the answer must have (isCatalogAnswer, isMeetingAnswer). */
  expect: (json: unknown) => boolean;
  /** `document` for one meeting: its own not-found/too-large/invalid answer does not count against the host. Default `host`. */
  scope?: 'host' | 'document';
}

export type Answer = { ok: true; json: unknown } | { ok: false; failure: Failure };

/** Serialisable: store it with the host, and give it back with `restoreHost` after a restart. */
export interface HostStatus {
  /** Failures in a row. */
  failures: number;
  /** When the host may be asked again (ms), null when it may now. */
  nextTryAt: number | null;
  lastFailure: Failure | null;
}

export interface PoliteClient {
  /** GET a URL's JSON. Never rejects. */
  getJson(url: string, options: GetOptions): Promise<Answer>;
  /** The status of a host ("dagsordener.hvidovre.dk", with ":port" when it has one). */
  hostStatus(host: string): HostStatus;
  restoreHost(host: string, status: HostRest): void;
}

export const MIN_GAP_MS = 1000;
const DEFAULTS = { timeoutMs: 30_000, maxBytes: 20_000_000, backoffBaseMs: 15 * 60_000, backoffMaxMs: 24 * 3_600_000 };
const DOCUMENT_FAILURES = new Set<Failure['kind']>(['not-found', 'too-large', 'invalid-json']);
const TIMEOUT: unique symbol = Symbol('timeout');

interface Host extends HostStatus {
  /** The end of the last request queued on the host. */
  tail: Promise<unknown>;
  lastEnd: number | null;
}

/** Network-level outcomes of one request, before there is an answer to read. */
type Thrown = { thrown: 'timeout' | 'network' | 'redirects' };

export function createPoliteClient(options: PoliteClientOptions): PoliteClient {
  const fetchImpl = options.fetch;
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? defaultSleep;
  const isOnline = options.isOnline ?? defaultOnline;
  const { timeoutMs, maxBytes, backoffBaseMs, backoffMaxMs } = { ...DEFAULTS, ...definedOnly(options) };
  const hosts = new Map<string, Host>();

  const hostOf = (key: string): Host => {
    let host = hosts.get(key);
    if (!host) {
      host = { tail: Promise.resolve(), lastEnd: null, failures: 0, nextTryAt: null, lastFailure: null };
      hosts.set(key, host);
    }
    return host;
  };

  /** One request on the host's turn: the gap, then fetch and read within the time limit. */
  async function timed<R>(host: Host, url: string, accept: string, read: (res: Response) => Promise<R>): Promise<R | Thrown> {
    if (host.lastEnd !== null) {
      const wait = host.lastEnd + MIN_GAP_MS - now();
      if (wait > 0) await sleep(wait);
    }
    const abort = new AbortController();
    const stopTimer = new AbortController();
    const timer = sleep(timeoutMs, stopTimer.signal).then((): typeof TIMEOUT => TIMEOUT);
    const work = (async () => {
      const res = await fetchImpl(url, { method: 'GET', headers: { Accept: accept }, credentials: 'include', redirect: 'follow', signal: abort.signal });
      return read(res);
    })();
    try {
      const first = await Promise.race([work, timer]);
      if (first !== TIMEOUT) return first;
      abort.abort();
      work.catch(() => {});
      return { thrown: 'timeout' };
    } catch (error) {
      return { thrown: isRedirectError(error) ? 'redirects' : 'network' };
    } finally {
      stopTimer.abort();
      host.lastEnd = now();
    }
  }

  async function exchange(host: Host, url: URL, get: GetOptions): Promise<Answer> {
    const ask = (mayHandshake: boolean) =>
      timed(host, url.href, 'application/json', (res) => readAnswer(res, url, { maxBytes, expect: get.expect, mayHandshake }));
    const first = await ask(true);
    if ('thrown' in first && (first.thrown === 'timeout' || !isOnline())) return failed(first);
    if (!('thrown' in first) && !('handshake' in first)) return answerOf(first);
    const front = await timed(host, `${url.origin}/`, 'text/html', async (res) => discard(res));
    if (front && 'thrown' in front) return failed(front);
    const retry = await ask(false);
    if ('thrown' in retry) return failed(retry);
    return 'handshake' in retry ? { ok: false, failure: { kind: 'not-firstagenda', html: true } } : answerOf(retry);
  }

  function failed(thrown: Thrown): Answer {
    if (thrown.thrown === 'timeout') return { ok: false, failure: { kind: 'timeout', ms: timeoutMs } };
    if (!isOnline()) return { ok: false, failure: { kind: 'offline' } };
    return { ok: false, failure: thrown.thrown === 'redirects' ? { kind: 'redirect-loop' } : { kind: 'unreachable' } };
  }

  function record(host: Host, answer: Answer, scope: GetOptions['scope']): void {
    if (answer.ok) {
      Object.assign(host, { failures: 0, nextTryAt: null, lastFailure: null });
      return;
    }
    const { failure } = answer;
    if (failure.kind === 'offline' || failure.kind === 'waiting' || (scope === 'document' && DOCUMENT_FAILURES.has(failure.kind))) return;
    host.failures++;
    let wait = Math.min(backoffBaseMs * 2 ** Math.min(host.failures - 1, 30), backoffMaxMs);
    if ('retryAfterMs' in failure && failure.retryAfterMs !== undefined) wait = Math.max(wait, Math.min(failure.retryAfterMs, backoffMaxMs));
    host.nextTryAt = now() + wait;
    host.lastFailure = failure;
  }

  async function turn(host: Host, url: URL, get: GetOptions): Promise<Answer> {
    if (!isOnline()) return { ok: false, failure: { kind: 'offline' } };
    if (host.nextTryAt !== null && now() < host.nextTryAt) return { ok: false, failure: { kind: 'waiting', until: host.nextTryAt } };
    let answer: Answer;
    try {
      answer = await exchange(host, url, get);
    } catch {
      answer = { ok: false, failure: { kind: 'unreachable' } };
    }
    record(host, answer, get.scope ?? 'host');
    return answer;
  }

  return {
    getJson(address, get) {
      let url: URL;
      try {
        url = new URL(address);
      } catch {
        return Promise.resolve({ ok: false, failure: { kind: 'unreachable' } });
      }
      const host = hostOf(url.host);
      const result = host.tail.then(() => turn(host, url, get));
      host.tail = result;
      return result;
    },
    hostStatus(key) {
      const { failures, nextTryAt, lastFailure } = hostOf(key);
      return { failures, nextTryAt, lastFailure };
    },
    restoreHost(key, status) {
      // The stored state is what hostStatus gave: its failure is one of ours.
      Object.assign(hostOf(key), { failures: status.failures, nextTryAt: status.nextTryAt, lastFailure: status.lastFailure as Failure | null });
    },
  };
}

function answerOf(reading: Exclude<Reading, { handshake: true }>): Answer {
  return reading.ok ? { ok: true, json: reading.json } : { ok: false, failure: reading.failure };
}

/** Node's fetch reports endless redirects as a TypeError caused by "redirect count exceeded"; cookie-jar-fetch as TooManyRedirects. */
function isRedirectError(error: unknown): boolean {
  const e = error as { name?: unknown; cause?: { message?: unknown } } | null;
  return e?.name === 'TooManyRedirects' || /redirect/i.test(String(e?.cause?.message ?? ''));
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

function defaultOnline(): boolean {
  const nav = (globalThis as { navigator?: { onLine?: boolean } }).navigator;
  return nav?.onLine !== false;
}

function definedOnly(options: PoliteClientOptions): Partial<typeof DEFAULTS> {
  const out: Partial<typeof DEFAULTS> = {};
  for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) if (options[key] !== undefined) out[key] = options[key];
  return out;
}
