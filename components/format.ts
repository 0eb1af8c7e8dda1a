/** Danish formatting for the UI. */
const DATE = new Intl.DateTimeFormat('da-DK', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2023-08-22" → "tirsdag den 22. august 2023". */
export function longDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = DATE.formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} den ${get('day')}. ${get('month')} ${get('year')}`;
}

export function kindLabel(kind: 'referat' | 'dagsorden'): string {
  return kind === 'referat' ? 'Referat' : 'Dagsorden';
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
