/**
 * The hash routes of the library page and the web app: meetings, items, topics,
 * threads, search, followed committees and upcoming meetings ("#/moede/<id>", …),
 * and the web app's own "#/overfoer".
 */

export type Route =
  | { view: 'list' }
  | { view: 'meeting'; id: string }
  | { view: 'item'; id: string; number: number }
  | { view: 'topics' }
  | { view: 'topic'; id: number }
  | { view: 'thread'; key: string }
  | { view: 'search'; query: string }
  /** "Kommuner og udvalg", with the municipality chosen by its FirstAgenda host. */
  | { view: 'committees'; host: string | null }
  | { view: 'upcoming' };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * "#/moede/<id>", "#/moede/<id>/punkt/<n>", "#/emner", "#/emne/<id>", "#/traad/<key>",
 * "#/soeg?q=<text>", "#/udvalg?vaert=<host>" and "#/kommende"; anything else is the list.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#?\/?/, '');
  const [head = '', search = ''] = path.split(/\?(.*)/s, 2);
  const parts = head.split('/');
  switch (parts[0]) {
    case 'soeg':
      return { view: 'search', query: new URLSearchParams(search).get('q') ?? '' };
    case 'emner':
      return { view: 'topics' };
    case 'udvalg':
      return { view: 'committees', host: new URLSearchParams(search).get('vaert') || null };
    case 'kommende':
      return { view: 'upcoming' };
    case 'emne':
      return parts.length === 2 && /^\d{1,12}$/.test(parts[1]!) ? { view: 'topic', id: Number(parts[1]) } : { view: 'topics' };
    case 'traad': {
      const key = parts.length === 2 && parts[1] ? decode(parts[1]) : null;
      return key ? { view: 'thread', key } : { view: 'topics' };
    }
  }
  if (parts[0] !== 'moede' || !parts[1]) return { view: 'list' };
  const id = decode(parts[1]);
  if (id === null) return { view: 'list' };
  if (parts.length === 2) return { view: 'meeting', id };
  if (parts.length === 4 && parts[2] === 'punkt' && /^\d{1,6}$/.test(parts[3]!)) return { view: 'item', id, number: Number(parts[3]) };
  return { view: 'meeting', id };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'list':
      return '#/';
    case 'meeting':
      return `#/moede/${encodeURIComponent(route.id)}`;
    case 'item':
      return `#/moede/${encodeURIComponent(route.id)}/punkt/${route.number}`;
    case 'topics':
      return '#/emner';
    case 'topic':
      return `#/emne/${route.id}`;
    case 'thread':
      return `#/traad/${encodeURIComponent(route.key)}`;
    case 'search':
      return route.query ? `#/soeg?${new URLSearchParams({ q: route.query })}` : '#/soeg';
    case 'committees':
      return route.host ? `#/udvalg?${new URLSearchParams({ vaert: route.host })}` : '#/udvalg';
    case 'upcoming':
      return '#/kommende';
  }
}

export const meetingHash = (id: string): string => routeHash({ view: 'meeting', id });
export const itemHash = (id: string, number: number): string => routeHash({ view: 'item', id, number });
export const MEETINGS_HASH = routeHash({ view: 'list' });
export const TOPICS_HASH = routeHash({ view: 'topics' });
export const SEARCH_HASH = routeHash({ view: 'search', query: '' });
export const topicHash = (id: number): string => routeHash({ view: 'topic', id });
export const threadHash = (key: string): string => routeHash({ view: 'thread', key });
export const searchHash = (query: string): string => routeHash({ view: 'search', query });
export const committeesHash = (host: string | null = null): string => routeHash({ view: 'committees', host });
export const COMMITTEES_HASH = committeesHash();
export const UPCOMING_HASH = routeHash({ view: 'upcoming' });

/** The web app's import/export view, next to the library's routes (which read it as the list). */
export const TRANSFER_HASH = '#/overfoer';

export function isTransfer(hash: string): boolean {
  return hash === TRANSFER_HASH || hash.startsWith(`${TRANSFER_HASH}/`) || hash.startsWith(`${TRANSFER_HASH}?`);
}
