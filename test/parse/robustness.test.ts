/**
 * Every entry takes any input without throwing: truncated documents, 5 MB inputs,
 * inputs built to make regular expressions backtrack, a page of 100,000 nested
 * elements, and the failures the fuzz test (fuzz.test.ts) found, one small case each.
 * Speed itself is measured by `npm run bench` (parse.doublingRatio, fuzz), not here.
 */
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../lib/parse/types';
import { parseFile, parseHtmlString } from '../../lib/sites/parse-file';
import { parseText } from '../../lib/sites/parsers';
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

  // What each 5 MB tail becomes after the one real item: the sections of item 1, how many decisions
  // it has and the warnings, all from what the tail contains.
  const HEAD = 'REFERAT Byrådet d. 01-01-2024\n\nPunkt 1: Test\n\n';
  const copies = (unit: string) => Math.floor((5 * MB) / unit.length);
  it.each<[string, string, (tail: string) => { sections: Array<{ heading: string; text: string }>; decisions: number; warnings: string[] }]>([
    ['one line without breaks', 'Punkt 1: Beslutning i udvalget den ', (tail) => ({ sections: [{ heading: '', text: tail.trim() }], decisions: 0, warnings: [] })],
    ['dots with no page number', '.', (tail) => ({ sections: [{ heading: '', text: tail }], decisions: 0, warnings: [] })],
    ['tabs and spaces', ' \t  \t', () => ({ sections: [], decisions: 0, warnings: [] })],
    // Each header is item 1 again, with the title "" once "Lukket:" is taken off; the last one is cut at 5 MB after "Pu".
    ['item headers', 'Punkt 1: Lukket: \n', () => ({
      sections: [{ heading: '', text: 'Pu' }],
      decisions: 0,
      warnings: [`Punkt 1 står ${copies('Punkt 1: Lukket: \n') + 1} gange i dokumentet; teksten er samlet i ét punkt.`],
    })],
    ['decision headers without dates', 'Beslutning i Social- og Arbejdsmarkedsudvalget den \n', () => ({ sections: [], decisions: copies('Beslutning i Social- og Arbejdsmarkedsudvalget den \n'), warnings: [] })],
    ['recommendations without end', 'Direktøren indstiller til ', (tail) => ({ sections: [{ heading: '', text: tail }], decisions: 0, warnings: [] })],
    ['dates in meeting context', 'på mødet den 20. september 2022 punkt 3, ', (tail) => ({ sections: [{ heading: '', text: tail }], decisions: 0, warnings: [] })],
    ['a contents list without items', 'Indholdsfortegnelse\n' + 'Punkt .....\t3\n', (tail) => ({ sections: [{ heading: '', text: tail }], decisions: 0, warnings: [] })],
    ['names', 'Afbud: Anna Hansen (A), Bo Jensen (B) og ', (tail) => ({ sections: [{ heading: '', text: tail }], decisions: 0, warnings: [] })],
  ])('takes 5 MB of %s', (_what, unit, expected) => {
    const tail = repeatTo(unit, 5 * MB);
    const result = parseText(HEAD + tail);
    if (!result.ok) throw new Error(result.reason);
    expectAnswer(result);
    const { committee, date, items, warnings } = result.meeting;
    const { sections, decisions, warnings: expectedWarnings } = expected(tail);
    expect([committee, date, items.map((i) => [i.number, i.title])]).toEqual(['Byrådet', '2024-01-01', [[1, 'Test']]]);
    // Compared as a whole, not with toEqual: a failing diff of 5 MB strings would drown the report.
    expect(items[0]!.sections.length).toBe(sections.length);
    expect(items[0]!.sections.every((s, k) => s.heading === sections[k]!.heading && s.text === sections[k]!.text)).toBe(true);
    expect(items[0]!.decisions.length).toBe(decisions);
    expect(warnings).toEqual(expectedWarnings);
  });

  it('reads a 5 MB page of one item repeated as that item once', async () => {
    const unit = '<p>Punkt 1: <b>Test</b> den 20. september 2022</p>';
    const page = '<!doctype html><html><body><main><h1>REFERAT Byrådet d. 01-01-2024</h1>' + repeatTo(unit, 5 * MB) + '</main></body></html>';
    const result = await parseFile({ bytes: encode(page), name: 'x.html' }, nodeEnvironment);
    if (!result.ok) throw new Error(result.reason);
    expectAnswer(result);
    expect([result.meeting.committee, result.meeting.date, result.meeting.items.map((i) => [i.number, i.title, i.sections, i.decisions])]).toEqual([
      'Byrådet', '2024-01-01', [[1, 'Test den 20. september 2022', [], []]],
    ]);
    // The last copy is cut at 5 MB after "den 20".
    expect(result.meeting.warnings).toEqual([`Punkt 1 står ${Math.ceil((5 * MB) / unit.length)} gange i dokumentet (også som "Test den 20"); teksten er samlet i ét punkt.`]);
  });
});

/**
 * A real meeting, each line of the seed in a <div>, inside 100,000 levels of one element (the
 * elements a parser may nest: in tables, ruby, lists, links, repeated html, head and body):
 * it reads as inside 10 levels, and as the seed itself, with a warning where levels were cut.
 */
describe('a page of 100,000 nested elements', () => {
  const NESTING = 'Siden har elementer i mere end 256 niveauer inden i hinanden; de inderste er læst som almindelig tekst.';
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = fixtureText(SEEDS.vejen)
    .split('\n')
    .map((line) => `<div>${escape(line)}</div>`)
    .join('');
  const seed = meetingOf(SEEDS.vejen);
  const page = (open: string, close: string, depth: number) => `<!doctype html><html><body>${open.repeat(depth)}${lines}${close.repeat(depth)}</body></html>`;

  it.each([
    ['<div>', '</div>', [NESTING]],
    ['<caption>', '</caption>', [NESTING]],
    ['<colgroup>', '</colgroup>', [NESTING]],
    ['<thead>', '</thead>', [NESTING]],
    // A browser keeps one html, head and body and ignores the later start tags: nothing is cut.
    ['<html>', '</html>', []],
    ['<head>', '</head>', []],
    ['<body>', '</body>', []],
    ['<rb>', '</rb>', [NESTING]],
    ['<rt>', '</rt>', [NESTING]],
    ['<span>', '</span>', [NESTING]],
    ['<ul><li>', '</li></ul>', [NESTING]],
    ['<a href="https://www.vejen.dk/">', '</a>', [NESTING]],
  ])('%s', async (open, close, cut) => {
    const shallow = parseHtmlString(page(open, close, 10), null, nodeEnvironment);
    const deep = await parseFile({ bytes: encode(page(open, close, 100_000)), name: 'x.html' }, nodeEnvironment);
    if (!shallow.ok) throw new Error(`10 levels: ${shallow.reason}`);
    if (!deep.ok) throw new Error(`100,000 levels: ${deep.reason}`);
    expectAnswer(deep);
    expect(shallow.meeting.items.map((i) => [i.number, i.title])).toEqual(seed.items.map((i) => [i.number, i.title]));
    expect(deep.meeting.items).toEqual(shallow.meeting.items);
    expect(deep.meeting.warnings).toEqual([...shallow.meeting.warnings, ...cut]);
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
