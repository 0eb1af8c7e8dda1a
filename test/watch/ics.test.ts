/**
 * "Føj til kalender": a meeting as an .ics file, byte for byte (CRLF, the time zone,
 * folding at 75 octets of UTF-8, TEXT escaping), and read back by a real iCalendar
 * parser (ical.js), which must find the same meeting at the same instant.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsFileName, meetingIcs, type CalendarMeeting } from '../../lib/watch/ics';

const NOW = new Date('2026-05-14T10:00:00.000Z');

const MEETING: CalendarMeeting = {
  id: '0cad2b4d-c4a2-4583-a053-60704b2da0e5',
  host: 'dagsordener-referater.hvidovre.dk',
  committee: 'Økonomiudvalget',
  municipality: 'Hvidovre Kommune',
  date: '2026-05-18',
  startTime: '17:00',
  place: 'Rådhuset, mødesal 1',
  url: 'https://dagsordener-referater.hvidovre.dk/vis?id=0cad2b4d-c4a2-4583-a053-60704b2da0e5',
  items: [
    { number: 3, title: 'Samling af Blå Kors Varmestue og det øvrige misbrug/udsatte-område', topics: ['Blå Kors Varmestue'] },
    { number: 12, title: 'Budget 2027; første behandling', topics: ['budget', 'skoler'] },
  ],
};

const TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Copenhagen',
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

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

/** The event as ical.js reads it, its times as instants. */
function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  try {
    return {
      uid: event.uid, summary: event.summary, location: event.location, description: event.description,
      url: event.component.getFirstPropertyValue('url'),
      allDay: event.startDate.isDate,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      end: event.endDate.isDate ? event.endDate.toString() : event.endDate.toJSDate().toISOString(),
    };
  } finally {
    if (zone) ICAL.TimezoneService.remove('Europe/Copenhagen');
  }
}

describe('meetingIcs', () => {
  it('writes the meeting in Danish local time with its time zone, CRLF line ends and folded long lines', () => {
    const text = meetingIcs(MEETING, NOW);
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Referat//Kommende moeder//DA',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        ...TIMEZONE,
        'BEGIN:VEVENT',
        'UID:0cad2b4d-c4a2-4583-a053-60704b2da0e5@dagsordener-referater.hvidovre.dk',
        'DTSTAMP:20260514T100000Z',
        'DTSTART;TZID=Europe/Copenhagen:20260518T170000',
        'DTEND;TZID=Europe/Copenhagen:20260518T190000',
        'SUMMARY:Økonomiudvalget (Hvidovre Kommune)',
        'LOCATION:Rådhuset\\, mødesal 1',
        // 75 octets each: "ø" and "å" count two.
        'DESCRIPTION:Punkter om emner\\, du følger:\\n3. Samling af Blå Kors Varmest',
        ' ue og det øvrige misbrug/udsatte-område (Blå Kors Varmestue)\\n12. Budge',
        ' t 2027\\; første behandling (budget\\, skoler)\\n\\nMødet på kommunens side',
        ' : https://dagsordener-referater.hvidovre.dk/vis?id=0cad2b4d-c4a2-4583-a053',
        ' -60704b2da0e5',
        'URL:https://dagsordener-referater.hvidovre.dk/vis?id=0cad2b4d-c4a2-4583-a05',
        ' 3-60704b2da0e5',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    // No line passes 75 octets, and no line end is a bare LF or CR.
    const lines = text.split('\r\n');
    expect(lines.filter((l) => octets(l) > 75)).toEqual([]);
    expect(lines.filter((l) => /[\r\n]/.test(l))).toEqual([]);
  });

  it('is read back by ical.js as the same meeting at the same instants (17:00 in May is 15:00 UTC)', () => {
    expect(parsed(meetingIcs(MEETING, NOW))).toEqual({
      uid: '0cad2b4d-c4a2-4583-a053-60704b2da0e5@dagsordener-referater.hvidovre.dk',
      summary: 'Økonomiudvalget (Hvidovre Kommune)',
      location: 'Rådhuset, mødesal 1',
      description:
        'Punkter om emner, du følger:\n3. Samling af Blå Kors Varmestue og det øvrige misbrug/udsatte-område (Blå Kors Varmestue)\n' +
        '12. Budget 2027; første behandling (budget, skoler)\n\nMødet på kommunens side: https://dagsordener-referater.hvidovre.dk/vis?id=0cad2b4d-c4a2-4583-a053-60704b2da0e5',
      url: 'https://dagsordener-referater.hvidovre.dk/vis?id=0cad2b4d-c4a2-4583-a053-60704b2da0e5',
      allDay: false,
      start: '2026-05-18T15:00:00.000Z',
      end: '2026-05-18T17:00:00.000Z',
    });
  });

  it('puts a winter meeting one hour from UTC, and a late one ending after midnight on the next day', () => {
    const winter = parsed(meetingIcs({ ...MEETING, date: '2026-01-12', startTime: '23:00' }, NOW));
    expect([winter.start, winter.end]).toEqual(['2026-01-12T22:00:00.000Z', '2026-01-13T00:00:00.000Z']);
    expect(meetingIcs({ ...MEETING, date: '2026-12-31', startTime: '23:30' }, NOW)).toContain(
      'DTSTART;TZID=Europe/Copenhagen:20261231T233000\r\nDTEND;TZID=Europe/Copenhagen:20270101T013000\r\n',
    );
  });

  it('makes an all-day event without a time zone when the list gives no start time, and leaves out what is unknown', () => {
    const text = meetingIcs({ ...MEETING, startTime: null, place: null, municipality: null, url: null, items: [] }, NOW);
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Referat//Kommende moeder//DA',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:0cad2b4d-c4a2-4583-a053-60704b2da0e5@dagsordener-referater.hvidovre.dk',
        'DTSTAMP:20260514T100000Z',
        'DTSTART;VALUE=DATE:20260518',
        'DTEND;VALUE=DATE:20260519',
        'SUMMARY:Økonomiudvalget',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(parsed(text)).toMatchObject({ allDay: true, start: '2026-05-18', end: '2026-05-19', summary: 'Økonomiudvalget' });
  });

  it('keeps the same UID for the same meeting, whatever else changed', () => {
    const uid = (m: CalendarMeeting) => /^UID:(.*)$/m.exec(meetingIcs(m, NOW))![1];
    expect(uid({ ...MEETING, place: 'Andet sted', items: [] })).toBe(uid(MEETING));
    expect(uid({ ...MEETING, host: '127.0.0.1:8080' })).toBe('0cad2b4d-c4a2-4583-a053-60704b2da0e5@127.0.0.1:8080');
  });

  it('escapes what the page wrote, so a place cannot add a property', () => {
    const text = meetingIcs({ ...MEETING, place: 'Sal 2\r\nEND:VEVENT\nX;Y,Z\\W\u0007', items: [] }, NOW);
    expect(text).toContain('\r\nLOCATION:Sal 2\\nEND:VEVENT\\nX\\;Y\\,Z\\\\W\r\n');
    expect(parsed(text).location).toBe('Sal 2\nEND:VEVENT\nX;Y,Z\\W');
  });
});

describe('foldLine', () => {
  it('folds at 75 octets counting UTF-8 bytes, never inside a character', () => {
    // 30 × "æ" is 60 octets: with "DESCRIPTION:" (12) the line is 72; five more "ø" pass 75.
    const line = `DESCRIPTION:${'æ'.repeat(30)}${'ø'.repeat(5)}`;
    expect(foldLine(line)).toBe(`DESCRIPTION:${'æ'.repeat(30)}ø\r\n ${'ø'.repeat(4)}`);
    const long = `X:${'å'.repeat(200)}🙂`;
    const folded = foldLine(long).split('\r\n');
    // "X:" and 36 × "å" make 74 octets: a 37th would pass 75, so the first line ends there.
    expect(folded.map(octets)).toEqual([74, 75, 75, 75, 75, 37]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
  });

  it('leaves a line of 75 octets as it is', () => {
    const line = `A:${'b'.repeat(73)}`;
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}c`)).toBe(`${line}\r\n c`);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('icsFileName', () => {
  it('names the file by the date and the committee in plain letters', () => {
    expect(icsFileName(MEETING)).toBe('2026-05-18-oekonomiudvalget.ics');
    expect(icsFileName({ date: '2026-05-18', committee: 'Børne- og Uddannelsesudvalget / Åben del' })).toBe('2026-05-18-boerne-og-uddannelsesudvalget-aaben-del.ics');
    expect(icsFileName({ date: '2026-05-18', committee: '???' })).toBe('2026-05-18.ics');
  });
});
