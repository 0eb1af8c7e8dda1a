/**
 * Every entry takes any bytes without throwing: truncated documents, random
 * bytes, 5 MB inputs and inputs built to make regular expressions backtrack.
 * Speed itself is measured by `npm run bench` (parse.doublingRatio), not here.
 */
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../lib/parse/types';
import { parseFile } from '../../lib/parse/index';
import { parseText } from '../../lib/parse/text-styles';
import { nodeEnvironment } from '../../lib/parse/node';
import { fixtureText, SEEDS } from '../helpers/fixtures';
import { randomBytes, seeded } from '../helpers/random';

const MB = 1024 * 1024;
const encode = (s: string) => new TextEncoder().encode(s);

function expectAnswer(result: ParseResult): void {
  if (result.ok) {
    expect(typeof result.meeting.date).toBe('string');
    expect(Array.isArray(result.meeting.items)).toBe(true);
  } else {
    expect(result.reason).toMatch(/^[A-ZÆØÅ"].{10,}\.$/s);
  }
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

describe('random bytes', () => {
  it('300 random inputs through every entry never throw', async () => {
    const next = seeded(20251124);
    for (let n = 0; n < 300; n++) {
      const bytes = randomBytes(next, Math.floor(next() * 20_000));
      const prefix = ['', '%PDF-1.7\n', '<!doctype html><html><body>', 'REFERAT Byrådet d. 01-01-2024\n\nPunkt 1: '][n % 4]!;
      const input = new Uint8Array([...encode(prefix), ...bytes]);
      expectAnswer(await parseFile({ bytes: input, name: 'x' }, nodeEnvironment));
    }
  });

  it('seed text with random lines swapped and dropped never throws', () => {
    const next = seeded(7);
    const lines = fixtureText(SEEDS.herning2023).split('\n');
    for (let n = 0; n < 100; n++) {
      const copy = lines.filter(() => next() > 0.1);
      for (let s = 0; s < 20; s++) {
        const a = Math.floor(next() * copy.length);
        const b = Math.floor(next() * copy.length);
        [copy[a], copy[b]] = [copy[b]!, copy[a]!];
      }
      expectAnswer(parseText(copy.join('\n')));
    }
  });
});

describe('5 MB inputs', () => {
  it('reads 5 MB of real minutes', () => {
    const seed = fixtureText(SEEDS.vejen);
    const result = parseText(repeatTo(seed, 5 * MB));
    expect(result.ok).toBe(true);
    expect(result.ok && result.meeting.items.length).toBeGreaterThan(1000);
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
