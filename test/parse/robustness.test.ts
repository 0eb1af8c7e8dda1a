/**
 * Every entry takes any input without throwing: truncated documents, 5 MB inputs,
 * inputs built to make regular expressions backtrack, a page of 100,000 nested
 * elements, and the failures the fuzz test (fuzz.test.ts) found, one small case each.
 * Speed itself is measured by `npm run bench` (parse.doublingRatio, fuzz), not here.
 */
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../lib/parse/types';
import { parseFile, parseHtmlString } from '../../lib/parse/index';
import { parseText } from '../../lib/parse/text-styles';
import { nodeEnvironment } from '../../lib/parse/node';
import { fixtureText, meetingOf, SEEDS } from '../helpers/fixtures';
import { answerProblem } from '../helpers/meeting-shape';
import { encodeUtf16, encodeWindows1252 } from '../helpers/mutate';

const MB = 1024 * 1024;
const encode = (s: string) => new TextEncoder().encode(s);

/** A valid meeting or a clear refusal (test/helpers/meeting-shape.ts). */
function expectAnswer(result: ParseResult): void {
  expect(answerProblem(result)).toBeNull();
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

describe('truncated documents', () => {
  it.each(Object.values(SEEDS))('%s cut at 40 places still gives a meeting or a reason', (path) => {
    const text = fixtureText(path);
    for (let k = 1; k <= 40; k++) expectAnswer(parseText(text.slice(0, Math.floor((text.length * k) / 41))));
  });

  it('keeps the items before the cut and rebuilds the rest from the contents', () => {
    const text = fixtureText(SEEDS.hvidovre);
    const result = parseText(text.slice(0, text.indexOf('Punkt 10:')));
    if (!result.ok) throw new Error(result.reason);
    expect(result.meeting.items.map((i) => [i.number, i.recovered])).toEqual([
      [1, false], [2, false], [3, false], [4, false], [5, false], [6, false], [7, false], [8, false], [9, false],
      [10, true], [11, true], [12, true],
    ]);
    expect(result.meeting.warnings).toContain('Overskriften til punkt 10, 11 og 12 mangler i dokumentet; punkterne er genskabt fra indholdsfortegnelsen.');
  });
});

describe('5 MB inputs', () => {
  it('reads 5 MB of real minutes repeated as the minutes once', () => {
    const seed = fixtureText(SEEDS.vejen);
    const once = meetingOf(SEEDS.vejen);
    const copies = Math.ceil((5 * MB) / seed.length);
    const result = parseText(seed.repeat(copies));
    if (!result.ok) throw new Error(result.reason);
    expectAnswer(result);
    // The head of each next copy runs on in the last item of the one before: all other items are the seed's own.
    expect(result.meeting.items.slice(0, -1)).toEqual(once.items.slice(0, -1));
    expect(result.meeting.items.map((i) => [i.number, i.title])).toEqual(once.items.map((i) => [i.number, i.title]));
    expect(result.meeting.warnings).toEqual([...once.warnings, ...once.items.map((i) => `Punkt ${i.number} står ${copies} gange i dokumentet; teksten er samlet i ét punkt.`)]);
    expect(once.warnings).toEqual([]);
  });

  it.each([
    ['one line without breaks', 'Punkt 1: Beslutning i udvalget den '],
    ['dots with no page number', '.'],
    ['tabs and spaces', ' \t  \t'],
    ['item headers', 'Punkt 1: Lukket: \n'],
    ['decision headers without dates', 'Beslutning i Social- og Arbejdsmarkedsudvalget den \n'],
    ['recommendations without end', 'Direktøren indstiller til '],
    ['dates in meeting context', 'på mødet den 20. september 2022 punkt 3, '],
    ['a contents list without items', 'Indholdsfortegnelse\n' + 'Punkt .....\t3\n'],
    ['names', 'Afbud: Anna Hansen (A), Bo Jensen (B) og '],
  ])('takes 5 MB of %s', (_what, unit) => {
    expectAnswer(parseText('REFERAT Byrådet d. 01-01-2024\n\nPunkt 1: Test\n\n' + repeatTo(unit, 5 * MB)));
  });

  it('takes a 5 MB page', async () => {
    const page = '<!doctype html><html><body><main>' + repeatTo('<p>Punkt 1: <b>Test</b> den 20. september 2022</p>', 5 * MB) + '</main></body></html>';
    expectAnswer(await parseFile({ bytes: encode(page), name: 'x.html' }, nodeEnvironment));
  });

  it('takes a page of 100,000 nested elements', async () => {
    const nested = '<!doctype html><html><body>' + '<div>'.repeat(100_000) + 'REFERAT Byrådet d. 01-01-2024' + '</div>'.repeat(100_000) + '</body></html>';
    expectAnswer(await parseFile({ bytes: encode(nested), name: 'x.html' }, nodeEnvironment));
  });
});

/** One case for each kind of failure the fuzz test found (see the report of issue 6). */
describe('found by fuzzing', () => {
  const HEAD = 'REFERAT Byrådet d. 01-01-2024\n\n';

  it('an item number the document has twice becomes one item with the text of both', () => {
    const result = parseText(`${HEAD}Punkt 1: Budget\n\nSagsfremstilling\nFørste del.\n\nPunkt 2: Eventuelt\n\nPunkt 1: Budget\n\nBeslutning\nGodkendt.\n`);
    if (!result.ok) throw new Error(result.reason);
    expectAnswer(result);
    expect(result.meeting.items.map((i) => [i.number, i.title, i.sections, i.decisions])).toEqual([
      [1, 'Budget', [{ heading: 'Sagsfremstilling', text: 'Første del.' }], [{ body: null, date: null, text: 'Godkendt.' }]],
      [2, 'Eventuelt', [], []],
    ]);
    expect(result.meeting.warnings).toContain('Punkt 1 står 2 gange i dokumentet; teksten er samlet i ét punkt.');
  });

  it('a FirstAgenda row copied into the table gives each item once', async () => {
    const page = fixtureText('firstagenda/aarhus-byraad-dagsorden-2025-10-08.html');
    const start = page.indexOf('<tr class="punktrow');
    const end = page.indexOf('<tr class="punktrow', start + 1);
    const copied = page.slice(0, end) + page.slice(start, end) + page.slice(end);
    const url = 'https://dagsordener.aarhus.dk/vis?id=3b3d5d0e-1f5e-4d7a-9a43-6f2c6c1e8a11';
    const [before, after] = [page, copied].map((html) => parseHtmlString(html, url, nodeEnvironment));
    if (!before!.ok || !after!.ok) throw new Error('refused');
    expectAnswer(after!);
    expect(after!.meeting.items).toEqual(before!.meeting.items);
    expect(after!.meeting.warnings).toEqual([...before!.meeting.warnings, `Punkt ${before!.meeting.items[0]!.number} står 2 gange i dokumentet; teksten er samlet i ét punkt.`]);
  });

  it.each([
    ['nothing', '', 'Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden.'],
    ['a cut doctype', '<!doc', 'Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden.'],
  ])('a page of %s is refused, not thrown at (linkedom had no root element)', (_what, html, reason) => {
    expect(parseHtmlString(html, null, nodeEnvironment)).toEqual({ ok: false, reason });
  });

  it('a page without <html> and <body> is read as a browser reads it', () => {
    const result = parseHtmlString(`<!doctype html>\n<meta charset="utf-8"><title>Referat</title>\n<p>${HEAD.trim()}</p><p>Punkt 1: Budget</p><p>Beslutning</p><p>Godkendt.</p>`, null, nodeEnvironment);
    if (!result.ok) throw new Error(result.reason);
    expect([result.meeting.committee, result.meeting.date, result.meeting.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])]).toEqual([
      'Byrådet', '2024-01-01', [[1, 'Budget', ['Godkendt.']]],
    ]);
  });

  it('Windows-1252 dashes and quotes are read as in a browser (Node decodes the name as Latin-1)', async () => {
    const text = `${HEAD}Punkt 1: Budget – “status” … 5 €\n\nBeslutning\nGodkendt.\n`;
    const result = await parseFile({ bytes: encodeWindows1252(text), name: 'referat.txt' }, nodeEnvironment);
    expect(result.ok && result.meeting.items.map((i) => i.title)).toEqual(['Budget – “status” … 5 €']);
  });

  it('UTF-16 without a BOM is read, not refused as binary data', async () => {
    const text = `${HEAD}Punkt 1: Årsregnskab for Søbadet\n\nBeslutning\nGodkendt.\n`;
    for (const littleEndian of [true, false]) {
      const result = await parseFile({ bytes: encodeUtf16(text, littleEndian, false), name: 'referat.txt' }, nodeEnvironment);
      expect(result.ok && result.meeting.items.map((i) => i.title)).toEqual(['Årsregnskab for Søbadet']);
    }
  });
});
