/** The library's pure parts: hash routes (meetings, items, topics, threads, search), grouping by month, Danish labels for dates and sizes. */

export type Route =
  | { view: 'list' }
  | { view: 'meeting'; id: string }
  | { view: 'item'; id: string; number: number }
  | { view: 'topics' }
  | { view: 'topic'; id: number }
  | { view: 'thread'; key: string }
  | { view: 'search'; query: string };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * "#/moede/<id>", "#/moede/<id>/punkt/<n>", "#/emner", "#/emne/<id>", "#/traad/<key>"
 * and "#/soeg?q=<text>"; anything else is the list.
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
  }
}

export const meetingHash = (id: string): string => routeHash({ view: 'meeting', id });
export const itemHash = (id: string, number: number): string => routeHash({ view: 'item', id, number });
export const TOPICS_HASH = '#/emner';
export const topicHash = (id: number): string => routeHash({ view: 'topic', id });
export const threadHash = (key: string): string => routeHash({ view: 'thread', key });
export const searchHash = (query: string): string => routeHash({ view: 'search', query });

export interface MonthGroup<T> {
  /** "2023-08" */
  key: string;
  /** "August 2023" */
  label: string;
  meetings: T[];
}

const MONTH = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function utc(iso: string): Date | null {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "2023-08" → "August 2023". */
export function monthLabel(yearMonth: string): string {
  const d = utc(`${yearMonth}-01`);
  if (!d) return yearMonth;
  const parts = MONTH.formatToParts(d);
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  return `${month.charAt(0).toUpperCase()}${month.slice(1)} ${year}`;
}

/** "2023-08-22" → "22. august 2023". */
export function dayLabel(iso: string): string {
  const d = utc(iso);
  if (!d) return iso;
  const parts = DAY.formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}. ${get('month')} ${get('year')}`;
}

/** Consecutive meetings of the same month in one group; the input order (newest first) is kept. */
export function groupByMonth<T extends { date: string }>(meetings: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const m of meetings) {
    const key = m.date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.meetings.push(m);
    else groups.push({ key, label: monthLabel(key), meetings: [m] });
  }
  return groups;
}

const NUMBER = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** 1234567 → "1,2 MB" (powers of 1000, as the browsers' own settings pages count). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${NUMBER.format(unit === 0 ? value : Math.round(value * 10) / 10)} ${units[unit]}`;
}

/** One Danish sentence on the storage used, from navigator.storage's estimate and persisted state. */
export function storageText(estimate: { usage?: number; quota?: number } | null, persisted: boolean | null): string {
  const parts: string[] = [];
  if (estimate?.usage !== undefined) {
    parts.push(
      estimate.quota !== undefined
        ? `Biblioteket bruger ${formatBytes(estimate.usage)} af ${formatBytes(estimate.quota)}, som browseren giver plads til.`
        : `Biblioteket bruger ${formatBytes(estimate.usage)}.`,
    );
  }
  if (persisted === true) parts.push('Browseren sletter det ikke af sig selv.');
  else if (persisted === false) parts.push('Browseren kan slette det, hvis der bliver trangt om pladsen.');
  return parts.join(' ');
}
