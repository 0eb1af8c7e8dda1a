/**
 * Every site folder is registered, and each has its cases, all of which pass
 * (as refined-github checks its features and Zotero runs its translators' tests):
 * the site claims its own inputs, and each gives exactly the fields its case lists.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITES, type SiteId } from '../../lib/sites/registry';
import { PARSERS, pageSiteFor, parseDocument, parseText, textSiteFor } from '../../lib/sites/parsers';
import { nodeEnvironment } from '../../lib/parse/node';
import type { SiteCase } from '../../lib/sites/site';
import type { ParseResult } from '../../lib/parse/types';
import { fixtureText, SEEDS } from '../helpers/fixtures';

const SITES_DIR = fileURLToPath(new URL('../../lib/sites/', import.meta.url));
const folders = readdirSync(SITES_DIR).filter((f) => statSync(SITES_DIR + f).isDirectory()).sort();

const casesOf = async (id: string): Promise<SiteCase[]> => ((await import(`../../lib/sites/${id}/cases.ts`)) as { cases: SiteCase[] }).cases;

/** The site that claims a case's input, and what it reads from it. */
function read(c: SiteCase, id: SiteId): { claimedBy: string; result: ParseResult } {
  const text = fixtureText(c.fixture);
  if (c.fixture.endsWith('.json')) {
    const api = PARSERS[id].api!;
    return { claimedBy: id, result: api(JSON.parse(text), { origin: new URL(c.url!).origin, parseHtml: nodeEnvironment.parseHtml }) };
  }
  if (c.fixture.endsWith('.html')) {
    const doc = nodeEnvironment.parseHtml(text);
    return { claimedBy: pageSiteFor(doc, c.url ?? null).site.id, result: parseDocument(doc, c.url ?? null) };
  }
  return { claimedBy: textSiteFor(text).site.id, result: parseText(text, { url: c.url ?? null }) };
}

describe('the registry', () => {
  it('lists every site folder once, each with its detector, parser and cases, the generic site last', () => {
    expect(SITES.map((s) => s.id).sort()).toEqual(folders);
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    expect(SITES[SITES.length - 1]!.id).toBe('generic');
    expect(Object.keys(PARSERS).sort()).toEqual(folders);
    for (const folder of folders) {
      for (const file of ['detect.ts', 'parse.ts', 'cases.ts']) expect(existsSync(`${SITES_DIR}${folder}/${file}`), `${folder}/${file}`).toBe(true);
    }
  });

  it.each(folders)('%s has at least one case', async (id) => {
    expect((await casesOf(id)).length).toBeGreaterThan(0);
  });
});

describe.each(folders)('the cases of %s', (id) => {
  it('are claimed by the site and give exactly the fields they list', async () => {
    for (const c of await casesOf(id)) {
      const { claimedBy, result } = read(c, id as SiteId);
      // A page of no known site is read by the generic page, and its text by the site whose style it is.
      if (!c.fixture.endsWith('.html') || id === 'firstagenda' || id === 'generic') expect(claimedBy, c.fixture).toBe(id);
      if (!result.ok) throw new Error(`${c.fixture}: ${result.reason}`);
      const { items, warnings: _warnings, ...head } = result.meeting;
      expect(head, c.fixture).toEqual(c.meeting);
      expect(items.map((i) => [i.number, i.title, i.caseNumber, i.closed]), c.fixture).toEqual(c.items);
      const item = items.find((i) => i.number === c.item.number);
      expect(item && {
        number: item.number, decisions: item.decisions, history: item.history, attachments: item.attachments,
        absent: item.absent, sections: item.sections.map((s) => s.heading),
      }, c.fixture).toEqual(c.item);
    }
  });
});

describe('text detection', () => {
  it.each([SEEDS.herning2022, SEEDS.herning2019])('herning claims %s too', (fixture) => {
    expect(textSiteFor(fixtureText(fixture)).site.id).toBe('herning');
  });

  it.each(folders)('%s claims its text cases behind 100,000 blank lines (a page\'s empty elements)', async (id) => {
    for (const c of (await casesOf(id)).filter((c) => !/\.(html|json)$/.test(c.fixture))) {
      expect(textSiteFor('\n \t'.repeat(100_000) + fixtureText(c.fixture)).site.id).toBe(id);
    }
  });
});
