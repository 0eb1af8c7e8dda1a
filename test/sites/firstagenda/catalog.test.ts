/** The committee list of Hvidovre (test/fixtures/firstagenda-api/hvidovre/udvalgsliste.json) and variants of it. */
import { describe, expect, it } from 'vitest';
import { committeeById, isCatalogAnswer, readCatalog, successorOf, type Catalog } from '../../../lib/sites/firstagenda/catalog';
import { fixtureText } from '../../helpers/fixtures';

const LIST = 'firstagenda-api/hvidovre/udvalgsliste.json';
/** The day after the list was captured. */
const NOW = Date.parse('2026-05-13T12:00:00+02:00');

type Raw = { Udvalg: Record<string, { Id: string; Navn: string; Moeder: Record<string, unknown>[] }[]> };
const raw = (): Raw => JSON.parse(fixtureText(LIST)) as Raw;
const meetings = (c: Catalog) => c.periods.flatMap((p) => p.committees.flatMap((k) => k.meetings));
const count = <T>(list: T[], key: (t: T) => string) => {
  const counts: Record<string, number> = {};
  for (const t of list) counts[key(t)] = (counts[key(t)] ?? 0) + 1;
  return counts;
};

describe('the real list', () => {
  const catalog = readCatalog(JSON.parse(fixtureText(LIST)), NOW);
  const all = meetings(catalog);

  it('has 5 periods, 34 committees and 1,400 meetings, with no warnings', () => {
    expect(catalog.warnings).toEqual([]);
    expect(catalog.periods.map((p) => [p.name, p.years, p.committees.length, p.committees.reduce((n, c) => n + c.meetings.length, 0)])).toEqual([
      ['Udvalg 2026-2029', { from: 2026, to: 2029 }, 9, 61],
      ['Udvalg 2022-2025', { from: 2022, to: 2025 }, 8, 465],
      ['Udvalg 2018-2021', { from: 2018, to: 2021 }, 8, 429],
      ['Udvalg 2014-2017', { from: 2014, to: 2017 }, 7, 374],
      ['Folkeoplysningsudvalget 2014 og frem', null, 2, 71],
    ]);
    expect(all.length).toBe(1400);
  });

  it('names the entries as the README counts them', () => {
    expect(count(all, (m) => m.name)).toEqual({
      Referat: 1345, Tillægsdagsorden: 41, Dagsorden: 12, 'Lukket referat': 1, 'Referat 1. behandling budget': 1,
    });
    expect(all.filter((m) => m.concluded).length).toBe(1347);
    expect(all.filter((m) => m.supplementary).map((m) => m.name)).toEqual(Array(41).fill('Tillægsdagsorden'));
    expect(all.filter((m) => m.releasedAt === null).length).toBe(506);
    const dates = all.map((m) => m.date).sort();
    expect([dates[0], dates.at(-1)]).toEqual(['2014-01-13', '2026-05-18']);
  });

  it('reads the meeting of agenda.json', () => {
    expect(all.find((m) => m.id === '0cad2b4d-c4a2-4583-a053-60704b2da0e5')).toEqual({
      id: '0cad2b4d-c4a2-4583-a053-60704b2da0e5',
      committeeId: '5dd92504-8e21-4dc9-90cc-1584b1ca0882',
      date: '2026-05-18',
      startTime: '17:00',
      releasedAt: '2026-05-12T15:44:51.9603688+02:00',
      concluded: false,
      name: 'Dagsorden',
      supplementary: false,
      place: 'Hvidovre',
    });
    expect(committeeById(catalog, '5dd92504-8e21-4dc9-90cc-1584b1ca0882')).toMatchObject({
      name: 'Økonomiudvalget', period: 'Udvalg 2026-2029', current: true,
    });
  });

  it('keeps the 1. behandling minutes without a release date, and the closed minutes re-released in 2025', () => {
    expect(all.find((m) => m.id === '6b1fce5f-30e8-418d-9dca-f39a53d6a139')).toEqual({
      id: '6b1fce5f-30e8-418d-9dca-f39a53d6a139', committeeId: '3bbdcb5e-0ea0-4506-a3ad-c5bd39552624', date: '2017-08-28',
      startTime: '09:00', releasedAt: null, concluded: true, name: 'Referat 1. behandling budget', supplementary: false, place: 'Hvidovre',
    });
    expect(all.find((m) => m.id === '7b01447c-4b87-42a4-9d0d-fae562043c4b')).toMatchObject({
      date: '2018-12-18', startTime: '17:00', releasedAt: '2025-09-26T19:20:41.5121334+02:00', concluded: true, name: 'Lukket referat',
    });
  });

  it('trims and squashes the free-text places: 125 different ones', () => {
    const places = count(all, (m) => String(m.place));
    expect(Object.keys(places).length).toBe(125);
    expect([places.Hvidovre, places['Sollentuna II'], places['KB-Salen']]).toEqual([571, 265, 176]);
    expect(Object.keys(places).filter((p) => p !== p.trim() || p.includes('  '))).toEqual([]);
    expect(['h', 'Mødelokale "Directors"', 'Fællesklublokalet, Frihedens Idrætscenter, Hvidovr'].map((p) => p in places)).toEqual([true, true, true]);
  });

  it('lists the two entries of one meeting with the same committee and time', () => {
    const kultur = committeeById(catalog, '739fac5e-68dc-46f3-8138-d0edd775d003')!;
    expect(kultur.name).toBe('Kultur- og Fritidsudvalget');
    expect(kultur.meetings.filter((m) => m.date === '2026-03-02').map((m) => [m.id, m.name, m.startTime, m.releasedAt])).toEqual([
      ['0332f3c0-f40d-4d88-bdbe-71cb9c1f1e6b', 'Dagsorden', '11:00', '2026-03-02T09:04:08.3713094+01:00'],
      ['3e80684a-0bcf-43b7-a2be-b9842237fdff', 'Referat', '11:00', '2026-03-03T11:42:18.5745704+01:00'],
    ]);
  });
});

describe('which committees are current', () => {
  const current = (now: string) => {
    const c = readCatalog(JSON.parse(fixtureText(LIST)), Date.parse(now));
    return {
      periods: c.periods.filter((p) => p.current).map((p) => p.name),
      committees: c.periods.flatMap((p) => p.committees).filter((k) => k.current).length,
      folkeoplysning: c.periods[4]!.committees.map((k) => [k.name, k.current]),
    };
  };

  it('in May 2026: the council of 2026-2029 and the Folkeoplysningsudvalget that met in December', () => {
    expect(current('2026-05-13T12:00:00+02:00')).toEqual({
      periods: ['Udvalg 2026-2029', 'Folkeoplysningsudvalget 2014 og frem'],
      committees: 10,
      folkeoplysning: [['Folkeoplysningsudvalget', true], ['Folkeoplysningsudvalget 2014-2019', false]],
    });
  });

  it('in December 2025, when the new council has met and the old one still meets: both', () => {
    expect(current('2025-12-10T12:00:00+01:00').periods).toEqual(['Udvalg 2026-2029', 'Udvalg 2022-2025', 'Folkeoplysningsudvalget 2014 og frem']);
    expect(current('2025-12-10T12:00:00+01:00').committees).toBe(18);
  });

  it('in November 2025, before the new council has met: only the old one', () => {
    expect(current('2025-11-20T12:00:00+01:00').periods).toEqual(['Udvalg 2022-2025', 'Folkeoplysningsudvalget 2014 og frem']);
  });

  it('in 2031, with a stale list: the newest period that has begun; the Folkeoplysningsudvalget has not met for a year', () => {
    expect(current('2031-03-01T12:00:00+01:00')).toEqual({
      periods: ['Udvalg 2026-2029'],
      committees: 9,
      folkeoplysning: [['Folkeoplysningsudvalget', false], ['Folkeoplysningsudvalget 2014-2019', false]],
    });
  });

  it('the old Økonomiudvalget is carried on by the current one; a renamed committee has no successor', () => {
    const c = readCatalog(JSON.parse(fixtureText(LIST)), NOW);
    const byName = (name: string, period: string) => c.periods.find((p) => p.name === period)!.committees.find((k) => k.name === name)!.id;
    expect(successorOf(c, byName('Økonomiudvalget', 'Udvalg 2022-2025'))?.id).toBe('5dd92504-8e21-4dc9-90cc-1584b1ca0882');
    expect(successorOf(c, byName('Økonomiudvalget 2018-2021', 'Udvalg 2018-2021'))?.id).toBe('5dd92504-8e21-4dc9-90cc-1584b1ca0882');
    expect(successorOf(c, byName('Social- og Arbejdsmarkedsudvalget', 'Udvalg 2022-2025'))).toBe(null);
    expect(successorOf(c, '5dd92504-8e21-4dc9-90cc-1584b1ca0882')).toBe(null);
    expect(successorOf(c, 'no-such-id')).toBe(null);
  });
});

describe('variants', () => {
  it('any JSON value that is not a committee list gives an empty catalog and one sentence', () => {
    const refusal = ['Svaret er ikke en udvalgsliste fra FirstAgenda: feltet Udvalg mangler.'];
    for (const value of [null, 0, 'Udvalg', [], [{ Udvalg: {} }], {}, { Udvalg: [] }, { Udvalg: null }, { udvalg: {} }]) {
      expect(isCatalogAnswer(value)).toBe(false);
      expect(readCatalog(value, NOW)).toEqual({ periods: [], warnings: refusal });
    }
    expect(readCatalog({ Udvalg: {} }, NOW)).toEqual({ periods: [], warnings: [] });
  });

  it('skips what it cannot read and says so', () => {
    const list = raw();
    const oek = list.Udvalg['Udvalg 2026-2029']!.find((c) => c.Navn === 'Økonomiudvalget')!;
    const [a, b, c, d, e] = oek.Moeder as Record<string, unknown>[];
    delete a!.Dato;
    delete a!.MeetingBeginUtc;
    delete b!.Id;
    c!.Afsluttet = 'true';
    c!.ReleasedDate = 20260512;
    c!.Sted = 5;
    delete d!.Navn;
    e!.Dato = '2026-02-30T10:00:00+01:00';
    e!.MeetingBeginUtc = null;
    list.Udvalg['Udvalg 2026-2029']!.push({ Id: '', Navn: 'Uden id', Moeder: [] }, 7 as never, { Id: 'x', Navn: 'Uden møder' } as never);
    (list.Udvalg as Record<string, unknown>).Tom = 'ingen';
    const catalog = readCatalog(list, NOW);
    expect(catalog.warnings).toEqual([
      `Mødet ${a!.Id} i "Økonomiudvalget" har ingen gyldig dato og er sprunget over.`,
      'Et møde i "Økonomiudvalget" har intet id og er sprunget over.',
      `Mødet ${c!.Id} i "Økonomiudvalget" siger ikke, om det er afsluttet; det er læst som ikke afsluttet.`,
      `Mødet ${c!.Id} i "Økonomiudvalget" har en udgivelsesdato, der ikke er tekst; den er ignoreret.`,
      `Mødet ${c!.Id} i "Økonomiudvalget" har et mødested, der ikke er tekst; det er ignoreret.`,
      `Mødet ${d!.Id} i "Økonomiudvalget" har intet navn (Dagsorden, Referat …).`,
      `Mødet ${e!.Id} i "Økonomiudvalget" har ingen gyldig dato og er sprunget over.`,
      'Et udvalg i "Udvalg 2026-2029" mangler id og er sprunget over.',
      'Et udvalg i "Udvalg 2026-2029" er ikke et objekt og er sprunget over.',
      'Udvalget "Uden møder" har ingen liste over møder.',
      'Perioden "Tom" er ikke en liste over udvalg og er sprunget over.',
    ]);
    expect(meetings(catalog).length).toBe(1400 - 3);
    expect(meetings(catalog).find((m) => m.id === c!.Id)).toMatchObject({ concluded: false, releasedAt: null, place: null });
    expect(meetings(catalog).find((m) => m.id === d!.Id)).toMatchObject({ name: '', concluded: true });
    expect(catalog.periods.map((p) => p.name)).toEqual(['Udvalg 2026-2029', 'Udvalg 2022-2025', 'Udvalg 2018-2021', 'Udvalg 2014-2017', 'Folkeoplysningsudvalget 2014 og frem']);
    expect(catalog.periods[0]!.committees.map((k) => k.name).at(-1)).toBe('Uden møder');
  });

  it('reads a meeting id once when the list has it twice, and a committee listed twice once', () => {
    const list = raw();
    const period = list.Udvalg['Udvalg 2026-2029']!;
    const oek = period.find((c) => c.Navn === 'Økonomiudvalget')!;
    const first = oek.Moeder[0]!;
    list.Udvalg['Udvalg 2022-2025']![0]!.Moeder.push({ ...first, Navn: 'Referat' });
    list.Udvalg['Udvalg 2022-2025']!.push({ ...oek, Moeder: [...oek.Moeder.slice(0, 2), { ...first, Id: 'ny-id' }] });
    const catalog = readCatalog(list, NOW);
    expect(catalog.warnings).toEqual([
      `Mødet ${first.Id} står mere end én gang; kun det første er læst.`,
      `Udvalget "Økonomiudvalget" (${oek.Id}) står to gange; dets møder er lagt under det første.`,
      `Mødet ${oek.Moeder[0]!.Id} står mere end én gang; kun det første er læst.`,
      `Mødet ${oek.Moeder[1]!.Id} står mere end én gang; kun det første er læst.`,
    ]);
    expect(meetings(catalog).length).toBe(1401);
    expect(meetings(catalog).filter((m) => m.id === first.Id).map((m) => [m.committeeId, m.name])).toEqual([[oek.Id, 'Dagsorden']]);
    const merged = committeeById(catalog, oek.Id)!;
    expect([merged.period, merged.meetings.length, merged.meetings.at(-1)!.id]).toEqual(['Udvalg 2026-2029', 9, 'ny-id']);
    expect(catalog.periods[1]!.committees.length).toBe(8);
  });

  it('turns UTC into Danish time, keeps a date without time, and takes MeetingBeginUtc when Dato is missing', () => {
    const one = (m: Record<string, unknown>) => meetings(readCatalog({ Udvalg: { 'Udvalg 2026-2029': [{ Id: 'k', Navn: 'K', Moeder: [{ Id: 'm', Navn: 'Dagsorden', Afsluttet: false, ...m }] }] } }, NOW))[0];
    expect(one({ Dato: '2026-01-05T13:00:00Z' })).toMatchObject({ date: '2026-01-05', startTime: '14:00' });
    expect(one({ Dato: '2026-05-18T22:30:00.123Z' })).toMatchObject({ date: '2026-05-19', startTime: '00:30' });
    expect(one({ Dato: '2026-05-18' })).toMatchObject({ date: '2026-05-18', startTime: null });
    expect(one({ Dato: 'i morgen', MeetingBeginUtc: '2026-05-18T17:00:00+02:00' })).toMatchObject({ date: '2026-05-18', startTime: '17:00' });
    expect(one({ Dato: '2026-05-18T25:00:00+02:00' })).toBe(undefined);
    expect(one({ Dato: '2026-05-18T17:00:00+02:00', Sted: '  Byrådssalen\t\n  1. sal ', ReleasedDate: '  ' })).toMatchObject({ place: 'Byrådssalen 1. sal', releasedAt: null });
    expect(one({ Dato: '2026-05-18T17:00:00+02:00', Navn: 'Dagsorden', IsSupplementaryAgenda: true })).toMatchObject({ supplementary: true });
  });

  it('says at most 50 things, then how many more', () => {
    const bad = Array.from({ length: 120 }, () => ({}));
    const catalog = readCatalog({ Udvalg: { P: [{ Id: 'k', Navn: 'K', Moeder: bad }] } }, NOW);
    expect(catalog.warnings.length).toBe(51);
    expect(catalog.warnings.at(-1)).toBe('… og 70 advarsler mere.');
  });

  it('reads 100,000 meetings, and 100,000 repeated ones, in one pass', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ Id: `m${i}`, Dato: '2026-05-18T17:00:00+02:00', Navn: 'Referat', Afsluttet: true, ReleasedDate: null, Sted: 'Hvidovre ' }));
    const started = performance.now();
    const catalog = readCatalog({ Udvalg: { 'Udvalg 2026-2029': [{ Id: 'k', Navn: 'K', Moeder: many }, { Id: 'k2', Navn: 'K2', Moeder: many }] } }, NOW);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(meetings(catalog).length).toBe(100_000);
    expect(catalog.warnings.length).toBe(51);
  });
});
