/** Each linking rule of lib/threads on small synthetic meetings. */
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Meeting, Reference } from '../../lib/parse/types';
import { buildThreads, type SavedMeeting, type Thread } from '../../lib/threads/index';
import { committeeKey, titleKey } from '../../lib/threads/keys';

function item(number: number, title: string, caseNumber: string | null, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    number, title, caseNumber, closed: false, recovered: false, sections: [], decisions: [{ body: null, date: null, text: `Beslutning ${number}` }],
    attachments: [], history: [], absent: [], references: [], ...extra,
  };
}

function meeting(date: string, items: AgendaItem[], committee = 'Socialudvalget', municipality: string | null = 'Testrup Kommune'): SavedMeeting {
  const m: Meeting = {
    kind: 'referat', municipality, committee, date, startTime: null, location: null, participants: [], absent: [],
    sourceUrl: null, items, warnings: [],
  };
  return { id: `${municipality}|${committee}|${date}`, meeting: m };
}

/** A thread as "date/number" of its entries, unsaved ones as "date/-" or with their number in brackets. */
function shape(t: Thread): string[] {
  return t.entries.map((e) => (e.saved ? `${e.date}/${e.number}` : `${e.date}/[${e.number ?? '-'}]`));
}

describe('threads: case number', () => {
  it('links items of different meetings with the same normalised case number', () => {
    const { threads } = buildThreads([
      meeting('2024-01-10', [item(1, 'Ny skole', '17.00.00-A00-1-24'), item(2, 'Andet', '01.00.00-A00-9-24')]),
      meeting('2024-03-05', [item(4, 'Ny skole, udbud', '17.00.00 A00 1 24')]),
    ]);
    expect(threads.map((t) => [t.key, t.title, shape(t)])).toEqual([
      ['17.00.00-a00-1-24', 'Ny skole, udbud', ['2024-01-10/1', '2024-03-05/4']],
    ]);
  });

  it('keeps case numbers within their municipality', () => {
    const { threads } = buildThreads([
      meeting('2024-01-10', [item(1, 'Vej', '24/100')], 'Teknisk udvalg', 'A Kommune'),
      meeting('2024-02-10', [item(1, 'Skole', '24/100')], 'Teknisk udvalg', 'B Kommune'),
    ]);
    expect(threads).toEqual([]);
  });

  it('does not make a thread of one meeting whose items share a number', () => {
    const { threads } = buildThreads([
      meeting('2024-01-10', [item(1, 'Godkendelse af dagsorden', '21/33982'), item(2, 'Meddelelser', '21/33982'), item(12, 'Eventuelt', '21/33982')]),
    ]);
    expect(threads).toEqual([]);
  });

  it('joins two items of one meeting when another meeting has the case too', () => {
    const { threads } = buildThreads([
      meeting('2023-08-22', [item(51, 'Fællesmøde', '27.00.00-A00-5-15'), item(46, 'Status', '27.00.00-A00-5-15')]),
      meeting('2022-09-20', [item(76, 'Sameksistens', '27.00.00-A00-5-15')]),
    ]);
    expect(threads.map(shape)).toEqual([['2022-09-20/76', '2023-08-22/46', '2023-08-22/51']]);
    expect(threads[0]!.title).toBe('Fællesmøde');
  });
});

describe('threads: standing items', () => {
  const standing = [
    meeting('2024-01-10', [item(1, 'Godkendelse af dagsorden', '00.01.00-A00-1-20'), item(9, 'Meddelelser', '00.01.00-A00-2-20')]),
    meeting('2024-02-14', [item(1, 'Godkendelse af dagsorden.', '00.01.00-A00-1-20'), item(7, 'Meddelelser', '00.01.00-A00-2-20')]),
    meeting('2024-03-13', [item(1, 'Godkendelse af dagsorden', '00.01.00-A00-1-20')]),
  ];

  it('makes no thread of a case number repeated with the same title', () => {
    expect(buildThreads(standing).threads).toEqual([]);
  });

  it('recognises a standing item whose title drifted in a minority of meetings', () => {
    const { threads } = buildThreads([
      meeting('2019-04-24', [item(27, 'Nøgletal på beskæftigelsesområdet', 'P19-1719-10')]),
      meeting('2022-09-20', [item(77, 'Nøgletal på Social og beskæftigelsesområdet', 'P19-1719-10')]),
      meeting('2023-08-22', [item(53, 'Nøgletal på Social og beskæftigelsesområdet', 'P19-1719-10')]),
    ]);
    expect(threads).toEqual([]);
  });

  it('keeps a case whose title repeats in only a minority of its meetings', () => {
    const { threads } = buildThreads([
      meeting('2024-01-10', [item(3, 'Budget 2025, proces', '00.30.00-S00-1-24')]),
      meeting('2024-04-10', [item(5, 'Budget 2025, status', '00.30.00-S00-1-24')]),
      meeting('2024-06-10', [item(4, 'Budget 2025, status', '00.30.00-S00-1-24')]),
      meeting('2024-09-10', [item(2, 'Budget 2025, vedtagelse', '00.30.00-S00-1-24')]),
      meeting('2024-10-10', [item(2, 'Budget 2025, opfølgning', '00.30.00-S00-1-24')]),
    ]);
    expect(threads.map((t) => t.entries.length)).toEqual([5]);
  });

  it('does not link a standing item through a reference to its last meeting', () => {
    const { threads } = buildThreads([
      ...standing,
      meeting('2024-04-10', [item(9, 'Meddelelser', '00.01.00-A00-2-20', { references: [{ date: '2024-02-14', text: 'som nævnt den 14. februar 2024' }] })]),
    ]);
    expect(threads).toEqual([]);
  });
});

describe('threads: history', () => {
  it('links a history entry with a number to that item of the saved meeting', () => {
    const { threads } = buildThreads([
      meeting('2024-01-10', [item(3, 'Plan for unge', '24/1'), item(4, 'Andet', '24/2')], 'Børneudvalget'),
      meeting('2024-02-20', [item(8, 'Plan for unge, høring', '24/777', {
        history: [{ body: 'børneudvalget', date: '2024-01-10', number: 3, text: 'Sendt i høring.' }],
      })], 'Økonomiudvalget'),
    ]);
    expect(threads.map((t) => [t.key, shape(t)])).toEqual([['24/777', ['2024-01-10/3', '2024-02-20/8']]]);
    expect(threads[0]!.entries.map((e) => e.committee)).toEqual(['Børneudvalget', 'Økonomiudvalget']);
  });

  it('without a number links by case number, then by title; the committee matches without its election period', () => {
    const { threads } = buildThreads([
      meeting('2022-09-27', [item(1, 'Danskuddannelse (B)', null), item(2, 'Beskæftigelse', '22/2')], 'Udvalget for arbejdsmarked 2022-2025'),
      meeting('2022-10-25', [
        item(5, 'Danskuddannelse (B).', null, { history: [{ body: 'Udvalget for Arbejdsmarked', date: '2022-09-27' }] }),
        item(6, 'Beskæftigelse, opfølgning', '22/2', { history: [{ body: 'Udvalget for Arbejdsmarked', date: '2022-09-27' }] }),
      ], 'Udvalget for arbejdsmarked 2022-2025'),
    ]);
    expect(threads.map(shape).sort()).toEqual([['2022-09-27/1', '2022-10-25/5'], ['2022-09-27/2', '2022-10-25/6']]);
    expect(threads.find((t) => t.entries[0]!.number === 1)!.key).toBe('item:Testrup Kommune|Udvalget for arbejdsmarked 2022-2025|2022-09-27#1');
  });

  it('keeps a history entry of an unsaved meeting as an unsaved entry, once per meeting', () => {
    const { threads } = buildThreads([
      meeting('2024-03-01', [item(8, 'Status på jobcentret', '22/1093', {
        history: [{ body: 'Socialudvalget', date: '2024-01-07', text: 'Udsat.' }, { body: 'Socialudvalget', date: '2024-03-01' }],
      })]),
      meeting('2024-05-01', [item(2, 'Status på jobcentret, opfølgning', '22/1093', {
        history: [{ body: 'Socialudvalget', date: '2024-01-07' }, { body: 'Socialudvalget', date: '2024-03-01', number: 8 }],
      })]),
    ]);
    expect(threads.map(shape)).toEqual([['2024-01-07/[-]', '2024-03-01/8', '2024-05-01/2']]);
    expect(threads[0]!.entries[0]).toEqual({
      date: '2024-01-07', committee: 'Socialudvalget', number: null, title: null, caseNumber: '22/1093', decision: 'Udsat.', saved: false,
    });
    expect(threads[0]!.meetingCount).toBe(3);
  });

  it('shows one saved item with its unsaved history as a thread of two meetings', () => {
    const { threads } = buildThreads([
      meeting('2024-03-01', [item(8, 'Status', '22/1093', { history: [{ body: 'Socialudvalget', date: '2024-01-07', number: 4 }] })]),
    ]);
    expect(threads.map(shape)).toEqual([['2024-01-07/[4]', '2024-03-01/8']]);
  });

  it('keeps a history entry of a saved meeting whose item is not found, with that meeting', () => {
    const { threads } = buildThreads([
      meeting('2024-01-07', [item(1, 'Andet', '1/1')]),
      meeting('2024-03-01', [item(8, 'Status', '22/1093', { history: [{ body: 'Socialudvalget', date: '2024-01-07', number: 4 }] })]),
    ]);
    expect(threads.map(shape)).toEqual([['2024-01-07/[4]', '2024-03-01/8']]);
    expect(threads[0]!.entries[0]!.meetingId).toBe('Testrup Kommune|Socialudvalget|2024-01-07');
  });
});

describe('threads: references', () => {
  it('links a reference without number to the item with the same title in that body’s meeting', () => {
    const { threads } = buildThreads([
      meeting('2022-09-20', [item(76, 'Gadeplansindsats', '27.00.00-A00-5-15'), item(77, 'Nøgletal', 'X')], 'Beskæftigelsesudvalget'),
      // Another case number, so only the reference can link it.
      meeting('2023-08-22', [item(46, 'Gadeplansindsats', '27.00.00-A00-5-99', {
        references: [{ date: '2022-09-20', body: 'Beskæftigelsesudvalget', text: 'besluttede på udvalgsmødet den 20. september 2022' }],
      })], 'Beskæftigelsesudvalget'),
    ]);
    expect(threads.map(shape)).toEqual([['2022-09-20/76', '2023-08-22/46']]);
  });

  describe('a reference naming a body links only to that body’s meeting; without body, to the own committee’s', () => {
    const sameDay = [
      meeting('2022-09-20', [item(76, 'Gadeplan', 'A')], 'Beskæftigelsesudvalget'),
      meeting('2022-09-20', [item(3, 'Gadeplan', 'B')], 'Byrådet'),
      meeting('2022-09-20', [item(5, 'Gadeplan', 'D')], 'Beskæftigelsesudvalget', 'Andet Kommune'),
    ];
    const later = (reference: Reference) => meeting('2023-08-22', [item(46, 'Gadeplan', 'C', { references: [reference] })], 'Beskæftigelsesudvalget');

    it.each([
      [{ date: '2022-09-20', body: 'Byrådet', text: 'Byrådet besluttede den 20. september 2022' }, ['2022-09-20/3', '2023-08-22/46']],
      [{ date: '2022-09-20', text: 'besluttede den 20. september 2022' }, ['2022-09-20/76', '2023-08-22/46']],
      [{ date: '2022-09-20', number: 76, text: 'den 20. september 2022, punkt 76' }, ['2022-09-20/76', '2023-08-22/46']],
      [{ date: '2022-09-20', number: 4, text: 'den 20. september 2022, punkt 4' }, []],
    ] as [Reference, string[]][])('%j', (reference, expected) => {
      const { threads } = buildThreads([...sameDay, later(reference)]);
      expect(threads.map(shape)).toEqual(expected.length ? [expected] : []);
    });
  });

  it('a reference to a saved meeting with no item of the same case links nothing', () => {
    const { threads } = buildThreads([
      meeting('2022-09-20', [item(1, 'Andet', '1/1')]),
      meeting('2023-01-01', [item(2, 'Noget', '2/2', { references: [{ date: '2022-09-20', text: 'på mødet den 20. september 2022' }] })]),
    ]);
    expect(threads).toEqual([]);
  });
});

describe('threads: merging and order', () => {
  it('merges transitive links into one thread keyed by the most common case number', () => {
    const { threads, threadOf } = buildThreads([
      meeting('2024-01-01', [item(1, 'A', '10/1')]),
      meeting('2024-02-01', [item(2, 'B', '10/2', { history: [{ body: 'Socialudvalget', date: '2024-01-01', number: 1 }] })]),
      meeting('2024-03-01', [item(3, 'C', '10/3', { references: [{ date: '2024-02-01', number: 2, text: 'den 1. februar 2024, punkt 2' }] })]),
      meeting('2024-04-01', [item(4, 'D', '10/3')]),
      meeting('2024-05-01', [item(5, 'Other', '99/9'), item(6, 'Other 2', '98/9')]),
      meeting('2024-06-01', [item(7, 'Other later', '99/9')]),
    ]);
    expect(threads.map((t) => [t.key, t.title, shape(t)])).toEqual([
      ['99/9', 'Other later', ['2024-05-01/5', '2024-06-01/7']],
      ['10/3', 'D', ['2024-01-01/1', '2024-02-01/2', '2024-03-01/3', '2024-04-01/4']],
    ]);
    expect(threadOf('Testrup Kommune|Socialudvalget|2024-01-01', 1)).toBe(threads[1]);
    expect(threadOf('Testrup Kommune|Socialudvalget|2024-05-01', 6)).toBeUndefined();
  });

  it('gives threads with one case number in two municipalities distinct keys', () => {
    const { threads } = buildThreads([
      meeting('2024-01-01', [item(1, 'Vej', '24/1')], 'Teknik', 'A Kommune'),
      meeting('2024-02-01', [item(1, 'Vej 2', '24/1')], 'Teknik', 'A Kommune'),
      meeting('2024-01-01', [item(1, 'Skole', '24/1')], 'Teknik', 'B Kommune'),
      meeting('2024-02-01', [item(1, 'Skole 2', '24/1')], 'Teknik', 'B Kommune'),
    ]);
    expect(threads.map((t) => t.key)).toEqual(['24/1@a-kommune', '24/1@b-kommune']);
  });

  it('takes the last copy of a meeting saved twice', () => {
    const first = meeting('2024-01-01', [item(1, 'Gammel', '5/5')]);
    const again = meeting('2024-01-01', [item(1, 'Ny', '5/5')]);
    const { threads } = buildThreads([first, meeting('2024-02-01', [item(2, 'Senere', '6/6')]), again, meeting('2024-03-01', [item(3, 'Ny igen', '5/5')])]);
    expect(threads.map((t) => t.entries.map((e) => e.title))).toEqual([['Ny', 'Ny igen']]);
  });
});

describe('threads: keys', () => {
  it('folds committees and titles', () => {
    expect(committeeKey('Udvalget for arbejdsmarked og integration 2022-2025')).toBe(committeeKey('Udvalget for Arbejdsmarked og Integration'));
    expect(committeeKey('Social- og Arbejdsmarkedsudvalget')).toBe('social og arbejdsmarkedsudvalget');
    expect(titleKey('Et godt ældreliv (B).')).toBe('et godt ældreliv');
    expect(titleKey('Eventuelt (B)')).toBe(titleKey('eventuelt'));
  });
});
