/**
 * Dates and times as the municipality sees them. The API writes local time with its offset
 * ("2026-05-04T14:00:00+02:00", even in the field called MeetingBeginUtc); that text is the
 * local time. A timestamp in UTC ("…Z") is turned into Danish time.
 */

export interface LocalDateTime {
  /** "2026-05-04" */
  date: string;
  /** "14:00", or null when the text has no time */
  time: string | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const DANISH = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The local date and time of an API timestamp, or null when it is not one (any value). */
export function localDateTime(value: unknown): LocalDateTime | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, zone] = m as unknown as [string, string, string, string, string?, string?, string?];
  if (!validDate(+y, +mo, +d) || (h !== undefined && (+h > 23 || +mi! > 59))) return null;
  if (zone === 'Z' && h !== undefined) return danish(new Date(value.trim()));
  return { date: `${y}-${mo}-${d}`, time: h === undefined ? null : `${h}:${mi}` };
}

/** The date and time in Denmark at an instant. */
export function danish(instant: Date): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const p of DANISH.formatToParts(instant)) parts[p.type] = p.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** "2026-05-31" plus -3 months is "2026-02-28": the day is kept where the month has it. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
