/** Hvidovre's minutes as text: an item decided at an earlier meeting too (item 8). */
import type { SiteCase } from '../site';

export const cases: SiteCase[] = [
  {
    fixture: 'seeds/002_a0a4e38bb360a38c.txt',
    meeting: { kind: 'referat', municipality: 'Hvidovre Kommune', committee: 'Social- og Arbejdsmarkedsudvalget', date: '2022-09-05', startTime: '12:00', location: 'Hvidovre', participants: ['Silas Fisker', 'Marie-Louise Jørgensen', 'Karin Kofod', 'Maria Durhuus', 'Idris Yorulmaz'], absent: ['Maria Durhuus'], sourceUrl: null },
    items: [
      [1, 'Godkendelse af dagsorden', '21/33982', false],
      [2, 'Meddelelser', '21/33982', false],
      [3, 'Beslutning - Pejlemærker til Handicap og Psykiatriområdet 2022-2025', '22/1005', false],
      [4, 'Beslutning - Puljemidler fra Sundhedsministeriet til alkoholbehandling af dobbeltbelastede i 2022-2025', '22/20223', false],
      [5, 'Drøftelse - Danmarkskort over Ankestyrelsens omgørelsesprocenter indenfor det sociale område i 2021', '20/20013', false],
      [6, 'Beslutning - Dialogmøde vedrørende Beskæftigelsesplan 2023', '21/10371', false],
      [7, 'Beslutning - Ansøgning om indgåelse af velfærdsaftale på beskæftigelsesområdet', '22/22093', false],
      [8, 'Orientering - Status på målgrupper og medarbejdere i Jobcentret', '22/1093', false],
      [9, 'Orientering - Bruttoledigheden i Hvidovre i perioden april - juni 2022', '17/24978', false],
      [10, 'Orientering om Projektet Traumebevidst praksis i den beskæftigelsesrettede integrationsindsats', '22/14620', false],
      [11, 'Orientering - Projekt Flere skal med 2', '19/30756', false],
      [12, 'Eventuelt', '21/33982', false],
    ],
    item: { number: 8, decisions: [{ body: 'Social- og Arbejdsmarkedsudvalget', date: '2022-06-07', text: 'Udsat.' }, { body: 'Social- og Arbejdsmarkedsudvalget', date: '2022-09-05', text: 'Taget til efterretning.' }], history: [{ body: 'Social- og Arbejdsmarkedsudvalget', date: '2022-06-07', text: 'Udsat.' }], attachments: [], absent: ['Maria Durhuus'], sections: ['Beslutningstema', 'Indstilling', 'Sagsfremstilling', 'Økonomiske konsekvenser', 'Retsgrundlag', 'Høring'] },
  },
];
