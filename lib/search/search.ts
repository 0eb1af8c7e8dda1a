/**
 * Search over the library. The index finds the items that hold every word, with
 * the fields they hold them in, and ranks them: items hit in the title or a
 * decision above items hit only in the body, newer meetings above older within
 * each, then by score, then in document order. It reads the newest blocks first
 * and stops once the page cannot change. The items themselves are read only for
 * the page: to confirm phrases and to cut snippets.
 */
import type { LibraryDb } from '../db/schema';
import { itemsByKey } from '../db/meetings';
import type { Field } from '../db/search-index/fields';
import { readDocsBySeq, readingIndex, readLexicon, readLexiconFrom, readLexiconTail } from '../db/search-index/read';
import type { AgendaItem } from '../parse/types';
import { cacheOf, docsToRead, keepDocs, type Cache } from './cache';
import { Candidates, compare, FIRST_ROUND, keepTypoRows, topK, typoRowsToRead, type Candidate } from './candidates';
import { phrasesIn } from './match';
import { parseQuery, type Query } from './query';
import { snippet, snippetText, type Segment } from './snippet';

export interface SearchHit {
  meetingId: string;
  number: number;
  date: string;
  committee: string;
  title: string;
  /** Mean over the query terms of the best hit's field weight: title 3, decision 2, body 1, a typo hit half. */
  score: number;
  /** The item is hit in its title or a decision. */
  strong: boolean;
  fields: Field[];
  snippet: Segment[];
  /** The snippet with «» around the hits. */
  snippetText: string;
}

export interface SearchOptions {
  /** Most hits to return (default 50); Infinity for all. */
  limit?: number;
  /** Build snippets (default true); without them a long list of hits comes faster. */
  snippets?: boolean;
}

/** Words of a query beyond this many are ignored (the per-item counters are bytes). */
const MAX_TERMS = 32;


const FIELD_NAMES: Array<[number, Field]> = [[1, 'title'], [2, 'decision'], [4, 'body']];

/** Ranked hits for `text` in the library. */
export async function search(db: LibraryDb, text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  return searchQuery(db, parseQuery(text), options);
}

export async function searchQuery(db: LibraryDb, query: Query, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 50;
  const withSnippets = options.snippets ?? true;
  if (query.terms.length > MAX_TERMS) query = { ...query, terms: query.terms.slice(0, MAX_TERMS) };
  if (query.terms.length === 0 || limit <= 0) return [];
  // Phrases turn some candidates down: read more of them.
  const need = Number.isFinite(limit) ? limit * (query.phrases.length ? 2 : 1) : Infinity;
  // Every await of the transaction is here, one call deep: Dexie loses a transaction awaited
  // through async functions nested deeper (in a liveQuery it then commits too early).
  return readingIndex(db, async () => {
    const cache = await cacheOf(db);
    const typo = typoRowsToRead(cache, query);
    keepTypoRows(cache, typo, await readLexicon(db, typo.heads), await readLexiconFrom(db, typo.shorter), await readLexiconTail(db, cache.gen, typo.tail));
    const found = new Candidates(db, cache, query);
    // Most queries fill a page of strong hits from recent meetings; growing rounds keep a
    // word whose strong hits are rare from being read over the whole library at once.
    for (let size = FIRST_ROUND; found.lo > 0; size *= 4) {
      await found.readDown(Math.max(0, found.lo - size));
      if (found.lo > 0 && Number.isFinite(need) && found.enough(need)) break;
    }
    const hits: SearchHit[] = [];
    let ranked = topK(found.list, Math.min(found.list.length, need));
    let done = 0;
    for (;;) {
      while (hits.length < limit && done < ranked.length) {
        // Items confirm phrases; fetch more when some fail.
        const batch = ranked.slice(done, done + Math.max(16, limit - hits.length));
        done += batch.length;
        keepDocs(cache, await readDocsBySeq(db, docsToRead(cache, batch.map((c) => c.seq))));
        const items = await itemsByKey(db, batch.map((c) => itemKey(cache, c)));
        // One by one: a spread of 100,000 hits overflows the stack.
        for (const hit of confirmed(query, cache, batch, items, limit - hits.length, withSnippets)) hits.push(hit);
      }
      if (hits.length >= limit || (done >= found.list.length && found.lo === 0)) break;
      // Phrases turned candidates down: read every block left and rank them all; the
      // first `done` stay as they were (the order is total), so go on from there.
      if (found.lo > 0) await found.readDown(0);
      ranked = found.list.sort(compare);
    }
    return hits;
  });
}

/** [meetingId, number] of a candidate's item. */
function itemKey(cache: Cache, c: Candidate): [string, number] {
  const doc = cache.docs.get(c.seq)!;
  return [doc.meetingId, doc.numbers[c.slot - cache.base[c.seq]!]!];
}

/** Up to `room` hits of a batch, from its items: they confirm phrases and give the snippets. */
function confirmed(query: Query, cache: Cache, batch: Candidate[], items: Array<AgendaItem | undefined>, room: number, withSnippets: boolean): SearchHit[] {
  const hits: SearchHit[] = [];
  batch.forEach((c, i) => {
    const item = items[i];
    if (!item || hits.length >= room) return;
    // The index knows the fields and score; only phrases need the words' order from the text.
    if (query.phrases.length && !phrasesIn(query, item)) return;
    const doc = cache.docs.get(c.seq)!;
    const segments = withSnippets ? snippet(query, item) : [];
    hits.push({
      meetingId: doc.meetingId,
      number: item.number,
      date: doc.date,
      committee: doc.committee,
      title: item.title,
      score: c.score,
      strong: c.strong === 1,
      fields: FIELD_NAMES.filter(([bit]) => c.fields & bit).map(([, f]) => f),
      snippet: segments,
      snippetText: withSnippets ? snippetText(segments) : '',
    });
  });
  return hits;
}
