/** The five real minutes of ../shared/seeds, field by field. */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../lib/parse/types';
import { meetingOf, SEEDS } from '../helpers/fixtures';

type Row = [number: number, title: string, caseNumber: string | null, closed: boolean];

function heads(m: Meeting): Row[] {
  return m.items.map((i) => [i.number, i.title, i.caseNumber, i.closed]);
}

function item(m: Meeting, n: number) {
  const found = m.items.find((i) => i.number === n);
  if (!found) throw new Error(`no item ${n}`);
  return found;
}

const TAGET = 'Taget til efterretning.';

describe('seed 000: Herning, Beskæftigelsesudvalget 22-08-2023', () => {
  const m = meetingOf(SEEDS.herning2023);

  it('reads the meeting head', () => {
    expect({ ...m, items: undefined, warnings: undefined }).toEqual({
      kind: 'referat', municipality: 'Herning Kommune', committee: 'Beskæftigelsesudvalget', date: '2023-08-22',
      startTime: '08:00', location: 'C3.40', participants: [], absent: [], sourceUrl: null, items: undefined, warnings: undefined,
    });
  });

  it('finds every item, rebuilding 58 and 59 from the table of contents', () => {
    expect(heads(m)).toEqual([
      [45, 'Dobbeldiagnosetilbud', '00.01.00-S00-1-23', false],
      [46, 'Status på gadeplanmedarbejdernes arbejde', '27.00.00-A00-5-15', false],
      [47, 'Revurdering af budgetforslag 2024 - Serviceområde 17 Forsørgelse og Beskæftigelse', '00.01.00-S00-1-23', false],
      [48, 'Samling af Blå Kors Varmestue og det øvrige misbrug/udsatte-område', '00.30.00-G01-3-22', false],
      [49, 'Analyse af langvarigt sygefravær', '15.20.00-P05-1-23', false],
      [50, 'Orientering om den nye revisionsmodel som alle kommuner fra og med 2022 skal indberette i til STAR', '00.32.00-K01-3-21', false],
      [51, 'Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget', '27.00.00-A00-5-15', false],
      [52, 'Opfølgning på fleksjobområdet', '15.00.00-A00-19-20', false],
      [53, 'Nøgletal på Social og beskæftigelsesområdet', '00.00.00-P19-1719-10', false],
      [54, 'Revision af sagsbehandlingsfrister på Beskæftigelsesudvalgets ressortområde', '27.69.04-A00-1-23', false],
      [55, 'Social Investeringsmodel for Arbejdsmarkedsinklusion (SIB-projektet)', '15.40.05-P20-1-20', false],
      [56, 'Orientering om hyldestkampe for veteraner', '15.00.00-A00-9-23', false],
      [57, 'Orientering om projektet "Flere kvinder med indvandrerbaggrund i beskæftigelse"', '15.00.00-A00-18-19', false],
      [58, 'Åben drøftelse af klimaplanen', null, false],
      [59, 'Mødekalender 2024', null, false],
      [60, 'Generel orientering', '15.00.00-A00-12-21', false],
      [61, 'Meddelelser til og fra formanden og udvalgets medlemmer', '00.00.00-P19-662-17', false],
    ]);
    expect(m.items.filter((i) => i.recovered).map((i) => i.number)).toEqual([58, 59]);
  });

  it('keeps the stray text of the lost items out of item 57 and says so', () => {
    const i57 = item(m, 57);
    expect(i57.decisions).toEqual([{ body: null, date: null, text: TAGET }]);
    expect(i57.attachments).toEqual([{ title: 'KIB projektet. Evalueringsrapport' }]);
    expect(JSON.stringify(i57)).not.toContain('oplæg forud for udvalgets drøftelse');
    const i58 = item(m, 58);
    expect(i58.sections[0]).toEqual({ heading: '', text: 'Der vil være et oplæg forud for udvalgets drøftelse.' });
    expect(i58.decisions).toEqual([{ body: null, date: null, text: 'Udvalget drøftede oplægget.' }]);
    expect(item(m, 59).sections).toEqual([]);
    expect(m.warnings).toContain(
      'Overskriften til punkt 58 og 59 mangler i dokumentet; punkterne er genskabt fra indholdsfortegnelsen. Teksten efter punkt 57 er flyttet til punkt 58, fordi den ikke hører til punkt 57.',
    );
  });

  it('keeps the header title when the contents spell it differently', () => {
    expect(item(m, 45).title).toBe('Dobbeldiagnosetilbud');
    expect(m.warnings.some((w) => w.includes('"Dobbeltdiagnosetilbud" i indholdsfortegnelsen'))).toBe(true);
  });

  it('reads sections in order, with "Direktøren … indstiller" as the recommendation', () => {
    expect(item(m, 45).sections.map((s) => s.heading)).toEqual(['Kommunikation', 'Resume', 'Sagsfremstilling', 'Økonomi', 'Indstilling']);
    expect(item(m, 45).sections[4]).toEqual({
      heading: 'Indstilling',
      text: 'Direktøren for Social, Sundhed og Beskæftigelse indstiller\n\nat orienteringen tages til efterretning.',
    });
    expect(item(m, 49).sections.map((s) => s.heading)).toEqual(['Kommunikation', 'Resume', 'Sagsfremstilling', 'Tidsplan', 'Økonomi', 'Indstilling']);
  });

  it('joins a paragraph cut by a page break', () => {
    expect(item(m, 45).sections[3]!.text).toContain('hvilket i så fald vil betyde 0,257 millioner kroner i 2025');
  });

  it('reads every decision and attachment', () => {
    expect(m.items.map((i) => i.decisions.map((d) => d.text))).toEqual([
      [TAGET], [TAGET], ['Indstillingen blev tiltrådt.'], ['Indstillingen blev tiltrådt.'],
      ['Udvalget ønsker at være medfinansierende i sygefraværsanalyse. Medfinansieringsbeløbet fastsættes til 500.000 kr.\n\nLone Nielsen kan ikke tiltræde beslutningen.'],
      [TAGET], [TAGET], [TAGET], [TAGET], [TAGET], [TAGET], [TAGET], [TAGET],
      ['Udvalget drøftede oplægget.'], [], [TAGET], ['Intet at meddele.'],
    ]);
    expect(m.items.every((i) => i.decisions.every((d) => d.body === null && d.date === null))).toBe(true);
    expect(m.items.filter((i) => i.attachments.length > 0).map((i) => [i.number, i.attachments.map((a) => a.title)])).toEqual([
      [47, ['Budgetforslag 2024 SO17']],
      [53, ['Nøgletalsrapport Aug 2023']],
      [55, ['Notat om SIB-projektet']],
      [57, ['KIB projektet. Evalueringsrapport']],
      [60, ['Invitation til jobCAMP 2023 - Medl. beskæftigelsesudvalget', 'Foreløbigt program JobCAMP 2023', 'Bilag 1 Ekspertudvalg på socialområdet', 'Bilag 4 Analysenotat Unge Midt']],
    ]);
  });

  it('finds the dated reference to the meeting of 20 September 2022', () => {
    expect(item(m, 46).references).toEqual([
      {
        date: '2022-09-20',
        body: 'Beskæftigelsesudvalget',
        text: 'Beskæftigelsesudvalget besluttede på udvalgsmødet den 20. september 2022 at etablere en styrket gadeplansindsats med to stillinger i et 2-årigt pilotprojekt.',
      },
    ]);
  });
});

describe('seed 001: Herning, Beskæftigelsesudvalget 20-09-2022', () => {
  const m = meetingOf(SEEDS.herning2022);

  it('reads head and items', () => {
    expect([m.kind, m.municipality, m.committee, m.date, m.startTime, m.location]).toEqual(
      ['referat', 'Herning Kommune', 'Beskæftigelsesudvalget', '2022-09-20', '07:45', 'C3.40'],
    );
    expect(heads(m)).toEqual([
      [74, 'Møde mellem Beskæftigelsesudvalget og §17, stk. 4 udvalget.', '00.00.00-P22-1-22', false],
      [75, 'Unge-tema', '15.00.00-A00-4-21', false],
      [76, 'Sameksistens mellem socialt udsatte og andre borgere i Herning by', '27.00.00-A00-5-15', false],
      [77, 'Nøgletal på Social og beskæftigelsesområdet', '00.00.00-P19-1719-10', false],
      [78, 'Bæredygtighed på Beskæftigelsesudvalgets område', '15.00.00-P22-1-22', false],
      [79, 'Proces for udvalgets studietur', '15.00.00-A00-8-22', false],
      [80, 'Mødekalendar 2023', '00.22.00-G01-3-22', false],
      [81, 'Generel orientering', '15.00.00-A00-12-21', false],
      [82, 'Meddelelser til og fra formanden og udvalgets medlemmer', '00.00.00-P19-662-17', false],
    ]);
    expect(m.items.every((i) => !i.recovered)).toBe(true);
  });

  it('reads the decision to hire street workers (punkt 76)', () => {
    expect(item(m, 76).decisions).toEqual([{
      body: null, date: null,
      text: 'Udvalget drøftede sagen og besluttede herefter, at der ikke etableres fysiske samlingssteder. Der etableres en styrket gadeplansindsats med to stillinger i et 2-årigt pilotprojekt.',
    }]);
    expect(m.items.map((i) => i.decisions.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(item(m, 77).attachments).toEqual([{ title: 'Nøgletalsrapport sep 2022' }, { title: 'Ukraine tal' }]);
  });
});

describe('seed 002: Hvidovre, Social- og Arbejdsmarkedsudvalget 05-09-2022', () => {
  const m = meetingOf(SEEDS.hvidovre);
  const SAU = 'Social- og Arbejdsmarkedsudvalget';

  it('reads head, participants and the absent member', () => {
    expect([m.kind, m.municipality, m.committee, m.date, m.startTime, m.location]).toEqual(
      ['referat', 'Hvidovre Kommune', SAU, '2022-09-05', '12:00', 'Hvidovre'],
    );
    expect(m.participants).toEqual(['Silas Fisker', 'Marie-Louise Jørgensen', 'Karin Kofod', 'Maria Durhuus', 'Idris Yorulmaz']);
    expect(m.absent).toEqual(['Maria Durhuus']);
  });

  it('reads all twelve items', () => {
    expect(heads(m)).toEqual([
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
    ]);
  });

  it('reads both decisions of punkt 8, oldest first, and lists the earlier one as history', () => {
    expect(item(m, 8).decisions).toEqual([
      { body: SAU, date: '2022-06-07', text: 'Udsat.' },
      { body: SAU, date: '2022-09-05', text: TAGET },
    ]);
    expect(item(m, 8).history).toEqual([{ body: SAU, date: '2022-06-07', text: 'Udsat.' }]);
  });

  it('reads every decision with body and date, without the absence line', () => {
    expect(m.items.map((i) => i.decisions.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1]);
    for (const i of m.items) {
      const last = i.decisions[i.decisions.length - 1]!;
      expect([last.body, last.date]).toEqual([SAU, '2022-09-05']);
      expect(last.text).not.toContain('Afbud');
    }
    expect(item(m, 2).decisions[0]!.text).toBe(
      'Fagdirektøren orienterede om status på brugertilfredshedsundersøgelsen på handicapområdet.\n\n' +
        "Administrationen orienterede om status på tilmelding til KL's Jobcamp i november.\n\n" +
        'Administrationen orienterede om status på Ukraine-indsatsen i kommunen.\n\n' +
        'Administrationen orienterede om Danmarkskort på Beskæftigelse og Borgerservice, som vil komme på næste møde i udvalget.',
    );
    expect(item(m, 5).decisions[0]!.text).toBe(
      'Ad 1. Anbefales drøftet.\n\nAd 2.\n\nFor: Gruppe A og C.\n\nImod: Gruppe F og gruppe Ø. Gruppe F med henvisning til, at der er behov for en handleplan.\n\nBortfaldet pga. stemmelighed.',
    );
    expect(item(m, 12).decisions[0]!.text).toMatch(/^Idris Yorulmaz \(A\) spurgte .* Administrationen udarbejder et notat\.$/s);
  });

  it('records the absence on every item', () => {
    expect(m.items.map((i) => i.absent)).toEqual(m.items.map(() => ['Maria Durhuus']));
  });

  it('reads sections in order and attachments', () => {
    expect(item(m, 3).sections.map((s) => s.heading)).toEqual(
      ['Beslutningstema', 'Indstilling', 'Sagsfremstilling', 'Økonomiske konsekvenser', 'Retsgrundlag', 'Høring'],
    );
    expect(item(m, 2).sections).toEqual([{ heading: 'Sagsfremstilling', text: '- Brugerundersøgelse\n- Danmarkskort på Beskæftigelse og Borgerservice' }]);
    expect(item(m, 7).attachments.map((a) => a.title)).toEqual([
      'Om velfærdsaftaler i økonomiaftalen',
      'Ansøgning - Velfærdsaftale på beskæftigelsesområdet',
      'Borgmesterbrev fra KL vedr. udvælgelsesproces for velfærdsaftaler på beskæftigelsesområdet',
    ]);
  });

  it('finds dated references with item numbers', () => {
    expect(item(m, 3).references.map((r) => [r.date, r.body ?? null, r.number ?? null])).toEqual([
      ['2022-04-26', null, null],
      ['2021-10-26', 'Kommunalbestyrelsen', 5],
      ['2022-03-14', 'Social- og Arbejdsmarkedsudvalget', 9],
    ]);
  });
});

describe('seed 003: Vejen, Udvalget for arbejdsmarked og integration 25-10-2022', () => {
  const m = meetingOf(SEEDS.vejen);
  const UAI = 'Udvalget for arbejdsmarked og integration';
  const AWAY = ['Martin Clausen', 'Morten Thorøe'];

  it('reads the head and the meeting-level absences', () => {
    expect([m.kind, m.municipality, m.committee, m.date, m.startTime, m.location]).toEqual(
      ['referat', 'Vejen Kommune', `${UAI} 2022-2025`, '2022-10-25', '14:00', 'Kongeåen (3. sal) Vejen Rådhus'],
    );
    expect(m.participants).toEqual(['Morten Thorøe', 'Knud Peter Wad', 'Peter Svane', 'Martin Clausen', 'Henrik Pihl Jessen', 'Tanja Bachmann Hansen', 'Henny Schøler']);
    expect(m.absent).toEqual(AWAY);
  });

  it('reads items with closed flags and markers kept in titles', () => {
    expect(heads(m)).toEqual([
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
    ]);
    expect(m.warnings).toEqual([]);
  });

  it('reads decisions, including the unlabelled ones of closed items', () => {
    const d = (text: string) => [{ body: UAI, date: '2022-10-25', text }];
    expect(item(m, 1).decisions).toEqual(d('Drøftet.'));
    expect(item(m, 4).decisions).toEqual(d('Høringssvar fra Handicaprådet taget til efterretning.\n\nDen Dynamiske Beskæftigelsesplan for 2023 indstilles godkendt.'));
    expect(item(m, 3).decisions).toEqual([{
      body: null, date: null,
      text: 'Udvalget foretrækker som udgangspunkt model 2.\n\nForslagene til udmøntning af delaftale II sendes i høring i det lokale MED-udvalg for BUC samt i det lokale MED-udvalg for administrationen.\n\nEfter høringen genoptages sagen den 29. november 2022.',
    }]);
    expect(item(m, 11).decisions).toEqual([{ body: null, date: null, text: 'Intet.' }]);
    expect(m.items.map((i) => i.decisions.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('reads "Tidligere behandling" into history', () => {
    expect(item(m, 4).history).toEqual([
      { body: UAI, date: '2022-04-26' },
      { body: UAI, date: '2022-06-14' },
      { body: UAI, date: '2022-08-30' },
    ]);
    expect(item(m, 8).history).toEqual([{ body: 'Direktionen', date: '2022-10-04' }]);
    expect(item(m, 7).history).toEqual([]);
  });

  it('reads absences per item and attachments', () => {
    expect(m.items.map((i) => i.absent)).toEqual([...Array(11).fill(AWAY), []]);
    expect(item(m, 5).attachments.map((a) => a.title)).toEqual([
      '20-inspirationshaefte-seniorpraksis-i-industrien-19-09-2022.pdf',
      'Oplæg udenlandsk arbejdskraft 7. oktober.pdf',
      'Det lange arbejdsliv - JC Vejen-364364.1.0.pdf',
    ]);
  });
});

describe('seed 004: Herning, Beskæftigelsesudvalget 24-04-2019', () => {
  const m = meetingOf(SEEDS.herning2019);

  it('reads head and items, with the untitled closed item 32', () => {
    expect([m.kind, m.committee, m.date, m.startTime, m.location]).toEqual(
      ['referat', 'Beskæftigelsesudvalget', '2019-04-24', '08:00', 'Mødet starter hos Jobbanken, Nygade 2-4, Herning og fortsætter i A1.158'],
    );
    expect(heads(m)).toEqual([
      [23, 'Udfordringer og fokus i beskæftigelsesindsatsen i 2019', '15.00.00-A00-8-19', false],
      [24, 'Forebyggelse af sygefravær - investeringsforslag', '15.00.00-A00-19-18', false],
      [25, 'Status på implementering af optimerings- og investeringspakke', '15.00.00-A00-19-18', false],
      [26, 'Viden om ressourceforløb i Herning Kommune', '15.20.00-P05-1-18', false],
      [27, 'Nøgletal på beskæftigelsesområdet', '00.00.00-P19-1719-10', false],
      [28, 'Introduktion til LISES projektet', '15.20.00-P20-1-16', false],
      [29, 'Orientering om BRUS projektet og BRUS konference', '15.00.00-P20-1-19', false],
      [30, 'Projektbevilling. Læringsbeviser til udsatte unge', '15.00.00-A00-3-19', false],
      [31, 'Orientering om tilbagemelding på rapport over tilsyn med Danskuddannelsen', '15.00.00-A00-13-18', false],
      [32, '', '15.00.00-A00-6-19', true],
      [33, 'Meddelelser til og fra formanden og udvalgets medlemmer', '00.00.00-P19-662-17', false],
    ]);
    expect(m.warnings).toEqual([]);
  });

  it('reads decisions and attachments', () => {
    expect(item(m, 23).decisions).toEqual([{
      body: null, date: null,
      text: 'Udvalget drøftede oplægget. Administrationen udarbejder på baggrund af de faldne bemærkninger fornyet oplæg til fokusområder og årsmål.\n\nUdvalget godkendte den fremlagte plan for det videre arbejde.',
    }]);
    expect(m.items.map((i) => i.decisions.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1]);
    expect(item(m, 23).attachments.map((a) => a.title)).toEqual(['Brev til kommuner og jobcentre', 'Bilag 1 Beskæftigelsespolitiske mål 2020', 'Udfordringsbillede s og b-plan 2020']);
    expect(item(m, 33).decisions[0]!.text).toBe('Starttidspunktet for udvalgets møder i efteråret rykkes til kl. 8.30.');
  });
});
