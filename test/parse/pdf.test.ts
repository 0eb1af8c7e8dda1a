/**
 * The PDF fixtures (scripts/make-pdf-fixtures.ts: the seeds printed by Chromium,
 * most with its header and footer) must parse to the same items as their text.
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lib/sites/parse-file';
import { type Meeting, type ParseResult } from '../../lib/parse/types';
import { nodeEnvironment } from '../../lib/parse/node';
import { pdfText } from '../../lib/parse/pdf/extract';
import { fixtureBytes, fixtureText, SEEDS } from '../helpers/fixtures';

/** The fields a PDF must reproduce exactly; sections and references may differ in wrapping detail. */
function project(m: Meeting) {
  return {
    kind: m.kind,
    committee: m.committee,
    date: m.date,
    startTime: m.startTime,
    location: m.location,
    participants: m.participants,
    absent: m.absent,
    items: m.items.map((i) => ({
      number: i.number,
      title: i.title,
      caseNumber: i.caseNumber,
      closed: i.closed,
      recovered: i.recovered,
      decisions: i.decisions.map((d) => ({ body: d.body, date: d.date, text: d.text })),
      attachments: i.attachments.map((a) => a.title),
      absent: i.absent,
    })),
  };
}

function meeting(result: ParseResult, what: string): Meeting {
  if (!result.ok) throw new Error(`${what} was refused: ${result.reason}`);
  return result.meeting;
}

const parse = (bytes: Uint8Array, name: string) => parseFile({ bytes, name }, nodeEnvironment);

const seeds = Object.values(SEEDS).map((path) => {
  const base = path.replace(/^seeds\//, '').replace(/\.txt$/, '');
  return { base, text: path, pdf: `pdf/${base}.pdf` };
});

/** Printed without Chromium's header and footer (see scripts/make-pdf-fixtures.ts). */
const NO_HEADER_FOOTER = new Set(['001_16db8b72316c9031']);

const layouts = new Map<string, Promise<string[]>>();
/** The PDF's text as the layout rebuilds it, line by line. */
function pdfLines(pdf: string): Promise<string[]> {
  let lines = layouts.get(pdf);
  if (!lines) {
    lines = nodeEnvironment.loadPdfJs().then((pdfjs) => pdfText(fixtureBytes(pdf), pdfjs)).then((text) => text.split('\n'));
    layouts.set(pdf, lines);
  }
  return lines;
}

function seedLines(text: string): string[] {
  return fixtureText(text)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

describe('PDF fixtures parse like their text', () => {
  it.each(seeds)('$base', async ({ text, pdf }) => {
    const fromText = meeting(await parse(fixtureBytes(text), text), text);
    const fromPdf = meeting(await parse(fixtureBytes(pdf), pdf), pdf);
    expect(fromText.items.length).toBeGreaterThan(0);
    expect(project(fromPdf)).toEqual(project(fromText));
  });
});

describe('PDF layout', () => {
  it.each(seeds)('$base: contents lines keep the tab or dots before their page number', async ({ text, pdf }) => {
    const lines = seedLines(text);
    const firstItem = lines.findIndex((l) => /^Punkt \d+:/.test(l));
    const toc = lines.slice(0, firstItem).filter((l) => /(?:\t|\.{2,})\d{1,4}$/.test(l));
    expect(toc.length).toBeGreaterThan(5);
    const got = new Set(await pdfLines(pdf));
    expect(toc.filter((l) => !got.has(l))).toEqual([]);
  });

  it.each(seeds)('$base: wrapped paragraphs come out as one line', async ({ text, pdf }) => {
    // Table rows (with tabs) are left out; a paragraph split by a page break after a full sentence is ambiguous.
    const prose = seedLines(text).filter((l) => !l.includes('\t'));
    const got = new Set(await pdfLines(pdf));
    const whole = prose.filter((l) => got.has(l));
    expect(whole.length / prose.length).toBeGreaterThan(0.98);
  });

  it.each(seeds.filter((s) => !NO_HEADER_FOOTER.has(s.base)))('$base: page headers and footers are gone', async ({ text, pdf }) => {
    const lines = await pdfLines(pdf);
    const joined = lines.join('\n');
    expect(joined).not.toContain('file://');
    expect(joined).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2}/);
    // Page counters ("3/24"); a case number such as "22/20" is in the seed too.
    const seed = new Set(seedLines(text));
    expect(lines.filter((l) => /^\d{1,3}\/\d{1,3}$/.test(l) && !seed.has(l))).toEqual([]);
    // The header repeats the document's title on every page; the title itself stays, once.
    const title = seedLines(text)[0]!;
    expect(lines.filter((l) => l.includes(title))).toEqual([title]);
  });
});

describe('PDFs that are not minutes', () => {
  async function refused(bytes: Uint8Array, name: string): Promise<string> {
    const result = await parse(bytes, name);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('accepted');
    expect(result.reason).toMatch(/\S/);
    return result.reason;
  }

  it('a PDF without a text layer is refused with a reason', async () => {
    const reason = await refused(fixtureBytes('pdf/no-text.pdf'), 'no-text.pdf');
    expect(reason).toMatch(/ingen tekst/);
  });

  it('a truncated PDF is refused with a reason', async () => {
    const bytes = fixtureBytes(`pdf/${seeds[0]!.base}.pdf`);
    await refused(bytes.slice(0, Math.floor(bytes.length / 2)), 'truncated.pdf');
  });

  it('random bytes after "%PDF-" are refused with a reason', async () => {
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let state = 0x2545f491;
    const bytes = new Uint8Array(64 * 1024);
    for (let i = 0; i < bytes.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      bytes[i] = state & 0xff;
    }
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    await refused(bytes, 'random.pdf');
  });
});
