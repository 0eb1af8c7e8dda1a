/**
 * The PDF fixtures (scripts/make-pdf-fixtures.ts: the seeds printed by Chromium,
 * most with its header and footer) must parse to the same items as their text.
 */
import { describe, expect, it } from 'vitest';
import { parseFile, type Meeting, type ParseResult } from '../../lib/parse/index';
import { nodeEnvironment } from '../../lib/parse/node';
import { fixtureBytes, SEEDS } from '../helpers/fixtures';

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

describe('PDF fixtures parse like their text', () => {
  it.each(seeds)('$base', async ({ text, pdf }) => {
    const fromText = meeting(await parse(fixtureBytes(text), text), text);
    const fromPdf = meeting(await parse(fixtureBytes(pdf), pdf), pdf);
    expect(fromText.items.length).toBeGreaterThan(0);
    expect(project(fromPdf)).toEqual(project(fromText));
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
