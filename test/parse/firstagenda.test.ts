/** The real FirstAgenda Publication pages of ../shared/fixtures/firstagenda. */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lib/sites/parse-file';
import { nodeEnvironment } from '../../lib/parse/node';
import { pageSiteFor } from '../../lib/sites/parsers';
import { fixtureBytes, fixtureText } from '../helpers/fixtures';

const PAGE = 'firstagenda/aarhus-byraad-dagsorden-2025-10-08.html';
const FRONT = 'firstagenda/aarhus-forside-listing.html';
const URL = 'https://dagsordener.aarhus.dk/vis?fk=123&id=4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';

async function parsePage(url: string | null) {
  const result = await parseFile({ bytes: fixtureBytes(PAGE), name: PAGE, url }, nodeEnvironment);
  if (!result.ok) throw new Error(result.reason);
  return result.meeting;
}

describe('FirstAgenda agenda page (Aarhus Byråd, 8 October 2025)', () => {
  it('is read by the FirstAgenda adapter', () => {
    const doc = nodeEnvironment.parseHtml(fixtureText(PAGE));
    expect(pageSiteFor(doc, URL).site.id).toBe('firstagenda');
  });

  it('reads the page head', async () => {
    const m = await parsePage(URL);
    expect({ ...m, items: m.items.length }).toEqual({
      kind: 'dagsorden', municipality: 'Aarhus Kommune', committee: 'Aarhus Byråd', date: '2025-10-08',
      startTime: '16:00', location: 'Byrådssalen', participants: [], absent: [], sourceUrl: URL, items: 33, warnings: [],
    });
  });

  it('names the municipality from the page when no address is given', async () => {
    expect((await parsePage(null)).municipality).toBe('Aarhus Kommune');
  });

  it('reads all 33 items with titles and case numbers', async () => {
    const m = await parsePage(URL);
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsorden', 'EMN-2023-009832'],
      [2, 'Forslag til budget 2026-2029', 'EMN-2025-008308'],
      [3, 'Materiale til Magistratens 1. tekniske behandling af budget 2026', 'EMN-2025-008308'],
      [4, 'Materiale til Magistratens 2. tekniske behandling af budget 2026', 'EMN-2025-008308'],
      [5, 'Budgetforslag Ældre og sundhed', 'EMN-2025-008294'],
      [6, 'Budgetforslag Social- og beskæftigelsesområdet', 'EMN-2025-008294'],
      [7, 'Budgetforslag Miljø, byudvikling, infrastruktur og kollektiv trafik', 'EMN-2025-008294'],
      [8, 'Budgetforslag Sport, fritid og kultur', 'EMN-2025-008294'],
      [9, 'Budgetforslag Børn og Unge', 'EMN-2025-008294'],
      [10, 'Budgetforslag Økonomi og andet', 'EMN-2025-008294'],
      [11, 'Svar på forslag fra S, SF, RV, M og ALT om vindmøller på Aarhus Havn', 'EMN-2025-000502'],
      [12, 'Svar på forslag fra Børne- og ungebyrådet om flere lejrskoler og udflugter i grundskolen', 'EMN-2025-006138'],
      [13, 'Svar på forslag fra Børne- og ungebyrådet om to-voksentimer og bredere information om eksisterende trivselsinitiativer', 'EMN-2025-006131'],
      [14, 'Svar på forslag fra RV om Aarhus City Metro', 'EMN-2025-006822'],
      [15, 'Udpegning til sundhedsråd', 'EMN-2025-009824'],
      [16, 'Anbefalinger fra §17, stk. 4-udvalget Nyt Byråd', 'EMN-2025-010585'],
      [17, "Dispensation fra 'Grøn handleplan for kunstgræsbaner'", 'EMN-2025-009516'],
      [18, 'Ændring af et godkendelseskriterie for private daginstitutioner', 'EMN-2025-010190'],
      [19, 'Beredskabsplaner - negativ social kontrol, æresrelaterede konflikter og ekstremisme', 'EMN-2025-009868'],
      [20, 'Økonomiteknisk justering af cykelmidler', 'EMN-2025-010281'],
      [21, 'Lokalplan 1246 Åbyhøj Idrætscenter – Endelig', 'EMN-2025-010236'],
      [22, 'Udviklingsplan Aarhus Ø - endelig vedtagelse', 'EMN-2025-009242'],
      [23, 'Lokalplan 1204, Trige Syd - Endelig', 'EMN-2025-009097'],
      [24, 'Byggemodning af område til boliger i Trige, lokalplan 1204', 'EMN-2025-008076'],
      [25, 'Forslag fra S, KF, SF, V og RV om mærkningsordning for genbrug af storskrald', 'EMN-2025-010627'],
      [26, 'Forslag fra ALT om at Aarhus Kommune skal udtræde af Kattegatkomitéen', 'EMN-2025-010689'],
      [27, 'Forslag fra V, LA, DD, KF, RV, M og ALT om tilskud til hjemmepasning', 'EMN-2025-010711'],
      [28, 'Forslag fra KF om at adoptere en rundkørsel – skab kunst i det offentlige rum', 'EMN-2025-010748'],
      [29, 'Forslag fra SF om Børnenes Plads', 'EMN-2025-010715'],
      [30, 'Forslag fra V om bedre rammer for erhvervslivet - giv os Aarhus tilbage', 'EMN-2025-010825'],
      [31, 'Forslag fra VL om offentlig undskyldning til kommunal ansat', 'EMN-2025-010828'],
      [32, 'Forslag fra VL om undersøgelse af kommunens håndtering som bygherre i asbesthåndtering på rådhuset', 'EMN-2025-010830'],
      [33, 'Forslag fra V, KF, LA og DD om afledte konsekvenser af lukning af Vesterbro Torv', 'EMN-2025-010810'],
    ]);
    expect(m.items.every((i) => !i.closed && !i.recovered && i.decisions.length === 0)).toBe(true);
  });

  it('reads sections by their h3, Sagsforløb into history, and absolute attachment links', async () => {
    const item2 = (await parsePage(URL)).items[1]!;
    expect(item2.sections.map((s) => s.heading)).toEqual(['Resume', 'Beslutningspunkter']);
    expect(item2.sections[1]!.text).toBe('Det indstilles:\n\nAt 1) Byrådet drøfter og godkender eventuelle ændringer til budgetforslaget 2026.');
    expect(item2.history.map((h) => [h.body, h.date, h.number])).toEqual([
      ['Magistraten', '2025-09-02', 3],
      ['Aarhus Byråd', '2025-09-10', 2],
      ['Magistraten', '2025-09-16', 3],
      ['Magistraten', '2025-09-30', 2],
    ]);
    expect(item2.history[1]!.text).toBe(
      'Fremsendes til 1. tekniske behandling i Magistraten efter behandling i byrådets møde den 10. september 2025.\nSagen blev behandlet sammen med sagerne 3-8.',
    );
    expect(item2.attachments[0]).toEqual({
      title: 'Indstilling',
      url: 'https://dagsordener.aarhus.dk/vis/pdf/bilag/3b391cd5-bf32-4aad-965f-b3272f7fe101/?redirectDirectlyToPdf=false',
    });
    expect(item2.attachments).toHaveLength(22);
  });

  it('keeps the "påtegning" section and counts the history of every item', async () => {
    const m = await parsePage(URL);
    expect(m.items[12]!.sections.map((s) => s.heading)).toEqual(['Resume', 'Beslutningspunkter', 'Borgmesterens afdelings påtegning']);
    expect(m.items.filter((i) => i.history.length > 0)).toHaveLength(23);
  });

  it('leaves attachment links relative to nothing when the address is unknown', async () => {
    const m = await parsePage(null);
    expect(m.items[1]!.attachments[0]).toEqual({ title: 'Indstilling' });
  });
});

describe('FirstAgenda page whose script nested rows inside a row', () => {
  it('reads the nested rows\' headings and attachments as the outer row\'s, each once, and every other item as before', async () => {
    const { parseHTML } = await import('linkedom');
    const { parseDocument } = await import('../../lib/sites/parsers');
    const doc = parseHTML(fixtureText(PAGE)).document as unknown as Document;
    let parent: Element = doc.querySelector('tr.punktrow')!;
    for (let i = 0; i < 2_000; i++) {
      const row = doc.createElement('tr');
      row.className = 'punktrow';
      row.innerHTML = `<td><h3>Indstilling ${i}</h3><p>Tekst ${i}.</p><a class="bilag-link" href="/vis/pdf/bilag/${i}">Bilag ${i}</a><div></div></td>`;
      parent.appendChild(row);
      parent = row.querySelector('div')!;
    }
    const nested = parseDocument(doc, URL);
    const plain = await parsePage(URL);
    if (!nested.ok) throw new Error(nested.reason);
    expect(nested.meeting.items.slice(1)).toEqual(plain.items.slice(1));
    const [first] = nested.meeting.items;
    const [before] = plain.items;
    expect(first!.attachments.length).toBe(before!.attachments.length + 2_000);
    expect(first!.attachments.at(-1)).toEqual({ title: 'Bilag 1999', url: 'https://dagsordener.aarhus.dk/vis/pdf/bilag/1999' });
    expect(first!.sections.filter((s) => /^Indstilling \d+$/.test(s.heading)).map((s) => s.text).slice(0, 2)).toEqual(['Tekst 0.\n\nBilag 0', 'Tekst 1.\n\nBilag 1']);
  });
});

describe('FirstAgenda front page (a listing of meetings)', () => {
  it('is refused as not a meeting', async () => {
    const result = await parseFile({ bytes: fixtureBytes(FRONT), name: FRONT, url: 'https://dagsordener.aarhus.dk/' }, nodeEnvironment);
    expect(result).toEqual({
      ok: false,
      reason: 'Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden.',
    });
  });
});
