/** Aalborg's page of the Byråd's minutes (test/fixtures/layouts/aalborg-page/): the committees' absences in the recommendation stay its text. */
import type { SiteCase } from '../site';

const URL = 'https://referater.aalborg.dk/politiske-udvalg/seneste-fra-byraadet?moedetitel=2023-04-24%2016.00';

export const cases: SiteCase[] = [
  {
    fixture: 'layouts/aalborg-page/byraadet-2023-04-24.html',
    url: URL,
    meeting: {
      kind: 'referat', municipality: 'Aalborg Kommune', committee: 'Byrådet', date: '2023-04-24', startTime: '16:00', location: null,
      participants: [], absent: ['Anne Aagaard', 'Bjørn Jessen'], sourceUrl: URL,
    },
    items: [
      [1, 'Godkendelse af dagsorden', null, false],
      [2, 'Årsberetning 2022 og regnskab 2022 for Aalborg Kommune', null, false],
      [3, 'Kommuneplantillæg 4.075 for boliger ved Egholm Færgevej', null, false],
    ],
    item: {
      number: 3,
      decisions: [{ body: null, date: null, text: 'Godkendt.' }],
      history: [],
      attachments: [{ title: 'Forslag til Kommuneplantillæg 4.075', url: 'https://referater.aalborg.dk/media/byraad/2023-04-24/kommuneplantillaeg-4075.pdf' }],
      absent: ['Anne Aagaard', 'Bjørn Jessen'],
      sections: ['Indstilling'],
    },
  },
];
