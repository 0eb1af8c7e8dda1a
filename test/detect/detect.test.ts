/** The content script's detector on real and made-up pages (linkedom documents). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../lib/parse/node';
import { detectPage } from '../../lib/sites/detect';
import { isFirstAgendaAddress } from '../../lib/sites/firstagenda/detect';
import { labelsIn, LIMITS, textSample } from '../../lib/sites/generic/detect';
import { kkAddress } from '../../lib/sites/kk/detect';
import { fixtureText } from '../helpers/fixtures';

const GUID = '4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';
const FA_URL = `https://dagsordener.aarhus.dk/vis?fk=123&id=${GUID}`;
const doc = (html: string) => nodeEnvironment.parseHtml(html);
const fixture = (path: string) => doc(fixtureText(path));

describe('FirstAgenda Publication', () => {
  it('recognises the real meeting page by its item table, whatever the address', () => {
    const page = fixture('firstagenda/aarhus-byraad-dagsorden-2025-10-08.html');
    expect(detectPage(page, FA_URL)).toEqual({ match: 'firstagenda', ready: true });
    expect(detectPage(page, 'http://127.0.0.1:4000/side.html')).toEqual({ match: 'firstagenda', ready: true });
  });

  it('waits on the dynamic page until its rows are inserted', () => {
    const page = fixture('pages/firstagenda-dynamic.html');
    expect(detectPage(page, FA_URL)).toEqual({ match: 'firstagenda', ready: false });
    page.querySelector('#dagsordenDetaljer tbody')!.innerHTML = '<tr class="punktrow" id="punktrow_1"><td>1</td></tr>';
    expect(detectPage(page, FA_URL)).toEqual({ match: 'firstagenda', ready: true });
  });

  it('waits on a /vis?…id=<GUID> address even before the table exists', () => {
    expect(detectPage(doc('<html><head><title>Indlæser</title></head><body></body></html>'), FA_URL)).toEqual({
      match: 'firstagenda',
      ready: false,
    });
  });

  it('knows the meeting address from other FirstAgenda addresses', () => {
    expect(isFirstAgendaAddress(FA_URL)).toBe(true);
    expect(isFirstAgendaAddress(`http://127.0.0.1:8080/vis?id=${GUID.toUpperCase()}`)).toBe(true);
    expect(isFirstAgendaAddress(`https://dagsordener.aarhus.dk/vis/pdf/bilag/${GUID}/?redirectDirectlyToPdf=false`)).toBe(false);
    expect(isFirstAgendaAddress('https://dagsordener.aarhus.dk/vis?id=123')).toBe(false);
    expect(isFirstAgendaAddress(`https://dagsordener.aarhus.dk/?id=${GUID}`)).toBe(false);
    expect(isFirstAgendaAddress('not a url')).toBe(false);
  });

  it('does not take the front page (a listing of meetings) for a meeting', () => {
    expect(detectPage(fixture('firstagenda/aarhus-forside-listing.html'), 'https://dagsordener.aarhus.dk/')).toEqual({ match: 'none' });
  });
});

describe('other municipal sites', () => {
  it("recognises another municipality's minutes page by its title and labels", () => {
    const found = detectPage(fixture('pages/kommune-cms-referat.html'), 'https://www.hvidovre.dk/politik/referat');
    expect(found.match).toBe('labels');
    expect(found.match === 'labels' && 'labels' in found && found.labels).toEqual(
      expect.arrayContaining(['Beslutning', 'Sagsfremstilling', 'Indstilling', 'Punkt']),
    );
  });

  it('ignores a news page, even one that mentions a decision', () => {
    expect(detectPage(fixture('not-minutes/nyhed.html'), 'https://www.herning.dk/nyheder/varmestue')).toEqual({ match: 'none' });
  });

  it('needs the meeting word in the title or a heading', () => {
    const html = '<html><head><title>Nyheder</title></head><body><h2>Sagsfremstilling</h2><h3>Beslutning</h3><p>Indstilling</p></body></html>';
    expect(detectPage(doc(html), 'https://x.dk/')).toEqual({ match: 'none' });
  });

  it('needs two distinct labels besides the meeting word', () => {
    const one = '<html><head><title>Referat af borgermødet</title></head><body><h1>Referat</h1><p>Beslutning: vi mødes igen.</p></body></html>';
    expect(detectPage(doc(one), 'https://x.dk/')).toEqual({ match: 'none' });
    const two = '<html><head><title>Mødereferat</title></head><body><main><p>Punkt 1: Godkendelse</p><p>Beslutning</p></main></body></html>';
    expect(detectPage(doc(two), 'https://x.dk/')).toMatchObject({ match: 'labels', labels: ['Punkt', 'Beslutning'] });
  });

  it('finds the meeting word in a compound heading (Beslutningsprotokol, Byrådsreferat)', () => {
    const html = (h: string) => `<html><head><title>Kommune</title></head><body><h1>${h}</h1><h2>1. Godkendelse</h2><h3>Sagsfremstilling</h3></body></html>`;
    expect(detectPage(doc(html('Beslutningsprotokol')), 'https://x.dk/').match).toBe('labels');
    expect(detectPage(doc(html('Byrådsreferat 3. maj')), 'https://x.dk/').match).toBe('labels');
  });

  it('reads the seeds wrapped as pages', () => {
    const dir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(dir + file, 'utf8').replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const page = doc(`<html><head><title>Referat</title></head><body><pre>${text}</pre></body></html>`);
      expect(detectPage(page, 'https://x.dk/referat').match, file).toBe('labels');
    }
  });
});

describe('the pages of issue 12 (test/fixtures/layouts/)', () => {
  const KK = 'https://www.kk.dk/dagsordener-og-referater/%C3%98konomiudvalget/m%C3%B8de-12032024/referat/punkt-4';

  it("knows Copenhagen's page of one item by its address: it names no meeting in its title or headings", () => {
    const page = fixture('layouts/kk-punkt-page/oekonomiudvalget-2024-03-12-punkt-4.html');
    expect(detectPage(page, KK)).toEqual({ match: 'kk', ready: true });
    expect(detectPage(page, 'https://www.kk.dk/nyheder/nordhavnsskolen')).toEqual({ match: 'none' });
    expect(kkAddress(KK)).toEqual({ committee: 'Økonomiudvalget', kind: 'referat', number: 4 });
    expect(kkAddress('https://www.kk.dk.example.com/dagsordener-og-referater/x/m%C3%B8de-1/referat/punkt-4')).toBeNull();
    expect(kkAddress('https://www.kk.dk/dagsordener-og-referater/%E0%A4%A/m/referat/punkt-4')).toBeNull();
  });

  it.each([
    ['layouts/rksk-edoc-page/oekonomiudvalget-2025-09-09.html', 'https://www.rksk.dk/om-kommunen/politiske-udvalg-2022-2025/oekonomiudvalget/dagsordener-referater?AgendaID=6194'],
    ['layouts/aalborg-page/byraadet-2023-04-24.html', 'https://referater.aalborg.dk/politiske-udvalg/seneste-fra-byraadet?moedetitel=2023-04-24%2016.00'],
    ['layouts/hedensted-sbsys-page/kommunalbestyrelsen-2025-11-26.html', 'https://www.hedensted.dk/politik/dagsordener-og-referater'],
    ['layouts/frederikssund-page/social-og-sundhed-2023-04-17.html', 'https://www.frederikssund.dk/Politik/Dagsordener-og-referater/social-og-sundhed/2023-04-17_12-00/referat'],
    ['layouts/aaben-dagsorden-page/kommunalbestyrelsen-2018-01-17.html', 'http://www.glostrup.dk/politik/81/2287?agendaid=2579'],
  ])('recognises %s by its title and labels', (path, url) => {
    expect(detectPage(fixture(path), url).match).toBe('labels');
  });
});

describe('bounded work', () => {
  it('counts "Beslutning" but not "Beslutningsprotokol" or prose', () => {
    expect([...labelsIn('Beslutningsprotokol. beslutning. Beslutning i udvalget. Punkt 12: x')]).toEqual(['Beslutning', 'Punkt']);
  });

  it('reads at most a bounded sample of a long page, skipping scripts and styles', () => {
    const filler = '<p>Almindelig tekst om kommunen og dens borgere.</p>'.repeat(5_000);
    const page = doc(`<html><head><title>Referat</title></head><body><script>var Beslutning=1</script><style>.Sagsfremstilling{}</style>${filler}<h4>Beslutning</h4><p>Sagsfremstilling</p></body></html>`);
    const sample = textSample(page, page.body);
    expect(sample.length).toBeLessThanOrEqual(LIMITS.sampleChars);
    expect(sample).not.toContain('Beslutning');
    // The labels sit past the sample, so the page is not taken for minutes.
    expect(detectPage(page, 'https://x.dk/')).toEqual({ match: 'none' });
  });

  it('is quick on a large ordinary page', () => {
    const body = Array.from({ length: 2_000 }, (_, i) => `<h2>Afsnit ${i}</h2><p>Tekst ${i} om vej og park.</p>`).join('');
    const page = doc(`<html><head><title>Nyheder</title></head><body>${body}</body></html>`);
    const start = performance.now();
    for (let i = 0; i < 10; i++) expect(detectPage(page, 'https://x.dk/').match).toBe('none');
    // linkedom is far slower than a browser; this only guards against unbounded walks.
    expect((performance.now() - start) / 10).toBeLessThan(50);
  });

  it('never reads innerText and never imports the parser', () => {
    // Every module the content script's detector reaches (type-only imports are erased).
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const reached = new Set<string>();
    const visit = (file: string): void => {
      if (reached.has(file)) return;
      reached.add(file);
      const source = readFileSync(root + file, 'utf8');
      expect(source, file).not.toMatch(/\.innerText\b|getComputedStyle|getBoundingClientRect/);
      for (const m of source.matchAll(/^import (?!type )[^'\n]*'(\.[^']+)';$/gm)) visit(join(dirname(file), m[1]!) + '.ts');
    };
    visit('lib/sites/detect.ts');
    expect([...reached].sort()).toEqual([
      'lib/sites/aalborg/detect.ts', 'lib/sites/detect.ts', 'lib/sites/firstagenda/detect.ts', 'lib/sites/generic/detect.ts', 'lib/sites/herning/detect.ts',
      'lib/sites/hvidovre/detect.ts', 'lib/sites/kk/detect.ts', 'lib/sites/registry.ts', 'lib/sites/rksk/detect.ts', 'lib/sites/site.ts', 'lib/sites/vejen/detect.ts',
    ]);
  });
});
