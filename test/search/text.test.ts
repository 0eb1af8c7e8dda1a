/** The pieces of Danish search: folding, stemming, edit distance, queries, refs, snippets. */
import { describe, expect, it } from 'vitest';
import { editDistance, TERM_ALPHABET, typoPrefixes, typoSearchPrefixes, withinOnePrefix } from '../../lib/search/edit';
import { matchItem } from '../../lib/search/match';
import { BUCKET_PREFIX, bitsOf, bucketOf, buildRow, findTerm, indexOf, mergeRow, refOf, seqOf, termAt, termCount, termRefs, type PostingRow } from '../../lib/db/search-index/postings';
import { matchTerm, MIN_PREFIX, parseQuery } from '../../lib/search/query';
import { snippet, snippetText } from '../../lib/search/snippet';
import { stem, termsOf, wordForm } from '../../lib/db/search-index/text';
import type { AgendaItem } from '../../lib/parse/types';
import { seeded } from '../helpers/random';

describe('folding', () => {
  it.each([
    ['Aarhus', 'århus'],
    ['ÅRHUS', 'århus'],
    ['Blå', 'blå'],
    ['ÆBLE', 'æble'],
    ['Søren', 'søren'],
    ['Café', 'cafe'],
    ['Müller', 'muller'],
  ])('%s → %s', (raw, folded) => {
    expect(wordForm(raw).folded).toBe(folded);
  });

  it('skips stop words and single letters, keeps numbers', () => {
    expect(termsOf('Det er godkendt af udvalget i 2023, punkt 5 a')).toEqual(['godkend', 'udvalg', '2023', 'punk', '5']);
  });
});

describe('stemming with Snowball Danish', () => {
  it.each([
    ['varmestue', 'varmestu'],
    ['varmestuens', 'varmestu'],
    ['varmestuer', 'varmestu'],
    ['beslutninger', 'beslutning'],
    ['godkender', 'godkend'],
    ['kommunen', 'kommun'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('matches compounds by the prefix of their stem', () => {
    const [gadeplan] = parseQuery('gadeplan').terms;
    expect(matchTerm(gadeplan!, stem('gadeplansmedarbejdere'))).toBe(2);
    expect(matchTerm(gadeplan!, stem('gadeplanmedarbejdernes'))).toBe(2);
    expect(matchTerm(gadeplan!, stem('plan'))).toBe(0);
  });

  it('short stems match only themselves', () => {
    const [kors] = parseQuery('Kors').terms;
    expect(kors!.prefix).toBe(false);
    expect(matchTerm(kors!, 'kor')).toBe(2);
    expect(matchTerm(kors!, 'korrekt')).toBe(0);
  });
});

describe('edit distance', () => {
  it.each([
    ['', '', 0],
    ['kat', 'kat', 0],
    ['kat', 'kattt', 2],
    ['dobbeltdiagnos', 'dobbeldiagnos', 1],
    ['varmestue', 'varmemestue', 2],
    ['kitten', 'sitting', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('finds a term that begins within one edit of the query stem', () => {
    expect(withinOnePrefix('dobbeltdiagnos', 'dobbeldiagnosetilbud')).toBe(true);
    expect(withinOnePrefix('dobbeltdiagnos', 'dobbeltdiagnose')).toBe(true);
    expect(withinOnePrefix('dobbeltdiagnos', 'xobbeltdiagnos')).toBe(true);
    expect(withinOnePrefix('dobbeltdiagnos', 'dobbeltbelast')).toBe(false);
    expect(withinOnePrefix('dobbeltdiagnos', 'dobeldiagnos')).toBe(false);
  });

  it('agrees with the definition: some prefix of length |q|-1..|q|+1 within distance 1', () => {
    const next = seeded(4);
    const letters = 'abdegiklmnorst';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let k = 0; k < 3000; k++) {
      const q = word(8 + Math.floor(next() * 4));
      // Mostly near misses of q, with a tail: the interesting cases.
      let t = q.split('');
      const edits = Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * t.length);
        const op = Math.floor(next() * 3);
        if (op === 0) t[at] = letters[Math.floor(next() * letters.length)]!;
        else if (op === 1) t.splice(at, 1);
        else t.splice(at, 0, letters[Math.floor(next() * letters.length)]!);
      }
      const term = t.join('') + word(Math.floor(next() * 3));
      const expected = [q.length - 1, q.length, q.length + 1].some((len) => len <= term.length && editDistance(term.slice(0, len), q) <= 1);
      expect(withinOnePrefix(q, term), `${q} / ${term}`).toBe(expected);
      // The index finds it through its prefix ranges, each inside one lexicon row.
      if (expected) expect(typoSearchPrefixes(q).some((p) => term.startsWith(p)), `${q} / ${term}`).toBe(true);
    }
  });

  it('spells out one-letter edits near the start with the letters a term can hold', () => {
    const prefixes = typoPrefixes('ærø', 1);
    expect(prefixes).toContain('rø'); // æ dropped
    expect(prefixes).toContain('arø'); // æ → a
    expect(prefixes).toContain('bærø'); // b inserted
    expect(prefixes).toHaveLength(1 + 2 * TERM_ALPHABET.length - 1);
  });
});

describe('queries', () => {
  it('reads words and quoted phrases', () => {
    const q = parseQuery('"Blå Kors" varmestue "og det"');
    expect(q.terms.map((t) => t.stem)).toEqual(['blå', 'kor', 'varmestu']);
    expect(q.phrases).toHaveLength(1);
    expect(q.phrases[0]!.map((w) => w.folded)).toEqual(['blå', 'kors']);
  });

  it('tolerates a typo in words of eight letters or more only', () => {
    expect(parseQuery('dobbeltdiagnose').terms[0]!.typo).toBe(true);
    expect(parseQuery('varmestue').terms[0]!.typo).toBe(true);
    expect(parseQuery('gadeplan').terms[0]!.typo).toBe(true);
    expect(parseQuery('kommune').terms[0]!.typo).toBe(false);
    expect(parseQuery('20230822').terms[0]!.typo).toBe(false);
  });

  it('tolerates no typo when a long word stems short: "borgerne" is "borg", and one edit of it reaches "bortfald" and "bord"', () => {
    const q = parseQuery('borgerne');
    expect(q.terms[0]).toMatchObject({ stem: 'borg', prefix: true, typo: false });
    const term = (word: string) => wordForm(word).term!;
    expect(['borgere', 'borgerservice', 'borgerrådgiveren'].map((w) => matchTerm(q.terms[0]!, term(w)))).toEqual([2, 2, 2]);
    expect(['bortfaldet', 'bordet', 'borne'].map((w) => matchTerm(q.terms[0]!, term(w)))).toEqual([0, 0, 0]);
    // A long stem keeps its typo: "borgerrådgiveren" misspelt.
    expect(parseQuery('borgerrådgivren').terms[0]!.typo).toBe(true);
  });
});

describe('posting refs and rows', () => {
  const dump = (row: PostingRow | null) => (row ? Object.fromEntries(Array.from({ length: termCount(row) }, (_, i) => [termAt(row, i), termRefs(row, i)])) : null);

  it('pack seq, item index and fields', () => {
    const r = refOf(70_000, 1023, 5);
    expect([seqOf(r), indexOf(r), bitsOf(r)]).toEqual([70_000, 1023, 5]);
  });

  it('round-trip through a row, large refs included', () => {
    const big = [refOf(0, 0, 1), refOf(255, 40, 7), refOf(524_287, 1023, 7)];
    const row = buildRow([['a', big], ['b', [refOf(3, 1, 2)]]]);
    expect(dump(row)).toEqual({ a: big, b: [refOf(3, 1, 2)] });
    expect(findTerm(row, 'b')).toBe(1);
    expect(findTerm(row, 'c')).toBe(2);
  });

  it('replace one meeting\'s refs, keeping other terms and meetings', () => {
    const row = buildRow([
      ['blå', [refOf(1, 0, 1), refOf(2, 0, 1), refOf(2, 5, 4), refOf(3, 1, 2)]],
      ['kor', [refOf(2, 0, 1)]],
      ['varmestu', [refOf(1, 2, 4)]],
    ]);
    const changes = new Map([['blå', [refOf(2, 1, 2)]], ['kor', []], ['gadeplan', [refOf(2, 3, 4)]]]);
    expect(dump(mergeRow(row, 2, changes))).toEqual({
      blå: [refOf(1, 0, 1), refOf(2, 1, 2), refOf(3, 1, 2)],
      gadeplan: [refOf(2, 3, 4)],
      varmestu: [refOf(1, 2, 4)],
    });
    expect(mergeRow(buildRow([['kor', [refOf(2, 0, 1)]]]), 2, new Map([['kor', []]]))).toBeNull();
    expect(dump(mergeRow(undefined, 4, new Map([['x', [refOf(4, 0, 1)]]])))).toEqual({ x: [refOf(4, 0, 1)] });
  });

  it('keep a word\'s prefix family in one bucket', () => {
    expect(MIN_PREFIX).toBeGreaterThanOrEqual(BUCKET_PREFIX);
    for (const t of ['varmestu', 'varmestuebrug', 'varmt']) expect(bucketOf(t)).toBe(bucketOf('var'));
  });
});

function item(title: string, body: string, decision = ''): AgendaItem {
  return {
    number: 1, title, caseNumber: null, closed: false, recovered: false,
    sections: [{ heading: 'Sagsfremstilling', text: body }],
    decisions: decision ? [{ body: null, date: null, text: decision }] : [],
    attachments: [], history: [], absent: [], references: [],
  };
}

describe('matching an item and its snippet', () => {
  const it1 = item('Status', 'Driften af <b>Blå Kors</b> Varmestue blev   udliciteret til Blå Kors Danmark.', 'Taget til efterretning.');

  it('scores by field and requires phrases to be adjacent', () => {
    expect(matchItem(parseQuery('varmestue'), it1)).toEqual({ fields: 4, strong: false, score: 1 });
    expect(matchItem(parseQuery('efterretning status'), it1)).toEqual({ fields: 3, strong: true, score: 2.5 });
    expect(matchItem(parseQuery('"kors danmark"'), it1)).not.toBeNull();
    expect(matchItem(parseQuery('"danmark kors"'), it1)).toBeNull();
    // Words between (here the b of the markup) break a phrase.
    expect(matchItem(parseQuery('"kors varmestue"'), it1)).toBeNull();
  });

  it('gives plain text segments (never markup) and a «» string', () => {
    const segments = snippet(parseQuery('Blå Kors Varmestue'), it1);
    expect(segments).toEqual([
      { text: 'Driften af <b>', hit: false },
      { text: 'Blå Kors', hit: true },
      { text: '</b> ', hit: false },
      { text: 'Varmestue', hit: true },
      { text: ' blev udliciteret til ', hit: false },
      { text: 'Blå Kors', hit: true },
      { text: ' Danmark.', hit: false },
    ]);
    expect(snippetText(segments)).toBe('Driften af <b>«Blå Kors»</b> «Varmestue» blev udliciteret til «Blå Kors» Danmark.');
  });

  it('cuts long texts around the first hit at word boundaries', () => {
    const long = item('X', `${'indledning '.repeat(40)}her står gadeplansmedarbejderne og ${'afslutning '.repeat(40)}`);
    const text = snippetText(snippet(parseQuery('gadeplan'), long));
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('«gadeplansmedarbejderne»');
    expect(text.length).toBeLessThan(220);
    expect(text).toMatch(/^…indledning/);
  });
});
