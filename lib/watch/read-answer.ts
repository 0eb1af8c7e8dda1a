/**
 * Reading one HTTP answer of a FirstAgenda host into JSON or a failure. Whatever the server
 * sends, the body is read at most up to the size limit (as a stream: reading stops there),
 * and nothing here throws except when the body read itself fails (a network error or the
 * request's abort), which the caller classifies.
 */
import type { Failure } from './failure';

export type Reading =
  | { ok: true; json: unknown }
  | { ok: false; failure: Failure }
  /** HTML after a redirect, or 401: the host may want its anonymous cookie first. */
  | { ok: false; handshake: true };

export interface ReadOptions {
  maxBytes: number;
  /** The shape a FirstAgenda answer of this kind has. */
  expect: (json: unknown) => boolean;
  /** False on the retry after the handshake: HTML then means the site is not FirstAgenda. */
  mayHandshake: boolean;
}

export async function readAnswer(res: Response, requested: URL, options: ReadOptions): Promise<Reading> {
  const fail = (failure: Failure): Reading => {
    discard(res);
    return { ok: false, failure };
  };
  const final = urlOr(res.url, requested);
  if (final.hostname !== requested.hostname) return fail({ kind: 'moved', to: final.origin });
  const status = res.status;
  if (status >= 300 && status < 400) {
    // Only seen when the transport does not follow redirects (a redirect to another host).
    const target = urlOr(res.headers.get('location'), requested);
    return fail(target.hostname !== requested.hostname ? { kind: 'moved', to: target.origin } : { kind: 'redirect-loop' });
  }
  if (status === 401 && options.mayHandshake) {
    discard(res);
    return { ok: false, handshake: true };
  }
  if (status === 404 || status === 410) return fail({ kind: 'not-found', status });
  const retryAfterMs = retryAfter(res.headers.get('retry-after'));
  const later = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 429) return fail({ kind: 'busy', status, ...later });
  if (status >= 500) return fail({ kind: 'server-error', status, ...later });
  if (status < 200 || status >= 300) return fail({ kind: 'refused', status });

  const bytes = await readCapped(res, options.maxBytes);
  if (!bytes) return { ok: false, failure: { kind: 'too-large', limit: options.maxBytes } };
  const text = new TextDecoder().decode(bytes);
  if (/html/i.test(res.headers.get('content-type') ?? '') || /^\s*</.test(text.slice(0, 1000))) {
    return res.redirected && options.mayHandshake ? { ok: false, handshake: true } : { ok: false, failure: { kind: 'not-firstagenda', html: true } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, failure: { kind: 'invalid-json' } };
  }
  return safely(options.expect, json) ? { ok: true, json } : { ok: false, failure: { kind: 'not-firstagenda', html: false } };
}

/** The body, or null as soon as it passes `max` bytes (by its declared length or while reading). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (Number(res.headers.get('content-length')) > max) {
    discard(res);
    return null;
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Retry-After in seconds (the HTTP-date form is not used by these hosts and is ignored). */
function retryAfter(header: string | null): number | undefined {
  if (!header || !/^\s*\d{1,9}\s*$/.test(header)) return undefined;
  return Number(header) * 1000;
}

function safely(expect: (json: unknown) => boolean, json: unknown): boolean {
  try {
    return expect(json) === true;
  } catch {
    return false;
  }
}

function urlOr(value: string | null, base: URL): URL {
  if (!value) return base;
  try {
    return new URL(value, base);
  } catch {
    return base;
  }
}

/** Lets go of a body that will not be read, so its connection is freed. */
export function discard(res: Response): void {
  if (res.body && !res.bodyUsed) res.body.cancel().catch(() => {});
}
