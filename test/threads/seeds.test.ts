/** Threads across the five real minutes in test/fixtures/seeds. */
import { describe, expect, it } from 'vitest';
import { meetingId } from '../../lib/db/identity';
import { buildThreads, type Thread } from '../../lib/threads/index';
import { meetingOf, SEEDS } from '../helpers/fixtures';

const seeds = Object.fromEntries(Object.entries(SEEDS).map(([name, path]) => {
  const meeting = meetingOf(path);
  return [name, { id: meetingId(meeting), meeting }];
})) as Record<keyof typeof SEEDS, { id: string; meeting: ReturnType<typeof meetingOf> }>;
const { threads, threadOf } = buildThreads(Object.values(seeds));
const byKey = (key: string): Thread | undefined => threads.find((t) => t.key === key);
const itemOf = (seed: keyof typeof SEEDS, number: number) => seeds[seed].meeting.items.find((i) => i.number === number)!;

describe('threads on the five seeds', () => {
  it('finds exactly these threads, newest activity first', () => {
    expect(threads.map((t) => [t.key, t.meetingCount, t.latest])).toEqual([
      ['27.00.00-a00-5-15', 2, '2023-08-22'],
      ['16/10924', 2, '2022-10-25'],
      ['22/15354', 2, '2022-10-25'],
      ['22/15356', 2, '2022-10-25'],
      ['22/16883', 2, '2022-10-25'],
      ['22/4264', 7, '2022-10-25'],
      ['22/5906', 4, '2022-10-25'],
      ['22/1093', 2, '2022-09-05'],
    ]);
  });

  it('follows case 27.00.00-A00-5-15 from 2022-09-20 punkt 76 to 2023-08-22 punkter 46 and 51', () => {
    const t = byKey('27.00.00-a00-5-15')!;
    expect(t.title).toBe('Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget');
    expect(t.entries).toEqual([
      {
        date: '2022-09-20', committee: 'Beskæftigelsesudvalget', number: 76,
        title: 'Sameksistens mellem socialt udsatte og andre borgere i Herning by', caseNumber: '27.00.00-A00-5-15',
        decision: 'Udvalget drøftede sagen og besluttede herefter, at der ikke etableres fysiske samlingssteder. Der etableres en styrket gadeplansindsats med to stillinger i et 2-årigt pilotprojekt.',
        saved: true, meetingId: seeds.herning2022.id,
      },
      {
        date: '2023-08-22', committee: 'Beskæftigelsesudvalget', number: 46, title: 'Status på gadeplanmedarbejdernes arbejde',
        caseNumber: '27.00.00-A00-5-15', decision: 'Taget til efterretning.', saved: true, meetingId: seeds.herning2023.id,
      },
      {
        date: '2023-08-22', committee: 'Beskæftigelsesudvalget', number: 51, title: 'Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget',
        caseNumber: '27.00.00-A00-5-15', decision: 'Taget til efterretning.', saved: true, meetingId: seeds.herning2023.id,
      },
    ]);
    expect([threadOf(seeds.herning2022.id, 76), threadOf(seeds.herning2023.id, 46), threadOf(seeds.herning2023.id, 51)]).toEqual([t, t, t]);
  });

  it('still links punkt 46 to punkt 76 by its dated reference alone', () => {
    // Without the shared case number, "besluttede på udvalgsmødet den 20. september 2022" does it.
    const m2023 = structuredClone(seeds.herning2023.meeting);
    const m2022 = structuredClone(seeds.herning2022.meeting);
    m2022.items.find((i) => i.number === 76)!.caseNumber = null;
    m2022.items.find((i) => i.number === 76)!.title = 'Status på gadeplanmedarbejdernes arbejde';
    m2023.items.find((i) => i.number === 51)!.caseNumber = null;
    const { threadOf: of } = buildThreads([{ id: 'a', meeting: m2022 }, { id: 'b', meeting: m2023 }]);
    expect(of('b', 46)?.entries.map((e) => e.number)).toEqual([76, 46]);
  });

  it.each([
    ['Meddelelser til og fra formanden og udvalgets medlemmer', [['herning2023', 61], ['herning2022', 82], ['herning2019', 33]]],
    ['Nøgletal (the 2019 title differs)', [['herning2023', 53], ['herning2022', 77], ['herning2019', 27]]],
    ['Generel orientering', [['herning2023', 60], ['herning2022', 81]]],
    ['Hvidovre: dagsorden, meddelelser, eventuelt under 21/33982', [['hvidovre', 1], ['hvidovre', 2], ['hvidovre', 12]]],
  ] as [string, [keyof typeof SEEDS, number][]][])('builds no thread from a standing item: %s', (_, items) => {
    const caseNumbers = new Set(items.map(([seed, n]) => itemOf(seed, n).caseNumber));
    expect(caseNumbers.size).toBe(1);
    for (const [seed, n] of items) expect(threadOf(seeds[seed].id, n)).toBeUndefined();
  });

  it('shows Hvidovre punkt 8’s earlier decision (2022-06-07) as an unsaved entry', () => {
    expect(byKey('22/1093')).toEqual({
      key: '22/1093', title: 'Orientering - Status på målgrupper og medarbejdere i Jobcentret', meetingCount: 2, latest: '2022-09-05',
      entries: [
        { date: '2022-06-07', committee: 'Social- og Arbejdsmarkedsudvalget', number: null, title: null, caseNumber: '22/1093', decision: 'Udsat.', saved: false },
        {
          date: '2022-09-05', committee: 'Social- og Arbejdsmarkedsudvalget', number: 8, title: 'Orientering - Status på målgrupper og medarbejdere i Jobcentret',
          caseNumber: '22/1093', decision: 'Taget til efterretning.', saved: true, meetingId: seeds.hvidovre.id,
        },
      ],
    });
  });

  it('shows Vejen’s "Tidligere behandling" as unsaved entries, only for items that have it', () => {
    const vejen = seeds.vejen;
    const withHistory = vejen.meeting.items.filter((i) => i.history.length > 0).map((i) => i.number);
    expect(withHistory).toEqual([1, 2, 4, 5, 6, 8]);
    for (const item of vejen.meeting.items) {
      const t = threadOf(vejen.id, item.number);
      if (item.history.length === 0) {
        expect(t, `punkt ${item.number}`).toBeUndefined();
        continue;
      }
      expect(t!.entries.map((e) => [e.date, e.committee, e.number, e.saved])).toEqual([
        ...item.history.map((h) => [h.date, h.body, null, false]),
        ['2022-10-25', 'Udvalget for arbejdsmarked og integration 2022-2025', item.number, true],
      ]);
    }
    expect(threadOf(vejen.id, 6)!.entries.map((e) => e.date)).toEqual(
      ['2022-03-22', '2022-04-16', '2022-05-17', '2022-06-14', '2022-08-30', '2022-09-27', '2022-10-25'],
    );
    expect(threadOf(vejen.id, 8)!.entries[0]!.committee).toBe('Direktionen');
  });

  it('gives the same threads whatever the order of the meetings', () => {
    const reversed = buildThreads(Object.values(seeds).reverse()).threads;
    expect(reversed).toEqual(threads);
  });
});
