/**
 * Every house style and page adapter is registered, and each reads its own
 * fixture (and only its own style claims it), like Zotero translators' test cases.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { styleFor, TEXT_STYLES } from '../../lib/parse/text-styles';
import { adapterFor, PAGE_ADAPTERS } from '../../lib/parse/page-adapters';
import { nodeEnvironment } from '../../lib/parse/node';
import { fixtureText, SEEDS } from '../helpers/fixtures';

const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const modules = (path: string, skip: string[]) =>
  readdirSync(dir(path)).filter((f) => f.endsWith('.ts') && !skip.includes(f)).map((f) => f.replace(/\.ts$/, '')).sort();

const STYLE_FIXTURES: Record<string, string> = {
  herning: SEEDS.herning2023,
  hvidovre: SEEDS.hvidovre,
  vejen: SEEDS.vejen,
  'firstagenda-pdf': 'text/aarhus-byraad-referat-2025-10-08.txt',
  generic: 'text/generic-referat.txt',
};

const PAGE_FIXTURES: Record<string, string> = {
  firstagenda: 'firstagenda/aarhus-byraad-dagsorden-2025-10-08.html',
  'generic-page': 'pages/kommune-cms-referat.html',
};

describe('text styles', () => {
  it('registers every module in lib/parse/styles, generic last', () => {
    expect(TEXT_STYLES.map((s) => s.id).sort()).toEqual(modules('../../lib/parse/styles/', ['style.ts']));
    expect(TEXT_STYLES[TEXT_STYLES.length - 1]!.id).toBe('generic');
    expect(Object.keys(STYLE_FIXTURES).sort()).toEqual(TEXT_STYLES.map((s) => s.id).sort());
  });

  it.each(Object.entries(STYLE_FIXTURES))('%s claims its fixture and reads it', (id, fixture) => {
    const text = fixtureText(fixture);
    expect(styleFor(text).id).toBe(id);
    const result = styleFor(text).parse(text);
    expect(result.ok).toBe(true);
  });

  it.each([SEEDS.herning2022, SEEDS.herning2019])('herning claims %s too', (fixture) => {
    expect(styleFor(fixtureText(fixture)).id).toBe('herning');
  });

  it.each(Object.entries(STYLE_FIXTURES))('%s claims its fixture behind 100,000 blank lines (a page\'s empty elements)', (id, fixture) => {
    expect(styleFor('\n \t'.repeat(100_000) + fixtureText(fixture)).id).toBe(id);
  });
});

describe('page adapters', () => {
  it('registers every module in lib/parse/adapters, generic last', () => {
    expect(PAGE_ADAPTERS.map((a) => a.id).sort()).toEqual(modules('../../lib/parse/adapters/', ['adapter.ts']));
    expect(PAGE_ADAPTERS[PAGE_ADAPTERS.length - 1]!.id).toBe('generic-page');
    expect(Object.keys(PAGE_FIXTURES).sort()).toEqual(PAGE_ADAPTERS.map((a) => a.id).sort());
  });

  it.each(Object.entries(PAGE_FIXTURES))('%s claims its fixture and reads it', (id, fixture) => {
    const doc = nodeEnvironment.parseHtml(fixtureText(fixture));
    const adapter = adapterFor(doc, null);
    expect(adapter.id).toBe(id);
    expect(adapter.parse(doc, null).ok).toBe(true);
  });
});
