/**
 * A meeting as an iCalendar file (RFC 5545), for "Føj til kalender": one event in
 * Danish local time (Europe/Copenhagen, with its VTIMEZONE so any calendar reads it
 * right), or an all-day event when the list gives no start time. Pure text: CRLF
 * line ends, TEXT values escaped, lines folded at 75 octets of UTF-8.
 */

export interface CalendarItem {
  number: number;
  title: string;
  /** Labels of the followed topics the item matches. */
  topics: string[];
}

export interface CalendarMeeting {
  /** The meeting's entry id on the host: with the host, the event's UID (a calendar updates the same event on a new download). */
  id: string;
  host: string;
  committee: string;
  municipality: string | null;
  /** Local date, "2026-05-18". */
  date: string;
  /** Local start, "17:00"; null: an all-day event. */
  startTime: string | null;
  place: string | null;
  /** The meeting's page on the host. */
  url: string | null;
  /** The meeting's items that match a followed topic. */
  items: CalendarItem[];
}

const TZID = 'Europe/Copenhagen';
/** The list gives no end: a committee meeting is shown as two hours. */
const DURATION_MINUTES = 120;

/** Denmark's rules since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT as RFC 5545 §3.3.11 writes it: \ ; , escaped, line breaks as \n, other control characters left out. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** A content line folded so no line passes 75 octets (§3.1): a continuation starts with one space, and no character is split. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const compact = (date: string) => date.replaceAll('-', '');

/** The local date and time `minutes` after `date` `time`, as DATE-TIME without a zone ("20260518T190000"). */
function localAfter(date: string, time: string, minutes: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  // Wall-clock arithmetic in UTC (no summer time there); the TZID says where the wall is.
  const t = new Date(Date.UTC(y, m - 1, d, h, min + minutes));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}00`;
}

function nextDay(date: string): string {
  return localAfter(date, '00:00', 24 * 60).slice(0, 8);
}

/** "20260514T100000Z". */
function utcStamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** What the event's DESCRIPTION says: the matching items by number, then the link. */
function description(m: CalendarMeeting): string {
  const parts: string[] = [];
  if (m.items.length > 0) {
    parts.push(['Punkter om emner, du følger:', ...m.items.map((i) => `${i.number}. ${i.title}${i.topics.length ? ` (${i.topics.join(', ')})` : ''}`)].join('\n'));
  }
  if (m.url) parts.push(`Mødet på kommunens side: ${m.url}`);
  return parts.join('\n\n');
}

/** The meeting as the text of an .ics file. `now` is the DTSTAMP. */
export function meetingIcs(m: CalendarMeeting, now: Date): string {
  const when = m.startTime
    ? [`DTSTART;TZID=${TZID}:${localAfter(m.date, m.startTime, 0)}`, `DTEND;TZID=${TZID}:${localAfter(m.date, m.startTime, DURATION_MINUTES)}`]
    : [`DTSTART;VALUE=DATE:${compact(m.date)}`, `DTEND;VALUE=DATE:${nextDay(m.date)}`];
  const text = description(m);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Referat//Kommende moeder//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(m.startTime ? VTIMEZONE : []),
    'BEGIN:VEVENT',
    `UID:${escapeText(`${m.id}@${m.host}`)}`,
    `DTSTAMP:${utcStamp(now)}`,
    ...when,
    `SUMMARY:${escapeText(m.municipality ? `${m.committee} (${m.municipality})` : m.committee)}`,
    ...(m.place ? [`LOCATION:${escapeText(m.place)}`] : []),
    ...(text ? [`DESCRIPTION:${escapeText(text)}`] : []),
    // A URI, not TEXT: not escaped (the caller gives only http(s) addresses, which hold no line breaks).
    ...(m.url ? [`URL:${m.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "2026-05-18-oekonomiudvalget.ics": the date and the committee, in letters every file system takes. */
export function icsFileName(m: Pick<CalendarMeeting, 'date' | 'committee'>): string {
  const slug = m.committee
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${m.date}${slug ? `-${slug}` : ''}.ics`;
}
