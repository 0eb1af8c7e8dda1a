/**
 * Search on a generated library of many blocks (bench/corpus.ts): a page of hits,
 * read newest blocks first, is exactly the start of the full ranking; saves and
 * deletes on top of it keep it so.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { deleteMeeting, saveMeeting } from '../../lib/db/meetings';
import { meetingId } from '../../lib/db/identity';
import { search, type SearchHit } from '../../lib/search/search';
import { BLOCK_SHIFT } from '../../lib/db/search-index/postings';
import { corpus } from '../../bench/corpus';
import { fillLibrary, QUERIES } from '../../bench/search-core';
import { meetingOf, SEEDS } from '../helpers/fixtures';

const COUNT = 360;
let db: LibraryDb;
let c: ReturnType<typeof corpus>;
const key = (h: SearchHit) => `${h.meetingId}#${h.number}`;

beforeAll(async () => {
  db = new LibraryDb('search-library');
  c = corpus(Object.values(SEEDS).map(meetingOf), COUNT, 7);
  await fillLibrary(db, c, COUNT);
  // A few saved the ordinary way on top: one new, one old meeting saved late, one re-saved, one deleted.
  await saveMeeting(db, c.meeting(5000), 'page');
  await saveMeeting(db, { ...c.meeting(5001), date: '2014-06-01' }, 'page');
  const again = c.meeting(5000);
  await saveMeeting(db, { ...again, items: again.items.slice(1) }, 'page');
  await saveMeeting(db, c.meeting(5002), 'page');
  await deleteMeeting(db, meetingId(c.meeting(5002)));
}, 120_000);

afterAll(async () => {
  db.close();
  await Dexie.delete('search-library');
});

describe('a library of many blocks', () => {
  it('has more than ten blocks', async () => {
    expect((await db.searchDocs.count()) >> BLOCK_SHIFT).toBeGreaterThan(10);
  });

  it.each(QUERIES)('a page of "%s" is the start of its full ranking', async (q) => {
    const all = await search(db, q, { limit: Infinity, snippets: false });
    const page = await search(db, q, { limit: 20 });
    expect(page.map(key)).toEqual(all.slice(0, 20).map(key));
    // Ranked: strong first, newer first within each.
    const firstWeak = all.findIndex((h) => !h.strong);
    const strong = firstWeak < 0 ? all : all.slice(0, firstWeak);
    expect(all.slice(strong.length).every((h) => !h.strong)).toBe(true);
    expect(strong.map((h) => h.date)).toEqual(strong.map((h) => h.date).sort().reverse());
  });

  it('finds the meeting saved late and drops the deleted one', async () => {
    const late = c.meeting(5001);
    const word = late.items[0]!.title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
    const hits = await search(db, word, { limit: Infinity, snippets: false });
    expect(hits.map((h) => `${h.date} ${h.number}`)).toContain(`2014-06-01 ${late.items[0]!.number}`);
    const deleted = meetingId(c.meeting(5002));
    for (const q of QUERIES) expect((await search(db, q, { limit: Infinity, snippets: false })).some((h) => h.meetingId === deleted)).toBe(false);
  });
});
