/**
 * A peer in the same run: the bench's query set through MiniSearch (an in-memory
 * index, what most web apps would pick) on the same corpus, given our Danish word
 * splitting, folding and stemming (lib/db/search-index/text.ts), our field weights
 * (title 3, decision 2, body 1), and each query word's prefix and typo rule as
 * MiniSearch has them (its fuzziness is a whole-term edit distance, not ours, a
 * prefix within one edit). Phrases it has not: their words are required.
 * Figures: build time, heap of the index, p95 of the query mix, and how many of
 * the Danish set's ranked top-3 expectations each engine meets.
 */
import MiniSearch from 'minisearch';
import { itemsByKey } from '../lib/db/meetings';
import { meetingId } from '../lib/db/identity';
import type { LibraryDb } from '../lib/db/schema';
import { fieldTexts } from '../lib/db/search-index/fields';
import { wordForm, wordsOf } from '../lib/db/search-index/text';
import { fold } from '../lib/parse/text/normalize';
import type { AgendaItem } from '../lib/parse/types';
import { parseQuery } from '../lib/search/query';
import { search } from '../lib/search/search';
import type { Corpus } from './corpus';
import { percentile, round } from './measure';
import { QUERIES } from './search-core';

/**
 * The Danish set: each query with what a relevant item holds in its title or a
 * decision. A ranked top 3 meets its expectation when all three hits hold it there
 * (a title or decision hit ranks above a body hit, and the corpus has many).
 */
export const DANISH_SET: ReadonlyArray<{ query: string; kind: 'bøjning' | 'sammensætning' | 'tastefejl'; relevant: RegExp }> = [
  { query: 'varmestuer', kind: 'bøjning', relevant: /varmestue/ },
  { query: 'varmestuens', kind: 'bøjning', relevant: /varmestue/ },
  { query: 'borgerne', kind: 'bøjning', relevant: /borger/ },
  { query: 'flygtningene', kind: 'bøjning', relevant: /flygtning/ },
  { query: 'beslutningen', kind: 'bøjning', relevant: /beslutning/ },
  { query: 'gadeplan', kind: 'sammensætning', relevant: /gadeplan/ },
  { query: 'misbrug', kind: 'sammensætning', relevant: /misbrug/ },
  { query: 'beskæftigelse', kind: 'sammensætning', relevant: /beskæftigelse/ },
  { query: 'sygefravær', kind: 'sammensætning', relevant: /sygefravær/ },
  { query: 'dobbeltdiagnose', kind: 'tastefejl', relevant: /dobbelt?diagnose/ },
  { query: 'beskæftigelsesudvalgt', kind: 'tastefejl', relevant: /beskæftigelsesudvalg/ },
  { query: 'handicaprådte', kind: 'tastefejl', relevant: /handicapråd/ },
  { query: 'sameksistenz', kind: 'tastefejl', relevant: /sameksistens/ },
];

const itemId = (meeting: string, number: number) => `${meeting}\u0001${number}`;

function miniSearch(): MiniSearch {
  return new MiniSearch({
    fields: ['title', 'decision', 'body'],
    tokenize: wordsOf,
    processTerm: (word) => wordForm(word).term,
    searchOptions: { boost: { title: 3, decision: 2, body: 1 } },
  });
}

/** Our query rules as a MiniSearch query: every word required, each with its prefix and typo setting. */
function miniQuery(text: string) {
  return {
    combineWith: 'AND' as const,
    queries: parseQuery(text).terms.map((t) => ({ queries: [t.stem], prefix: t.prefix, fuzzy: t.typo ? 1 : false, processTerm: (s: string) => s, tokenize: (s: string) => [s] })),
  };
}

function heap(): number {
  (globalThis as unknown as { gc?: () => void }).gc?.();
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
}

/** Holds the relevance mark in the item's title or a decision? */
function relevant(item: AgendaItem | undefined, mark: RegExp): boolean {
  return !!item && mark.test(fold([item.title, ...item.decisions.map((d) => d.text)].join(' ')));
}

export async function benchMiniSearch(db: LibraryDb, c: Corpus, count: number) {
  const before = heap();
  let t = performance.now();
  let ms: MiniSearch | null = miniSearch();
  for (let i = 0; i < count; i++) {
    const m = c.meeting(i);
    const id = `${meetingId(m)}#${i}`;
    ms.addAll(m.items.map((item) => {
      const texts = fieldTexts(item);
      return {
        id: itemId(id, item.number),
        title: item.title,
        decision: texts.filter((f) => f.field === 'decision').map((f) => f.text).join('\n'),
        body: texts.filter((f) => f.field === 'body').map((f) => f.text).join('\n'),
      };
    }));
  }
  const buildMs = performance.now() - t;
  const heapMb = (heap() - before) / 2 ** 20;

  const times: number[] = [];
  for (const q of QUERIES) ms.search(miniQuery(q));
  for (let r = 0; r < 3; r++) {
    for (const q of QUERIES) {
      t = performance.now();
      ms.search(miniQuery(q));
      times.push(performance.now() - t);
    }
  }

  // The Danish set: top 3 of each engine, each hit judged on its item as saved.
  const judged = { ours: 0, minisearch: 0 };
  const byQuery: Record<string, { kind: string; ours: number; minisearch: number }> = {};
  for (const { query, kind, relevant: mark } of DANISH_SET) {
    const ours = (await search(db, query, { limit: 3, snippets: false })).map((h): [string, number] => [h.meetingId, h.number]);
    const theirs = ms.search(miniQuery(query)).slice(0, 3).map((r): [string, number] => {
      const [meeting, number] = String(r.id).split('\u0001');
      return [meeting!, Number(number)];
    });
    const [a, b] = await Promise.all([itemsByKey(db, ours), itemsByKey(db, theirs)]);
    const score = (items: Array<AgendaItem | undefined>) => items.filter((it) => relevant(it, mark)).length;
    byQuery[query] = { kind, ours: score(a), minisearch: score(b) };
    judged.ours += score(a);
    judged.minisearch += score(b);
  }
  ms = null;
  return {
    buildMs: Math.round(buildMs), heapMb: round(heapMb, 1), p50Ms: round(percentile(times, 50), 1), p95Ms: round(percentile(times, 95), 1),
    top3: { expectations: DANISH_SET.length * 3, minisearch: judged.minisearch, ours: judged.ours, byQuery },
  };
}
