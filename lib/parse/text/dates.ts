/** Danish dates in the forms the documents use, to ISO yyyy-mm-dd. */

const MONTHS: Record<string, number> = {
  januar: 1, februar: 2, marts: 3, april: 4, maj: 5, juni: 6, juli: 7,
  august: 8, september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};

export const MONTH_NAMES = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';

/** "22-08-2023", "22.08.2023", "22/08-2023", "8. oktober 2025", "8 okt. 2025", "2023-08-22". */
export const DATE_PATTERN = new RegExp(
  String.raw`(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[-./](\d{1,2})[-./](\d{4})|(\d{1,2})\.? ?(${MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.? (\d{4})`,
  'i',
);

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS[month - 1]! + (leap ? 1 : 0)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The first date in `s` as ISO, or null. */
export function findDate(s: string): string | null {
  const m = DATE_PATTERN.exec(s);
  return m ? dateFromMatch(m) : null;
}

function dateFromMatch(m: RegExpMatchArray): string | null {
  if (m[1]) return iso(+m[1], +m[2]!, +m[3]!);
  if (m[4]) return iso(+m[6]!, +m[5]!, +m[4]);
  return iso(+m[9]!, MONTHS[m[8]!.toLowerCase()] ?? 0, +m[7]!);
}

/** "kl. 08:00", "kl. 8.30", "kl 16" → "08:00", "08:30", "16:00". */
export function findTime(s: string): string | null {
  const m = /\bkl\.?\s*(\d{1,2})(?:[.:](\d{2}))?\b/i.exec(s);
  if (!m) return null;
  const h = +m[1]!;
  const min = m[2] ? +m[2] : 0;
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
