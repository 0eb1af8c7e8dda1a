/** Danish formatting for the UI: dates, months, counts, sizes. */

// Made on first use, so a script that only counts (the save button) carries no formatter.
let dateFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;
let numberFormat: Intl.NumberFormat | undefined;

function utcDay(iso: string): Date | null {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * "2023-08-22" → "22. august 2023"; with `weekday`, "tirsdag den 22. august 2023";
 * `soon` (a day near, as a notification names it) "tirsdag 22. august". Anything else comes back as it is.
 */
export function longDate(iso: string, { weekday = false, soon = false } = {}): string {
  const d = utcDay(iso);
  if (!d) return iso;
  dateFormat ??= new Intl.DateTimeFormat('da-DK', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parts = dateFormat.formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  if (soon) return `${get('weekday')} ${get('day')}. ${get('month')}`;
  const day = `${get('day')}. ${get('month')} ${get('year')}`;
  return weekday ? `${get('weekday')} den ${day}` : day;
}

/** "2023-08" → "August 2023". */
export function monthLabel(yearMonth: string): string {
  const d = utcDay(`${yearMonth}-01`);
  if (!d) return yearMonth;
  monthFormat ??= new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parts = monthFormat.formatToParts(d);
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  return `${month.charAt(0).toUpperCase()}${month.slice(1)} ${year}`;
}

/** Danish alphabetical order as the municipality lists have it: æ, ø, å after z, and "Aa" as two letters (Aabenraa first). */
export function compareDanish(a: string, b: string): number {
  const key = (s: string) => s.toLowerCase().replace(/æ/g, '{').replace(/ø/g, '|').replace(/å/g, '}');
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function kindLabel(kind: 'referat' | 'dagsorden'): string {
  return kind === 'referat' ? 'Referat' : 'Dagsorden';
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

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
  numberFormat ??= new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
  return `${numberFormat.format(unit === 0 ? value : Math.round(value * 10) / 10)} ${units[unit]}`;
}
