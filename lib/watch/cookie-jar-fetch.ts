/**
 * A fetch for Node (the fetch-meetings command, tests) that keeps cookies across redirects as
 * a browser does. Node's fetch follows redirects but keeps no cookies, so a FirstAgenda host
 * that redirects to /Home/AnonymousAuthentication until it sees its cookie would send it round
 * in circles. Redirects on the same host are followed here (at most 20), with each hop's
 * Set-Cookie kept per host name and sent on later requests; a redirect to another host is
 * returned as it is, for the client to report as moved. Cookies are kept by name per host;
 * path, expiry and flags are not modelled (Max-Age=0 removes one).
 */
import type { FetchLike } from './polite-fetch';

/** Thrown past the redirect limit; a TypeError, as a browser's fetch reports it. */
export class TooManyRedirects extends TypeError {
  override name = 'TooManyRedirects';
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export function cookieJarFetch(inner: FetchLike = (url, init) => fetch(url, init), maxRedirects = 20): FetchLike {
  const jar = new Map<string, Map<string, string>>();
  const cookiesOf = (hostname: string) => {
    let cookies = jar.get(hostname);
    if (!cookies) jar.set(hostname, (cookies = new Map()));
    return cookies;
  };

  return async (url, init) => {
    let current = new URL(url);
    for (let hops = 0; ; hops++) {
      const headers = new Headers(init.headers);
      const cookies = cookiesOf(current.hostname);
      if (cookies.size) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
      const res = await inner(current.href, { ...init, headers, redirect: 'manual' });
      for (const line of res.headers.getSetCookie()) keep(cookies, line);
      const location = res.headers.get('location');
      const target = REDIRECT.has(res.status) && location ? new URL(location, current) : null;
      if (!target || target.hostname !== current.hostname) return hops === 0 ? res : asRedirected(res, current.href);
      res.body?.cancel().catch(() => {});
      if (hops === maxRedirects) throw new TooManyRedirects(`more than ${maxRedirects} redirects from ${url}`);
      current = target;
    }
  };
}

function keep(cookies: Map<string, string>, line: string): void {
  const [pair = '', ...attributes] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return;
  const name = pair.slice(0, eq).trim();
  if (attributes.some((a) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(a))) cookies.delete(name);
  else cookies.set(name, pair.slice(eq + 1).trim());
}

/** The final answer, marked as a browser marks a followed redirect. */
function asRedirected(res: Response, url: string): Response {
  Object.defineProperty(res, 'url', { value: url });
  Object.defineProperty(res, 'redirected', { value: true });
  return res;
}
