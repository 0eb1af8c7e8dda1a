/**
 * The search benchmark's measuring, shared by Node (fake-indexeddb) and Chromium
 * (bench/search-page.ts): fill a library from the generated corpus, time a query
 * mix, time saves of 60 KB meetings, and weigh the index.
 */
import { meetingIdentity, meetingId } from '../lib/db/identity';
import { caseKey } from '../lib/threads/keys';
import { saveMeeting } from '../lib/db/meetings';
import type { ItemRecord, LibraryDb, MeetingRecord } from '../lib/db/schema';
import { IndexBuilder, indexSlotsAndLexicon } from '../lib/db/search-index/build';
import { fieldTexts } from '../lib/db/search-index/fields';
import type { PostingKey } from '../lib/db/search-index/stores';
import { searchTables } from '../lib/db/search-index/update';
import { ruleFields, threadRows, writeThreadRows } from '../lib/db/thread-index/build';
import { threadTables } from '../lib/db/thread-index/update';
import { BLOCK_SHIFT, rowBytes } from '../lib/db/search-index/postings';
import { search } from '../lib/search/search';
import type { Meeting } from '../lib/parse/types';
import { corpus, textBytes, type Corpus } from './corpus';

/** Single words, compounds, several words, phrases, typos, and a word in nearly every item. */
export const QUERIES = [
  'varmestue',
  'gadeplan',
  'Blå Kors Varmestue',
  '"blå kors"',
  'dobbeltdiagnose',
  'budgetopfølgning',
  'handicaprådet',
  'flygtninge Ukraine',
  'socialt udsatte',
  '"socialt udsatte borgere"',
  'beskæftigelsesudvalgt',
  'rusmidelbehandling',
  'sameksistens',
  'aarhus',
  'integration',
  'misbrug',
  'kommune',
  'godkendt indstilling',
  'danskuddannelse',
  'jobcenter',
];

export const LIMIT = 20;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

function records(m: Meeting, id: string): { record: MeetingRecord; items: ItemRecord[] } {
  const { items, ...head } = m;
  return {
    record: {
      ...head, id, identity: meetingIdentity(m), itemCount: items.length,
      decisionCount: items.reduce((n, i) => n + i.decisions.length, 0), source: 'bundle', savedAt: 0, updatedAt: 0,
    },
    items: items.map((item) => ({ ...item, meetingId: id, caseKey: caseKey(item.caseNumber), date: m.date })),
  };
}

/**
 * Fills a library with meetings 0..count-1 of the corpus, seq = i (saved in that
 * order), a block of meetings per transaction. The rows are those saveMeeting
 * writes one meeting at a time (test/search/seeds.test.ts checks that they agree).
 */
export async function fillLibrary(db: LibraryDb, c: Corpus, count: number): Promise<{ rawTextBytes: number; threadsMs: number }> {
  const builder = new IndexBuilder();
  // What the thread rules read of each meeting, for the thread rows at the end (as the upgrader builds them).
  const thin: Array<{ id: string; meeting: Meeting; updatedAt: number }> = [];
  const perBlock = 1 << BLOCK_SHIFT;
  let rawTextBytes = 0;
  for (let first = 0; first < count; first += perBlock) {
    const meetings: MeetingRecord[] = [];
    const items: ItemRecord[] = [];
    for (let i = first; i < Math.min(count, first + perBlock); i++) {
      const m = c.meeting(i);
      // The corpus may give two meetings one identity; the benchmark keeps both.
      const id = `${meetingId(m)}#${i}`;
      const r = records(m, id);
      meetings.push(r.record);
      items.push(...r.items);
      rawTextBytes += textBytes(m.items, fieldTexts);
      builder.add(i, { meetingId: id, date: m.date, committee: m.committee, items: m.items });
      thin.push({ id, meeting: { ...m, items: m.items.map(ruleFields) }, updatedAt: 0 });
    }
    await db.transaction('rw', [db.meetings, db.items, db.postings], async () => {
      await db.meetings.bulkPut(meetings);
      await db.items.bulkPut(items);
      await builder.flushPostings(db.postings);
    });
  }
  await db.transaction('rw', searchTables(db), async () => {
    await builder.write(db);
    // Version 5's dates and item counts by part, and lexicon by head, as its upgrader builds them from the rows above.
    await indexSlotsAndLexicon(db);
  });
  const t = performance.now();
  const rows = threadRows(thin);
  thin.length = 0;
  await db.transaction('rw', threadTables(db), () => writeThreadRows(db, rows));
  return { rawTextBytes, threadsMs: Math.round(performance.now() - t) };
}

export interface SearchFigures {
  p50Ms: number;
  p95Ms: number;
  /** The first query, which also loads the reader's cache (docs and lexicon). */
  firstMs: number;
  queries: number;
  meanHits: number;
  /** Median time per query of the mix. */
  byQuery: Record<string, number>;
}

/** Times every query of the mix `rounds` times, after one round to warm up. */
export async function measureSearch(db: LibraryDb, rounds = 3, queries = QUERIES): Promise<SearchFigures> {
  let t = performance.now();
  await search(db, queries[0]!, { limit: LIMIT });
  const firstMs = performance.now() - t;
  let hits = 0;
  for (const q of queries) hits += (await search(db, q, { limit: LIMIT })).length;
  const times: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      t = performance.now();
      await search(db, q, { limit: LIMIT });
      const ms = performance.now() - t;
      times.push(ms);
      perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
    }
  }
  const byQuery = Object.fromEntries([...perQuery].map(([q, ts]) => [q, round(percentile(ts, 50), 1)]));
  return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), firstMs: round(firstMs), queries: times.length, meanHits: round(hits / queries.length, 1), byQuery };
}

export interface SaveFigures {
  msPerMeeting: number;
  meanMs: number;
  p95Ms: number;
  meetingBytes: number;
  saves: number;
}

/** Saves `n` new 60 KB meetings (the largest seed, all items, new wording) through saveMeeting. */
export async function measureSave(db: LibraryDb, c: Corpus, n = 20, from = 1_000_000): Promise<SaveFigures> {
  const times: number[] = [];
  let bytes = 0;
  for (let k = 0; k < n + 2; k++) {
    const m = c.meeting(from + k, { base: 0, share: 1 });
    // A date of its own, so every save is a new meeting.
    const day = new Date(Date.UTC(2030, 0, 1) + ((from % 100_000) + k) * 86_400_000).toISOString().slice(0, 10);
    const meeting = { ...m, date: day };
    const t = performance.now();
    const result = await saveMeeting(db, meeting, 'page');
    const ms = performance.now() - t;
    if (result.status !== 'created') throw new Error(`save ${k}: ${result.status}`);
    if (k >= 2) {
      times.push(ms);
      bytes += new TextEncoder().encode(m.items.flatMap((i) => fieldTexts(i).map((f) => f.text)).join('\n')).length;
    }
  }
  return { msPerMeeting: round(percentile(times, 50)), meanMs: round(times.reduce((a, b) => a + b, 0) / times.length), p95Ms: round(percentile(times, 95)), meetingBytes: Math.round(bytes / n), saves: n };
}

export interface IndexFigures {
  /** Keys and values of the index stores as stored (before the database's own overhead). */
  bytes: number;
  postingsBytes: number;
  lexiconTerms: number;
  postingRows: number;
}

/** Weighs the index store by store, reading it in slices. */
export async function indexBytes(db: LibraryDb): Promise<IndexFigures> {
  const encoder = new TextEncoder();
  let postingsBytes = 0;
  let postingRows = 0;
  let last: PostingKey | null = null;
  for (;;) {
    const coll = last ? db.postings.where(':id').above(last) : db.postings.toCollection();
    const keys = (await coll.clone().limit(50_000).primaryKeys()) as PostingKey[];
    if (keys.length === 0) break;
    const values = await db.postings.bulkGet(keys as never);
    keys.forEach((_, i) => (postingsBytes += 16 + (values[i] ? rowBytes(values[i]) : 0)));
    postingRows += keys.length;
    last = keys[keys.length - 1]!;
  }
  const log = await db.searchLog.toArray();
  const lexiconBytes = log.reduce((n, e) => n + 16 + e.terms.reduce((m, t) => m + encoder.encode(t).length + 2, 0), 0);
  const lexicon = new Set(log.flatMap((e) => e.terms));
  const docs = await db.searchDocs.toArray();
  const docsBytes = encoder.encode(JSON.stringify(docs)).length;
  return { bytes: postingsBytes + lexiconBytes + docsBytes, postingsBytes, lexiconTerms: lexicon.size, postingRows };
}

export { corpus };
