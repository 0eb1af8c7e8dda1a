import { describe, expect, it } from 'vitest';
import { groupByMonth, storageText } from '../../components/library/model';
import { formatBytes, longDate, monthLabel } from '../../components/shared/format';
import { itemHash, meetingHash, parseRoute, routeHash } from '../../components/shared/routes';

describe('library routes', () => {
  const id = 'herning kommune|beskaeftigelsesudvalget|2023-08-22|08:00';

  it('round-trips a meeting and an item through the hash', () => {
    expect(meetingHash(id)).toBe('#/moede/herning%20kommune%7Cbeskaeftigelsesudvalget%7C2023-08-22%7C08%3A00');
    expect(parseRoute(meetingHash(id))).toEqual({ view: 'meeting', id });
    expect(parseRoute(itemHash(id, 48))).toEqual({ view: 'item', id, number: 48 });
    expect(routeHash(parseRoute(itemHash(id, 48)))).toBe(itemHash(id, 48));
  });

  it('keeps a slash inside an id', () => {
    expect(parseRoute(itemHash('a/b', 3))).toEqual({ view: 'item', id: 'a/b', number: 3 });
  });

  it.each(['', '#', '#/', '#/moede', '#/moede/', '#/noget/andet', '#/moede/%E0%A4%A'])('%j is the list', (hash) => {
    expect(parseRoute(hash)).toEqual({ view: 'list' });
  });

  it('falls back to the meeting for a broken item part', () => {
    expect(parseRoute('#/moede/x/punkt/abc')).toEqual({ view: 'meeting', id: 'x' });
    expect(parseRoute('#/moede/x/punkt/')).toEqual({ view: 'meeting', id: 'x' });
  });
});

describe('grouping and labels', () => {
  it('groups meetings, newest first, by month', () => {
    const groups = groupByMonth([{ date: '2023-08-22' }, { date: '2023-08-01' }, { date: '2022-09-20' }, { date: '2022-09-20' }]);
    expect(groups.map((g) => [g.key, g.label, g.meetings.length])).toEqual([
      ['2023-08', 'August 2023', 2],
      ['2022-09', 'September 2022', 2],
    ]);
  });

  it('names days and months in Danish', () => {
    expect(longDate('2023-08-22')).toBe('22. august 2023');
    expect(longDate('2023-08-22', { weekday: true })).toBe('tirsdag den 22. august 2023');
    expect(monthLabel('2019-12')).toBe('December 2019');
    expect(longDate('ukendt')).toBe('ukendt');
    expect(longDate('ukendt', { weekday: true })).toBe('ukendt');
  });

  it('formats sizes with a Danish decimal comma', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1234)).toBe('1,2 kB');
    expect(formatBytes(5_300_000_000)).toBe('5,3 GB');
    expect(formatBytes(Number.NaN)).toBe('?');
  });

  it('says how much room the library uses and whether it is kept', () => {
    expect(storageText({ usage: 1_200_000, quota: 300_000_000_000 }, true)).toBe(
      'Biblioteket bruger 1,2 MB af 300 GB, som browseren giver plads til. Browseren sletter det ikke af sig selv.',
    );
    expect(storageText({ usage: 0 }, false)).toBe('Biblioteket bruger 0 B. Browseren kan slette det, hvis der bliver trangt om pladsen.');
    expect(storageText(null, null)).toBe('');
  });
});
