/**
 * The items that match a query in date order, newest first, as topics list them
 * (not ranked as the search ranks them): all of them, or the newest few, read
 * from the index newest blocks first and no further than needed. The items
 * themselves are read only to confirm phrases.
 */
import type { LibraryDb } from '../db/schema';
import { itemsByKey } from '../db/meetings';
import { readDocsBySeq, readingIndex, readLexicon, readLexiconFrom, readLexiconTail } from '../db/search-index/read';
import { cacheOf, docsToRead, keepDocs, type Cache } from './cache';
import { Candidates, FIRST_ROUND, keepTypoRows, typoRowsToRead, type Candidate } from './candidates';
import { phrasesIn } from './match';
import type { Query } from './query';

/** One matching item. */
export interface MatchRef {
  meetingId: string;
  number: number;
  date: string;
  committee: string;
  /** The index's score, as matchItem gives it. */
  score: number;
}

/** Newest first: date, then meeting id and item number (the topics' order). */
function compareMatches(a: MatchRef, b: MatchRef): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.meetingId !== b.meetingId) return a.meetingId < b.meetingId ? -1 : 1;
  return a.number - b.number;
}

function refOf(cache: Cache, c: Candidate): MatchRef {
  const doc = cache.docs.get(c.seq)!;
  return { meetingId: doc.meetingId, number: doc.numbers[c.slot - cache.base[c.seq]!]!, date: doc.date, committee: doc.committee, score: c.score };
}

/**
 * The matches of `query` newest first: every one, or at least the `want` newest, and
 * then every match newer than anything in the blocks not read (so the list is exactly
 * the start of the whole list). `complete`: the list is the whole list.
 */
export async function matchesNewestFirst(db: LibraryDb, query: Query, want = Infinity): Promise<{ matches: MatchRef[]; complete: boolean }> {
  if (query.terms.length === 0) return { matches: [], complete: true };
  // Every await of the transaction is here, one call deep (see search.ts).
  return readingIndex(db, async () => {
    const cache = await cacheOf(db);
    const typo = typoRowsToRead(cache, query);
    keepTypoRows(cache, typo, await readLexicon(db, typo.heads), await readLexiconFrom(db, typo.shorter), await readLexiconTail(db, cache.gen, typo.tail));
    const found = new Candidates(db, cache, query);
    const confirmed: Candidate[] = [];
    let checked = 0;
    let unread = false;
    for (let size = FIRST_ROUND; found.lo > 0; size *= 4) {
      await found.readDown(Math.max(0, found.lo - size));
      // Candidates newer than every meeting not read yet can no longer be passed; they come in date order.
      const floor = found.lo === 0 ? -1 : cache.olderMax[found.lo]!;
      const rest = found.list.slice(checked);
      const certain = rest.filter((c) => c.date > floor);
      // Reordered in place, one by one: a spread of 100,000 candidates overflows the stack.
      found.list.length = checked;
      for (const c of certain) found.list.push(c);
      for (const c of rest) if (c.date <= floor) found.list.push(c);
      checked += certain.length;
      keepDocs(cache, await readDocsBySeq(db, docsToRead(cache, certain.map((c) => c.seq))));
      if (query.phrases.length) {
        // Newest first, and no more items than needed: each confirms (or not) its phrases.
        certain.sort((a, b) => compareMatches(refOf(cache, a), refOf(cache, b)));
        let at = 0;
        while (at < certain.length && confirmed.length < want) {
          const batch = certain.slice(at, (at += Math.max(16, Number.isFinite(want) ? want - confirmed.length : certain.length)));
          const items = await itemsByKey(db, batch.map((c) => refKey(refOf(cache, c))));
          batch.forEach((c, i) => items[i] && phrasesIn(query, items[i]) && confirmed.push(c));
        }
        unread = at < certain.length;
      } else {
        for (const c of certain) confirmed.push(c);
      }
      if (confirmed.length >= want) break;
    }
    return { matches: confirmed.map((c) => refOf(cache, c)).sort(compareMatches), complete: found.lo === 0 && !unread };
  });
}

const refKey = (m: MatchRef): [string, number] => [m.meetingId, m.number];
