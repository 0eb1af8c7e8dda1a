/**
 * FirstAgenda's meeting JSON (the real answer captured from Hvidovre) into a
 * Meeting: exact fields of real items, the same items as the page adapter reads
 * from the page FirstAgenda renders from that JSON, and any JSON without a throw.
 */
import { describe, expect, it } from 'vitest';
import { meetingFromApi } from '../../lib/sites/firstagenda/api';
import { parseHtmlAsBrowser } from '../../lib/parse/linkedom';
import { parseDocument } from '../../lib/sites/parsers';
import type { Meeting } from '../../lib/parse/types';
import { fixtureText } from '../helpers/fixtures';

const ORIGIN = 'https://dagsordener-referater.hvidovre.dk';
const MEETING_ID = '0cad2b4d-c4a2-4583-a053-60704b2da0e5';
const agendaJson = () => JSON.parse(fixtureText('firstagenda-api/hvidovre/agenda.json')) as Record<string, unknown> & { Dagsordenpunkter: unknown[] };
const read = (json: unknown) => meetingFromApi(json, { origin: ORIGIN, parseHtml: parseHtmlAsBrowser });

function meetingOf(json: unknown): Meeting {
  const result = read(json);
  if (!result.ok) throw new Error(result.reason);
  return result.meeting;
}

const item = (m: Meeting, n: number) => m.items.find((i) => i.number === n)!;

describe('the Hvidovre agenda of Økonomiudvalget, 18 May 2026', () => {
  const m = meetingOf(agendaJson());

  it('reads the meeting from Moede and Udvalg', () => {
    expect({ ...m, items: m.items.length }).toEqual({
      kind: 'dagsorden', municipality: 'Hvidovre Kommune', committee: 'Økonomiudvalget', date: '2026-05-18', startTime: '17:00',
      location: 'Hvidovre',
      participants: ['Anders Wolf Frisdahl Andresen', 'Marie-Louise Jørgensen', 'Søren Friis Trebbien', 'Martin Amby', 'Mikkel Dencker', 'Finn Blohm', 'Anders Liltorp'],
      absent: [], sourceUrl: `${ORIGIN}/vis?id=${MEETING_ID}`, items: 24, warnings: [],
    });
    expect(m.items.map((i) => i.number)).toEqual([...Array.from({ length: 21 }, (_, k) => k + 1), 32, 33, 34]);
  });

  it('reads item 1 as a standing item with nothing more', () => {
    expect(item(m, 1)).toEqual({
      number: 1, title: 'Godkendelse af dagsorden', caseNumber: '25/26257', closed: false, recovered: false,
      sections: [], decisions: [], attachments: [], history: [], absent: [], references: [],
    });
  });

  it('reads item 3: its sections by their h3, the earlier decision also as history, absolute attachment links', () => {
    const i3 = item(m, 3);
    expect([i3.title, i3.caseNumber, i3.closed]).toEqual(['Beslutning - Skema A godkendelse ved Grenhusene', '26/1172', false]);
    expect(i3.sections.map((s) => s.heading)).toEqual([
      'Supplerende sagsfremstilling', 'Beslutningstema', 'Indstilling', 'Sagsfremstilling', 'Administrationens vurdering',
      'Politiske beslutninger og aftaler', 'Økonomiske konsekvenser', 'Retsgrundlag', 'Høring',
      'Klima-, miljø- og bæredygtighedsmæssige konsekvenser',
    ]);
    const decision = { body: 'Økonomiudvalget', date: '2026-03-16', text: 'Sagen udsættes med henblik på en belysning af alternative scenarier for renoveringen.' };
    expect(i3.decisions).toEqual([decision]);
    expect(i3.history).toEqual([decision]);
    expect(i3.attachments).toHaveLength(9);
    expect(i3.attachments[0]).toEqual({
      title: 'Ansøgningsskrivelse skema A Grenhusene 9.dec inkl. bilag',
      url: `${ORIGIN}/vis/pdf/bilag/7410e4a3-b07a-44c2-ba27-1a06cbb1f453`,
    });
    expect(i3.attachments[8]).toEqual({ title: 'Tilføjet 12.05.2026 - Notat vedr. Grenhusene', url: `${ORIGIN}/vis/pdf/bilag/25664208-095a-4008-876e-4bd2259c5762` });
  });

  it('keeps the h3 sub-headings inside a section as its text, not as sections', () => {
    const i3 = item(m, 3);
    const headings = i3.sections.map((s) => s.heading);
    for (const sub of ['Om Grenhusene', 'Planforhold og bevaringsværdi', 'Grenhusenes facader', 'De grønne skovbælter']) {
      expect(headings).not.toContain(sub);
    }
    const text = i3.sections.find((s) => s.heading === 'Sagsfremstilling')!.text;
    expect(text).toContain('res en ny fjernvarmeløsning.\n\nOm Grenhusene\n\nGrenhusene er et eksperim');
    expect(text).toContain('\n\nPlanforhold og bevaringsværdi\n\n');
    expect(item(m, 19).sections.map((s) => s.heading)).not.toContain('Tre scenarier for omdannelsen - løsningsforslag');
  });

  it('reads item 4: five earlier decisions from four committees, oldest first, which are its history', () => {
    const i4 = item(m, 4);
    const dated = [
      ['Kultur- og Fritidsudvalget', '2026-04-07'], ['Klima-, Miljø- og Teknikudvalget', '2026-04-07'], ['By- og Planudvalget', '2026-04-07'],
      ['Økonomiudvalget', '2026-04-13'], ['Kultur- og Fritidsudvalget', '2026-05-04'],
    ];
    expect(i4.decisions.map((d) => [d.body, d.date])).toEqual(dated);
    expect(i4.history.map((h) => [h.body, h.date])).toEqual(dated);
    expect(i4.decisions[3]!.text).toMatch(/^Forslaget sendes tilbage i Kultur- og Fritidsudvalget med henblik på/);
    expect(i4.decisions[2]!.text).toBe('Ad 1. Anbefales taget til efterretning.\n\nFor: Gruppe A og B\n\nUndlader Gruppe F og I\n\nAd 2.a.-d. Anbefales godkendt.\n\nAd 3. Bortfalder\n\nAd 4. Anbefales taget til efterretning.');
    expect(i4.history.map((h) => h.text)).toEqual(i4.decisions.map((d) => d.text));
  });

  it('reads the closed items 32-34 from IsOpen, without "Lukket: " in the title', () => {
    expect([32, 33, 34].map((n) => [item(m, n).closed, item(m, n).title, item(m, n).caseNumber, item(m, n).sections])).toEqual([
      [true, 'Beslutning - Godkendelse af udbudsbetingelser vedr. driftsaftale for Hvidovre Lystbådehavn', '26/4188', []],
      [true, 'Beslutning - Revideret projekt vedr. etablering af padelhal på Bødkerporten 2A', '23/21614', []],
      [true, 'Beslutning - Tillægsaftale til delingsaftalen med Region Østdanmark vedr. sundhedsreformen', '25/16185', []],
    ]);
  });

  it('is an agenda although it repeats earlier decisions; the same meeting published as minutes is minutes', () => {
    const json = agendaJson();
    json.Moede = { ...(json.Moede as object), Afsluttet: true, Navn: 'Referat' };
    expect(meetingOf(json).kind).toBe('referat');
  });
});

/** The page FirstAgenda renders from the same JSON: its rows as on the live page (test/fixtures/firstagenda/). */
function pageOf(json: ReturnType<typeof agendaJson>): string {
  const moede = json.Moede as { Dato: string; Sted: string };
  const rows = (json.Dagsordenpunkter as Array<Record<string, unknown>>).map((p) => {
    const html = ((p.Felter as Array<{ Html: string }> | null) ?? []).map((f) => f.Html).join('');
    const bilag = ((p.Bilag as Array<{ Id: string; Navn: string }> | null) ?? [])
      .map((b) => `<a class="bilag-link" href="/vis/pdf/bilag/${b.Id}">${b.Navn}</a>`).join('');
    return `<tr class="punktrow" id="punktrow_${p.Id as string}"><td><span class="label label-default">${p.Punktnummer as string}</span></td>` +
      `<td><h2 class="overskrift">${p.Navn as string}</h2><div class="details"><span class="sagsnummer">${p.SagsNummer as string}</span>` +
      `<div class="punkt"><h3></h3><div>${html}</div></div></div></td><td><span class="lydfiler-og-bilag">${bilag}</span></td></tr>`;
  });
  const [date, time] = moede.Dato.split('T');
  const [y, mo, d] = date!.split('-');
  return `<html><head><title>Dagsorden</title></head><body><div class="title"><h1>Dagsorden</h1></div>` +
    `<table class="dagsordeninfo"><tr><td><span class="udvalg">${(json.Udvalg as { Navn: string }).Navn}</span></td>` +
    `<td><span class="dato">${d}-${mo}-${y} kl. ${time!.slice(0, 5)}</span></td><td><span class="sted">${moede.Sted}</span></td></tr></table>` +
    `<table id="dagsordenDetaljer"><tbody>${rows.join('')}</tbody></table></body></html>`;
}

describe('the same meeting as its page', () => {
  it('gives the items the page adapter reads from the page rendered from the JSON', () => {
    const json = agendaJson();
    const fromApi = meetingOf(json);
    const page = parseDocument(parseHtmlAsBrowser(pageOf(json)), `${ORIGIN}/vis?id=${MEETING_ID}`);
    if (!page.ok) throw new Error(page.reason);
    expect(fromApi.items).toEqual(page.meeting.items);
    expect([fromApi.committee, fromApi.date, fromApi.startTime, fromApi.location, fromApi.municipality, fromApi.kind]).toEqual([
      page.meeting.committee, page.meeting.date, page.meeting.startTime, page.meeting.location, page.meeting.municipality, page.meeting.kind,
    ]);
  });
});

describe('whatever the JSON holds', () => {
  it.each([
    ['null', null, 'Svaret fra dagsordenssiden er ikke et møde.'],
    ['a list', [], 'Svaret fra dagsordenssiden er ikke et møde.'],
    ['a string', '<html>Log ind</html>', 'Svaret fra dagsordenssiden er ikke et møde.'],
    ['no meeting date', { Dagsordenpunkter: [], Moede: { Dato: 'i morgen' } }, 'Mødet i svaret fra dagsordenssiden har ingen dato.'],
    ['no items', { Moede: { Dato: '2026-05-18T17:00:00+02:00' }, Dagsordenpunkter: 'ingen' }, 'Mødet i svaret fra dagsordenssiden har ingen dagsordenspunkter.'],
  ])('refuses %s in one sentence', (_, json, reason) => {
    expect(read(json)).toEqual({ ok: false, reason });
  });

  it('skips items it cannot read, with a warning each, and keeps the rest', () => {
    const json = agendaJson();
    json.Dagsordenpunkter = [
      json.Dagsordenpunkter[0]!, 7, { Punktnummer: '2½', Navn: 'Halvt punkt' }, { Punktnummer: '9', Navn: '   ', IsOpen: true },
      { ...json.Dagsordenpunkter[1]!, Felter: 'ingen', Bilag: [{ Navn: 'Uden id' }, { Id: '00000000-0000-0000-0000-000000000000', Navn: 'Nul-id' }, null] },
    ];
    json.Udvalg = null;
    json.Moede = { Dato: '2026-05-18T17:00:00+02:00', Moededeltagere: [{ Name: 'Ane Hansen', Absent: true }, { Name: 'Bo Jensen', ParticipationCancelled: true }, 'x', { Name: '' }] };
    const m = meetingOf(json);
    expect(m.items.map((i) => [i.number, i.title, i.attachments])).toEqual([
      [1, 'Godkendelse af dagsorden', []],
      [2, 'Meddelelser', [{ title: 'Uden id' }, { title: 'Nul-id' }]],
    ]);
    expect(m.warnings).toEqual([
      'Et punkt i svaret er ikke et punkt og er sprunget over.',
      'Et punkt uden nummer ("Halvt punkt") er sprunget over.',
      'Punkt 9 har ingen titel og er sprunget over.',
      'Udvalgets navn står ikke i svaret fra dagsordenssiden.',
    ]);
    expect([m.committee, m.participants, m.absent, m.location, m.sourceUrl]).toEqual(['Ukendt udvalg', ['Ane Hansen', 'Bo Jensen'], ['Ane Hansen', 'Bo Jensen'], null, `${ORIGIN}/vis?id=${MEETING_ID}`]);
  });

  it('reads script and markup in the fields as text, never as markup', () => {
    const json = agendaJson();
    json.Dagsordenpunkter = [{
      Punktnummer: '1', Navn: '<img src=x onerror=alert(1)>', IsOpen: true,
      Felter: [{ Html: "<div id='sagsfremstillingContainer'><h3>Sagsfremstilling</h3><span><script>alert(1)</script><b onclick='x()'>Fed</b> &lt;iframe src=javascript:alert(2)&gt;</span></div>" }],
      Bilag: [{ Id: 'javascript:alert(3)', Navn: 'Bilag' }],
    }];
    const [only] = meetingOf(json).items;
    expect(only).toMatchObject({
      title: '<img src=x onerror=alert(1)>',
      sections: [{ heading: 'Sagsfremstilling', text: 'Fed <iframe src=javascript:alert(2)>' }],
      attachments: [{ title: 'Bilag' }],
    });
  });

  it('reads 100,000 nested elements in a field in linear time, with a warning', () => {
    const json = agendaJson();
    const deep = `${'<div>'.repeat(100_000)}Dyb tekst${'</div>'.repeat(100_000)}`;
    json.Dagsordenpunkter = [{ Punktnummer: '1', Navn: 'Dybt', Felter: [{ Html: `<h3>Sagsfremstilling</h3><span>${deep}</span>` }] }];
    const m = meetingOf(json);
    expect(m.items[0]!.sections).toEqual([{ heading: 'Sagsfremstilling', text: 'Dyb tekst' }]);
    expect(m.warnings).toEqual(['Et punkt har elementer i mere end 256 niveauer inden i hinanden; de inderste er læst som almindelig tekst.']);
  });
});
