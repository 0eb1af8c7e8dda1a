/** Documents that are not minutes or agendas get one clear sentence, never a meeting. */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lib/sites/parse-file';
import { nodeEnvironment } from '../../lib/parse/node';
import { fixtureBytes, meetingOf } from '../helpers/fixtures';

const NO_ITEMS = 'Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden.';
const bytes = (s: string) => new TextEncoder().encode(s);

describe('not minutes', () => {
  it.each([
    ['a letter', 'not-minutes/brev.txt', NO_ITEMS],
    ['an attachment', 'not-minutes/bilag-notat.txt', NO_ITEMS],
    ['a news page', 'not-minutes/nyhed.html', NO_ITEMS],
    ['the FirstAgenda front page', 'firstagenda/aarhus-forside-listing.html', NO_ITEMS],
  ])('refuses %s', async (_what, path, reason) => {
    expect(await parseFile({ bytes: fixtureBytes(path), name: path }, nodeEnvironment)).toEqual({ ok: false, reason });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'Filen er tom og ikke et referat eller en dagsorden.'],
    ['white space only', bytes(' \n\t\n  \r\n'), 'Filen er tom og ikke et referat eller en dagsorden.'],
    ['binary data', Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256), 'Filen er binære data og ikke et referat eller en dagsorden.'],
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]), 'Filen er binære data og ikke et referat eller en dagsorden.'],
  ])('refuses %s', async (_what, input, reason) => {
    expect(await parseFile({ bytes: input, name: 'x' }, nodeEnvironment)).toEqual({ ok: false, reason });
  });

  it('refuses items without a meeting date', async () => {
    const result = await parseFile({ bytes: bytes('Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n'), name: 'x.txt' }, nodeEnvironment);
    expect(result).toEqual({ ok: false, reason: 'Dokumentet har ingen mødedato, så det ligner ikke et referat eller en dagsorden.' });
  });
});

describe('encodings', () => {
  it('reads Windows-1252 text as older Danish exports are', async () => {
    const latin1 = Uint8Array.from('REFERAT Økonomiudvalget d. 01-02-2024\n\nPunkt 1: Årsregnskab for Søbadet\n\nBeslutning\n\nGodkendt.\n', (c) => c.charCodeAt(0));
    const result = await parseFile({ bytes: latin1, name: 'x.txt' }, nodeEnvironment);
    expect(result.ok && [result.meeting.committee, result.meeting.items[0]!.title]).toEqual(['Økonomiudvalget', 'Årsregnskab for Søbadet']);
  });

  it('reads UTF-8 with a byte order mark and CRLF line ends', async () => {
    const text = '\ufeffREFERAT Økonomiudvalget d. 01-02-2024\r\n\r\nPunkt 1: Årsregnskab\r\n\r\nBeslutning\r\n\r\nGodkendt.\r\n';
    const result = await parseFile({ bytes: bytes(text), name: 'x.txt' }, nodeEnvironment);
    expect(result.ok && result.meeting.items[0]!.decisions).toEqual([{ body: null, date: null, text: 'Godkendt.' }]);
  });
});

describe('a generic text house style', () => {
  const m = meetingOf('text/generic-referat.txt');

  it('reads "Referat fra mødet i … den …", "Pkt. N", "Sagsnr.:" and "Beslutning den …"', () => {
    expect({ ...m, items: undefined }).toEqual({
      kind: 'referat', municipality: 'Herning Kommune', committee: 'Beskæftigelsesudvalget', date: '2022-09-20',
      startTime: '07:45', location: 'Rådhuset, lokale C3.40',
      participants: ['Tommy Tønning', 'Torben Clausen', 'Marianne Bjørn Jensen', 'Jørn Vedel Eriksen', 'Lone Nielsen'],
      absent: ['Lone Nielsen'], sourceUrl: null, items: undefined, warnings: [],
    });
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber, i.decisions])).toEqual([
      [76, 'Sameksistens mellem socialt udsatte og andre borgere i Herning by', '27.00.00-A00-5-15', [{
        body: null, date: '2022-09-20',
        text: 'Udvalget drøftede sagen og besluttede herefter, at der ikke etableres fysiske samlingssteder. Der etableres en styrket gadeplansindsats med to stillinger i et 2-årigt pilotprojekt.',
      }]],
      [77, 'Nøgletal på Social og beskæftigelsesområdet', '00.00.00-P19-1719-10', [{ body: null, date: '2022-09-20', text: 'Taget til efterretning.' }]],
    ]);
    expect(m.items[0]!.sections.map((s) => s.heading)).toEqual(['Sagsresume', 'Sagsfremstilling', 'Økonomi', 'Forslag til beslutning']);
    expect(m.items[0]!.references).toEqual([{
      date: '2022-02-22', body: 'Beskæftigelsesudvalget',
      text: 'Beskæftigelsesudvalget drøftede på mødet den 22. februar 2022 sameksistensen i Herning by.',
    }]);
  });
});

describe('the Aarhus style of the FirstAgenda PDF export', () => {
  const m = meetingOf('text/aarhus-byraad-referat-2025-10-08.txt');

  it('joins the wrapped title, drops page heads and reads Sagsforløb and Beslutninger', () => {
    expect([m.kind, m.municipality, m.committee, m.date, m.startTime, m.location, m.warnings]).toEqual(
      ['referat', 'Aarhus Kommune', 'Aarhus Byråd', '2025-10-08', '16:00', 'Byrådssalen', []],
    );
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber, i.decisions.map((d) => d.text)])).toEqual([
      [1, 'Godkendelse af dagsorden', 'EMN-2023-009832', ['Dagsordenen blev godkendt.']],
      [13, 'Svar på forslag fra Børne- og ungebyrådet om to-voksentimer og bredere information om eksisterende trivselsinitiativer', 'EMN-2025-006131', ['Byrådet tog orienteringen til efterretning.']],
      [22, 'Udviklingsplan Aarhus Ø - endelig vedtagelse', 'EMN-2025-009242', ['Indstillingen blev vedtaget.']],
    ]);
    const i13 = m.items[1]!;
    expect(i13.sections.map((s) => s.heading)).toEqual(['Resume', 'Beslutningspunkter', 'Borgmesterens afdelings påtegning']);
    expect(i13.history.map((h) => [h.body, h.date, h.number])).toEqual([['Aarhus Byråd', '2025-06-10', 31], ['Magistraten', '2025-09-23', 7]]);
    expect(i13.absent).toEqual(['Nicolaj Bang']);
    expect(i13.attachments.map((a) => a.title)).toEqual(['Indstilling', 'Bilag 1: Beslutningsforslag', 'Byrådsdebat 10.06.2025']);
    expect(JSON.stringify(m)).not.toContain('Side 2 af 6');
    expect(JSON.stringify(m)).not.toContain('Aarhus Byråd - Referat');
  });
});
