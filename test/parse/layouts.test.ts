/**
 * The layouts of issue 12 (test/fixtures/layouts/README.md): every document of every
 * case folder gives exactly the fields its NAME.expected.json lists, from its text, its
 * PDF and its page alike; every document in refused/ is refused. Folders and documents
 * are found on disk, so a new case is a new file and no line here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lib/sites/parse-file';
import { parseText } from '../../lib/sites/parsers';
import { type AgendaItem, type Meeting, type ParseResult } from '../../lib/parse/types';
import { nodeEnvironment } from '../../lib/parse/node';
import { pdfText } from '../../lib/parse/pdf/extract';
import { FIXTURES, fixtureBytes } from '../helpers/fixtures';

const ROOT = 'layouts/';
const REFUSED = 'refused';
const INPUTS = ['txt', 'pdf', 'html'] as const;

type ExpectedItem = Partial<Record<keyof AgendaItem | 'sectionHeadings', unknown>>;
/** Fields of `Meeting` to compare exactly; `furniture` lists page furniture that must appear nowhere in the result. */
type Expected = Partial<Record<keyof Meeting, unknown>> & { items: ExpectedItem[]; furniture?: string[] };

interface Case {
  folder: string;
  name: string;
  kind: (typeof INPUTS)[number];
  path: string;
}

const files = (dir: string) => readdirSync(FIXTURES + ROOT + dir).sort();
const folders = readdirSync(FIXTURES + ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const caseFolders = folders.filter((f) => f !== REFUSED);

function expectedOf(folder: string, name: string): Expected {
  return JSON.parse(readFileSync(`${FIXTURES}${ROOT}${folder}/${name}.expected.json`, 'utf8')) as Expected;
}

const cases: Case[] = caseFolders.flatMap((folder) =>
  files(folder)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .flatMap((name) =>
      INPUTS.filter((kind) => files(folder).includes(`${name}.${kind}`)).map((kind) => ({ folder, name, kind, path: `${ROOT}${folder}/${name}.${kind}` })),
    ),
);

async function parse(c: Case, expected: Expected): Promise<ParseResult> {
  const bytes = fixtureBytes(c.path);
  if (c.kind === 'txt') return parseText(new TextDecoder().decode(bytes));
  // A page is parsed with the address it came from: that is its sourceUrl.
  const url = c.kind === 'html' ? ((expected.sourceUrl as string | undefined) ?? null) : null;
  return parseFile({ bytes, name: c.path, url }, nodeEnvironment);
}

/** The parsed meeting cut down to the fields the expectation lists, item by item. */
function project(m: Meeting, expected: Expected): Expected {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) {
    if (key !== 'items' && key !== 'furniture') out[key] = m[key as keyof Meeting];
  }
  const keysOf = (i: number) => Object.keys(expected.items[i] ?? expected.items[0] ?? { number: 0, title: '' });
  out.items = m.items.map((item, i) => {
    const row: Record<string, unknown> = {};
    for (const key of keysOf(i)) row[key] = key === 'sectionHeadings' ? item.sections.map((s) => s.heading) : item[key as keyof AgendaItem];
    return row;
  });
  return out as Expected;
}

describe('layouts of other systems', () => {
  it('has cases in every folder, and each case has a document', () => {
    expect(caseFolders.length).toBeGreaterThan(0);
    for (const folder of caseFolders) {
      const names = files(folder).filter((f) => f.endsWith('.expected.json'));
      expect(names.length, folder).toBeGreaterThan(0);
      for (const f of names) expect(cases.some((c) => c.folder === folder && `${c.name}.expected.json` === f), `${folder}/${f}`).toBe(true);
    }
  });

  it('prints a PDF for every text of a PDF layout', () => {
    for (const folder of caseFolders.filter((f) => f.endsWith('-pdf'))) {
      for (const c of cases.filter((c) => c.folder === folder && c.kind === 'txt')) {
        expect(files(folder), `${folder}/${c.name}.pdf`).toContain(`${c.name}.pdf`);
      }
    }
  });

  it.each(cases.map((c) => [`${c.folder}/${c.name}.${c.kind}`, c] as const))('%s gives the expected fields', async (_label, c) => {
    const expected = expectedOf(c.folder, c.name);
    const result = await parse(c, expected);
    if (!result.ok) throw new Error(`${c.path} was refused: ${result.reason}`);
    const { furniture, ...fields } = expected;
    expect(project(result.meeting, expected)).toEqual(fields);
    const json = JSON.stringify(result.meeting);
    for (const line of furniture ?? []) expect(json, `page furniture "${line}"`).not.toContain(line);
  });
});

describe('pdf.js gets the text out of every layout PDF', () => {
  const pdfs = cases.filter((c) => c.kind === 'pdf');

  it.each(pdfs.map((c) => [c.path, c] as const))('%s holds every item title', async (_label, c) => {
    const text = (await pdfText(fixtureBytes(c.path), await nodeEnvironment.loadPdfJs())).replace(/\s+/g, ' ');
    const titles = expectedOf(c.folder, c.name).items.map((i) => String(i.title));
    expect(titles.filter((t) => !text.includes(t))).toEqual([]);
  });
});

describe('lookalikes of minutes stay refused', () => {
  const docs = files(REFUSED).filter((f) => !f.endsWith('.reason.txt'));

  it('has documents, each with the reason it is no minutes', () => {
    expect(docs.length).toBeGreaterThan(0);
    for (const f of docs) expect(files(REFUSED), f).toContain(f.replace(/\.\w+$/, '.reason.txt'));
  });

  it.each(docs)('refuses %s in one sentence', async (f) => {
    const path = `${ROOT}${REFUSED}/${f}`;
    const result = await parseFile({ bytes: fixtureBytes(path), name: path }, nodeEnvironment);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^[A-ZÆØÅ][^\n]*\.$/);
  });
});
