/**
 * The search inside a liveQuery, as the search and topic pages run it: its read
 * transaction must hold to the end (Dexie loses a transaction awaited through
 * async functions nested too deep, and a liveQuery then fails with
 * PrematureCommitError).
 */
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { meetingId } from '../../lib/db/identity';
import { search, type SearchHit } from '../../lib/search/search';
import { meetingOf, SEEDS } from '../helpers/fixtures';

function once<T>(query: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        subscription.unsubscribe();
        resolve(value);
      },
      error: reject,
    });
  });
}

describe('the search in a liveQuery', () => {
  it.each([
    ['words', 'Blå Kors Varmestue', 1],
    ['words, every hit', 'Blå Kors Varmestue', Infinity],
    ['a phrase', '"Blå Kors Varmestue"', 5],
  ])('answers %s as outside one', async (_, query, limit) => {
    const db = new LibraryDb(`live-query-${query}-${limit}`);
    const herning = meetingOf(SEEDS.herning2023);
    await saveMeeting(db, herning, 'page', 1000);
    const hits: SearchHit[] = await once(() => search(db, query, { limit }));
    expect(hits.map((h) => [h.meetingId, h.number])).toEqual([[meetingId(herning), 48]]);
    expect(hits).toEqual(await search(db, query, { limit }));
  });
});
