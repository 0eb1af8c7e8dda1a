/** Minutes no site claims: a text with the usual Danish labels, and a municipal CMS page. */
import type { SiteCase } from '../site';

export const cases: SiteCase[] = [
  {
    fixture: 'text/generic-referat.txt',
    meeting: { kind: 'referat', municipality: 'Herning Kommune', committee: 'Beskæftigelsesudvalget', date: '2022-09-20', startTime: '07:45', location: 'Rådhuset, lokale C3.40', participants: ['Tommy Tønning', 'Torben Clausen', 'Marianne Bjørn Jensen', 'Jørn Vedel Eriksen', 'Lone Nielsen'], absent: ['Lone Nielsen'], sourceUrl: null },
    items: [
      [76, 'Sameksistens mellem socialt udsatte og andre borgere i Herning by', '27.00.00-A00-5-15', false],
      [77, 'Nøgletal på Social og beskæftigelsesområdet', '00.00.00-P19-1719-10', false],
    ],
    item: { number: 76, decisions: [{ body: null, date: '2022-09-20', text: 'Udvalget drøftede sagen og besluttede herefter, at der ikke etableres fysiske samlingssteder. Der etableres en styrket gadeplansindsats med to stillinger i et 2-årigt pilotprojekt.' }], history: [], attachments: [], absent: [], sections: ['Sagsresume', 'Sagsfremstilling', 'Økonomi', 'Forslag til beslutning'] },
  },
  {
    fixture: 'pages/kommune-cms-referat.html',
    url: 'https://www.hvidovre.dk/politik/referat',
    meeting: { kind: 'referat', municipality: 'Hvidovre Kommune', committee: 'Social- og Arbejdsmarkedsudvalget', date: '2022-09-05', startTime: '12:00', location: 'Hvidovre Rådhus, mødelokale 1', participants: ['Silas Fisker', 'Marie-Louise Jørgensen', 'Karin Kofod', 'Idris Yorulmaz', 'Maria Durhuus'], absent: ['Maria Durhuus'], sourceUrl: 'https://www.hvidovre.dk/politik/referat' },
    items: [
      [1, 'Godkendelse af dagsorden', '21/33982', false],
      [2, 'Meddelelser', '21/33982', false],
      [8, 'Orientering - Status på målgrupper og medarbejdere i Jobcentret', '22/1093', false],
      [12, 'Eventuelt', '21/33982', false],
    ],
    item: { number: 8, decisions: [{ body: 'Social- og Arbejdsmarkedsudvalget', date: '2022-06-07', text: 'Udsat.' }, { body: 'Social- og Arbejdsmarkedsudvalget', date: '2022-09-05', text: 'Taget til efterretning.' }], history: [{ body: 'Social- og Arbejdsmarkedsudvalget', date: '2022-06-07', text: 'Udsat.' }], attachments: [{ title: 'Benchmarking af jobcentre 2022', url: 'https://www.hvidovre.dk/media/bilag/benchmark-2022.pdf' }, { title: 'Sagsfordeling pr. medarbejder' }], absent: ['Maria Durhuus'], sections: ['Sagsresume', 'Indstilling'] },
  },
];
