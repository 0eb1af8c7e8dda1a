/** The addresses of a FirstAgenda Publication host's JSON API, and the shape of a meeting's answer. */

/**
 * The origin to ask: a host name means https ("dagsordener.hvidovre.dk" →
 * "https://dagsordener.hvidovre.dk"); an http(s) origin stays itself ("http://127.0.0.1:8080",
 * for tests). Null for anything else.
 */
export function originOf(hostOrOrigin: string): string | null {
  const text = hostOrOrigin.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    const bare = (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password;
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname && bare ? url.origin : null;
  } catch {
    return null;
  }
}

/** Every committee with its meetings. */
export function catalogUrl(origin: string): string {
  return `${origin}/api/agenda/udvalgsliste`;
}

/** One meeting (an entry of the committee list) with its items. */
export function meetingUrl(origin: string, meetingId: string): string {
  return `${origin}/api/agenda/dagsorden/${encodeURIComponent(meetingId)}`;
}

/** True when the answer has the shape of a meeting: an object with a `Dagsordenpunkter` list. */
export function isMeetingAnswer(json: unknown): boolean {
  return typeof json === 'object' && json !== null && Array.isArray((json as Record<string, unknown>).Dagsordenpunkter);
}
