/** Vejen's minutes as text: a closed item that publishes only its decision (item 11). */
import type { SiteCase } from '../site';

export const cases: SiteCase[] = [
  {
    fixture: 'seeds/003_94bbcc3a72111751.txt',
    meeting: { kind: 'referat', municipality: 'Vejen Kommune', committee: 'Udvalget for arbejdsmarked og integration 2022-2025', date: '2022-10-25', startTime: '14:00', location: 'Kongeåen (3. sal) Vejen Rådhus', participants: ['Morten Thorøe', 'Knud Peter Wad', 'Peter Svane', 'Martin Clausen', 'Henrik Pihl Jessen', 'Tanja Bachmann Hansen', 'Henny Schøler'], absent: ['Martin Clausen', 'Morten Thorøe'], sourceUrl: null },
    items: [
      [1, 'Genoptagelse af temadrøftelse - introduktion til danskuddannelse (B)', '22/15354', false],
      [2, 'Genoptagelse af temadrøftelse- Hvad virker i beskæftigelsesindsatsen ? (B)', '22/15356', false],
      [3, 'Nytænkning af beskæftigelsesindsatsen - modeller for delaftale II (B)', '21/15218', true],
      [4, 'Godkendelse af den dynamiske beskæftigelsesplan for 2023 (C)', '22/5906', false],
      [5, 'Evaluering af Virksomhedspanelet 2022 (B)', '16/10924', false],
      [6, 'Orientering vedr. flygtninge fra Ukraine (B)', '22/4264', false],
      [7, 'Et godt ældreliv for socialt udsatte gennem tilpasning af Samarbejdsmodellen (B).', '21/17146', false],
      [8, 'Budgetopfølgning pr. 31.08.2022 for drift, anlæg, finansiering og finansforskydninger - Udvalget for arbejdsmarked og integration (C)', '22/16883', false],
      [9, 'Månedlig budgetopfølgning - september 2022 (B)', '14/41832', false],
      [10, 'Efterretning (B)', '22/20', false],
      [11, 'Eventuelt (B)', null, true],
      [12, 'Underskriftsark (B)', null, false],
    ],
    item: { number: 11, decisions: [{ body: null, date: null, text: 'Intet.' }], history: [], attachments: [], absent: ['Martin Clausen', 'Morten Thorøe'], sections: [] },
  },
];
