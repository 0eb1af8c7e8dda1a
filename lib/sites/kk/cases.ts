/**
 * Copenhagen's pages of one item each, of the same meeting (test/fixtures/layouts/kk-punkt-page/):
 * the number from the address, the meeting marked `partial`; "Fraværende med afbud" in
 * punkt 1 is the meeting's absence, punkt 7's "deltog ikke" only the item's.
 */
import type { SiteCase } from '../site';

const MEETING = 'https://www.kk.dk/dagsordener-og-referater/%C3%98konomiudvalget/m%C3%B8de-12032024/referat';
const head = { kind: 'referat', municipality: 'Københavns Kommune', committee: 'Økonomiudvalget', date: '2024-03-12', startTime: '15:30', location: 'Rådhuset, Udvalgsværelse B', participants: [], partial: true } as const;

export const cases: SiteCase[] = [
  {
    fixture: 'layouts/kk-punkt-page/oekonomiudvalget-2024-03-12-punkt-4.html',
    url: `${MEETING}/punkt-4`,
    meeting: { ...head, participants: [], absent: [], sourceUrl: `${MEETING}/punkt-4` },
    items: [[4, 'Økonomisk status for byggeriet af Nordhavnsskolen', null, false]],
    item: {
      number: 4,
      decisions: [
        { body: 'Børne- og Ungdomsudvalget', date: '2024-02-28', text: 'Indstillingen blev godkendt uden afstemning.' },
        { body: 'Økonomiudvalget', date: '2024-03-12', text: 'Indstillingen blev anbefalet over for Borgerrepræsentationen uden afstemning.' },
      ],
      history: [{ body: 'Børne- og Ungdomsudvalget', date: '2024-02-28', text: 'Indstillingen blev godkendt uden afstemning.' }],
      attachments: [
        { title: 'Revideret tidsplan for Nordhavnsskolen', url: 'https://www.kk.dk/sites/default/files/agenda/2024-03-12/nordhavnsskolen-tidsplan.pdf' },
        { title: 'Økonomisk oversigt for byggeriet', url: 'https://www.kk.dk/sites/default/files/agenda/2024-03-12/nordhavnsskolen-oekonomi.pdf' },
      ],
      absent: [],
      sections: ['', 'Indstilling', 'Problemstilling', 'Løsning', 'Økonomi', 'Videre proces'],
    },
  },
  {
    fixture: 'layouts/kk-punkt-page/oekonomiudvalget-2024-03-12-punkt-1.html',
    url: `${MEETING}/punkt-1`,
    meeting: { ...head, participants: [], absent: ['Karin Dahl'], sourceUrl: `${MEETING}/punkt-1` },
    items: [[1, 'Godkendelse af dagsorden', null, false]],
    item: { number: 1, decisions: [{ body: 'Økonomiudvalget', date: '2024-03-12', text: 'Dagsordenen blev godkendt.' }], history: [], attachments: [], absent: ['Karin Dahl'], sections: [] },
  },
  {
    fixture: 'layouts/kk-punkt-page/oekonomiudvalget-2024-03-12-punkt-7.html',
    url: `${MEETING}/punkt-7`,
    meeting: { ...head, participants: [], absent: [], sourceUrl: `${MEETING}/punkt-7` },
    items: [[7, 'Udpegning af nyt medlem til bestyrelsen for Københavns Erhvervshus', null, false]],
    item: { number: 7, decisions: [{ body: 'Økonomiudvalget', date: '2024-03-12', text: 'Økonomiudvalget udpegede Sara Holm (A) til bestyrelsen.' }], history: [], attachments: [], absent: ['Jonas Lund'], sections: ['', 'Indstilling'] },
  },
];
