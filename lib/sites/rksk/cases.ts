/** Ringkøbing-Skjern's eDoc page of the Økonomiudvalg's minutes (test/fixtures/layouts/rksk-edoc-page/). */
import type { SiteCase } from '../site';

const URL = 'https://www.rksk.dk/om-kommunen/politiske-udvalg-2022-2025/oekonomiudvalget/dagsordener-referater?AgendaID=6194';
const BILAG = 'https://www.rksk.dk/Edoc/Referat/Oekonomiudvalget/2025-09-09/Bilag';

export const cases: SiteCase[] = [
  {
    fixture: 'layouts/rksk-edoc-page/oekonomiudvalget-2025-09-09.html',
    url: URL,
    meeting: {
      kind: 'referat', municipality: 'Ringkøbing-Skjern Kommune', committee: 'Økonomiudvalget', date: '2025-09-09', startTime: '08:00',
      location: 'LOK-Mødelokale 6 Rådhuset Ringkøbing',
      participants: ['Lennart Kvist', 'Søren Elkjær', 'Jens Jakob Ørum', 'Niels Rask', 'Jakob Agerholm', 'Kristian Dam', 'Hans Øster'],
      absent: ['Jens Jakob Ørum', 'Jakob Agerholm'], sourceUrl: URL,
    },
    items: [
      [1, 'Godkendelse af dagsorden', null, false],
      [2, '1. behandling - budgetlægning for perioden 2026 - 2029', '24-025116', false],
      [3, 'Fremrykning af driftstilskud til Stauning Lufthavn', '24-011578', false],
      [4, 'Gensidig orientering', null, false],
      [5, 'Underskriftsside', null, false],
    ],
    item: {
      number: 2,
      decisions: [{ body: null, date: null, text: 'Økonomiudvalget oversender budgetforslaget til 1. behandling i Byrådet.' }],
      history: [],
      attachments: [
        { title: 'Resultatopgørelse budget 2026-2029', url: `${BILAG}/Resultatopgoerelse.pdf` },
        { title: 'Oversigt over anlægsinvesteringer 2026-2029', url: `${BILAG}/Anlaeg.pdf` },
      ],
      absent: ['Jens Jakob Ørum', 'Jakob Agerholm'],
      sections: ['Sagsfremstilling', 'Lovgrundlag og juridisk vurdering', 'Økonomi', 'Effektvurdering', 'Indstilling'],
    },
  },
];
