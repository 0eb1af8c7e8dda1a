/** The pure parts of the followed committees' views: the Danish status lines, the routes, the import summary, one row per meeting. */
import { describe, expect, it } from 'vitest';
import { hostStatus, intervalLabel, lastCheckedText, newsText, whenText } from '../../components/watch/status';
import { parseRoute, routeHash } from '../../components/shared/routes';
import { compareDanish } from '../../components/shared/format';
import { summaryText } from '../../components/pwa/transfer/ImportPanel';
import { mergeEntries } from '../../lib/watch/upcoming';
import { firstAgendaHost, followedCommitteeOf } from '../../lib/watch/follow-state';
import { committeeKey } from '../../lib/threads/keys';
import { CAPTURED, CHECK, ENTRIES, entryOf, OEKONOMI } from '../helpers/watch-library';

const HOUR = 3_600_000;

describe('status lines', () => {
  it('say when in Danish time, by day', () => {
    expect(whenText(CAPTURED, CAPTURED)).toBe('i dag kl. 12:00');
    expect(whenText(CAPTURED - 13 * HOUR, CAPTURED)).toBe('i går kl. 23:00');
    expect(whenText(CAPTURED + 13 * HOUR, CAPTURED)).toBe('i morgen kl. 01:00');
    expect(whenText(Date.parse('2026-01-05T08:30:00Z'), CAPTURED)).toBe('5. januar 2026 kl. 09:30');
  });

  it('say what a check brought', () => {
    expect(newsText({ created: 2, updated: 1, unreadable: 0 })).toBe('2 nye, 1 ændret');
    expect(newsText({ created: 1, updated: 3, unreadable: 1 })).toBe('1 ny, 3 ændrede, 1 kunne ikke læses');
    expect(newsText({ created: 0, updated: 0, unreadable: 0 })).toBe('intet nyt');
  });

  it('give a host\'s line: checked, failing with when it is tried again, or not checked yet', () => {
    expect(hostStatus(CHECK, CAPTURED + HOUR)).toEqual({ text: 'Tjekket i dag kl. 12:00: 2 nye, 1 ændret.', failing: false });
    const failing = { ...CHECK, problem: 'Siden er flyttet til example.dk.', client: { failures: 3, nextTryAt: CAPTURED + 20 * HOUR, lastFailure: { kind: 'moved' } } };
    expect(hostStatus(failing, CAPTURED)).toEqual({ text: 'Siden er flyttet til example.dk. Prøves igen i morgen kl. 08:00.', failing: true });
    expect(hostStatus({ ...failing, client: { ...failing.client, nextTryAt: null } }, CAPTURED).text).toBe('Siden er flyttet til example.dk. Prøves igen ved næste tjek.');
    expect(hostStatus(undefined, CAPTURED)).toEqual({ text: 'Ikke tjekket endnu.', failing: false });
    expect(hostStatus({ ...CHECK, checkedAt: null, okAt: null }, CAPTURED)).toEqual({ text: 'Ikke tjekket endnu.', failing: false });
  });

  it('say when the extension last checked any host', () => {
    expect(lastCheckedText([CHECK, { ...CHECK, host: 'b', checkedAt: CAPTURED - 30 * HOUR }], CAPTURED)).toBe('Udvidelsen tjekkede sidst i dag kl. 12:00.');
    expect(lastCheckedText([{ ...CHECK, checkedAt: null }], CAPTURED)).toBeNull();
    expect(lastCheckedText([], CAPTURED)).toBeNull();
  });

  it('name the intervals', () => {
    expect([1, 2, 4, 24].map(intervalLabel)).toEqual(['hver time', 'hver 2. time', 'hver 4. time', 'en gang i døgnet']);
  });
});

describe('routes', () => {
  it('read and write #/udvalg with the chosen host, and #/kommende', () => {
    expect(parseRoute('#/udvalg')).toEqual({ view: 'committees', host: null });
    expect(parseRoute('#/udvalg?vaert=dagsordener.hvidovre.dk')).toEqual({ view: 'committees', host: 'dagsordener.hvidovre.dk' });
    expect(parseRoute('#/kommende')).toEqual({ view: 'upcoming' });
    expect(routeHash({ view: 'committees', host: '127.0.0.1:8080' })).toBe('#/udvalg?vaert=127.0.0.1%3A8080');
    expect(parseRoute(routeHash({ view: 'committees', host: '127.0.0.1:8080' }))).toEqual({ view: 'committees', host: '127.0.0.1:8080' });
  });
});

describe('the import summary', () => {
  it('names the committees a bundle brought, and nothing more when it brought none', () => {
    const s = { meetings: 1, created: 1, updated: 0, unchanged: 0, kept: 0, reads: 0, notes: 0, topics: 2, committees: 0 };
    expect(summaryText(s)).toBe('1 møde (1 nyt), 0 læsemarkeringer, 0 noter og 2 emner.');
    expect(summaryText({ ...s, committees: 3 })).toBe('1 møde (1 nyt), 0 læsemarkeringer, 0 noter, 2 emner og 3 udvalg.');
  });
});

describe('Danish order', () => {
  it('puts æ, ø, å after z and reads "Aa" as two letters', () => {
    expect(['Ærø Kommune', 'Aarhus Kommune', 'Vejle Kommune', 'Østerbro', 'Aabenraa Kommune', 'Ålborg'].sort(compareDanish)).toEqual([
      'Aabenraa Kommune', 'Aarhus Kommune', 'Vejle Kommune', 'Ærø Kommune', 'Østerbro', 'Ålborg',
    ]);
  });
});

describe('mergeEntries', () => {
  it('makes one row of a meeting\'s agenda, supplementary agenda and minutes; leaves out committees not followed', () => {
    const minutes = entryOf('m', { name: 'Referat', concluded: true, releasedAt: '2026-05-19T09:00:00+02:00', meetingId: 'saved' });
    const other = entryOf('x', { committeeKey: 'other|1' });
    const rows = mergeEntries([minutes, ENTRIES.june, ENTRIES.supplementary, ENTRIES.agenda, other], [OEKONOMI]);
    expect(rows.map((r) => [r.date, r.startTime, r.documents, r.entryId, r.meetingId, r.published])).toEqual([
      ['2026-05-18', '17:00', ['Dagsorden', 'Tillægsdagsorden', 'Referat'], ENTRIES.agenda.id, 'saved', true],
      ['2026-06-15', null, ['Dagsorden'], ENTRIES.june.id, null, false],
    ]);
  });

  it('orders a day\'s timed meetings before one without a time', () => {
    const rows = mergeEntries([entryOf('a', { startTime: null }), entryOf('b', { startTime: '09:00' })], [OEKONOMI]);
    expect(rows.map((r) => r.entryId)).toEqual(['b', 'a']);
  });
});

describe('follow state', () => {
  it('knows FirstAgenda meeting pages by their host or their address', () => {
    expect(firstAgendaHost('https://dagsordener.aarhus.dk/vis?id=x')).toBe('dagsordener.aarhus.dk');
    expect(firstAgendaHost('http://127.0.0.1:8080/vis?id=0cad2b4d-c4a2-4583-a053-60704b2da0e5')).toBe('127.0.0.1:8080');
    expect(firstAgendaHost('https://www.herning.dk/referat')).toBeNull();
    expect(firstAgendaHost('javascript:alert(1)')).toBeNull();
    expect(firstAgendaHost(null)).toBeNull();
  });

  it('finds the followed committee by host and name, the period left out', () => {
    const url = `${OEKONOMI.origin}/vis?id=1`;
    expect(committeeKey('Økonomiudvalget 2018-2021')).toBe(committeeKey('økonomiudvalget'));
    expect(followedCommitteeOf([OEKONOMI], url, 'Økonomiudvalget 2018-2021')).toEqual(OEKONOMI);
    expect(followedCommitteeOf([OEKONOMI], url, 'ØKONOMIUDVALGET')).toEqual(OEKONOMI);
    expect(followedCommitteeOf([OEKONOMI], url, 'Kultur- og Fritidsudvalget')).toBeNull();
    expect(followedCommitteeOf([OEKONOMI], 'https://dagsordener.aarhus.dk/vis?id=1', 'Økonomiudvalget')).toBeNull();
  });
});
