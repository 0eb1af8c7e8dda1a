/**
 * Keeps the index current inside the save and delete transactions (it is never
 * rebuilt): a save rewrites at most BUCKETS posting rows, one bulkGet and one
 * bulkPut, however many words the meeting has; its row of dates and item counts; its
 * log entry (and, one save in LEXICON_TAIL, the lexicon rows of the entries before).
 */
import type { Table } from 'dexie';
import type { AgendaItem } from '../../parse/types';
import type { LibraryDb } from '../schema';
import { itemTerms, meetingPostings } from './fields';
import { byHead, mergeTerms, partOf, partWith } from './compact';
import { blockOf, bucketOf, hasTerm, MAX_ITEMS, mergeRow, type PostingRow } from './postings';
import { asKeys, LEXICON_TAIL, LEXICON_UP_TO, STATE, type IndexedMeeting, type LexiconRow, type PostingKey, type SearchDoc } from './stores';

/** Tables a save or delete must hold in its transaction to keep the index current. */
export function searchTables(db: LibraryDb): Table[] {
  return [db.searchDocs, db.postings, db.searchMeta, db.searchLog, db.searchSlots, db.lexicon];
}

function byBucket<T>(terms: Iterable<[string, T]>): Map<number, Map<string, T>> {
  const out = new Map<number, Map<string, T>>();
  for (const [term, value] of terms) {
    const b = bucketOf(term);
    let m = out.get(b);
    if (!m) out.set(b, (m = new Map()));
    m.set(term, value);
  }
  return out;
}

/**
 * Brings the index of one meeting up to date: `next` is what is being saved (null
 * on delete), `oldItems` what was saved before (its postings are removed). Runs
 * inside the caller's rw transaction, which must include searchTables(db).
 */
export async function updateSearchIndex(db: LibraryDb, meetingId: string, next: IndexedMeeting | null, oldItems: readonly AgendaItem[] | null): Promise<void> {
  const [state, doc, marker] = await Promise.all([db.searchMeta.get(STATE), db.searchDocs.where('meetingId').equals(meetingId).first(), db.lexicon.get(LEXICON_UP_TO)]);
  if (!doc && !next) return;
  const { nextSeq, gen } = state ?? { nextSeq: 0, gen: 0 };
  const seq = doc?.seq ?? nextSeq;
  const block = blockOf(seq);
  const changes = next ? meetingPostings(seq, next.items) : new Map<string, number[]>();
  // Terms of the old version leave this meeting's refs: an empty change removes them.
  if (doc && oldItems) for (const item of oldItems.slice(0, MAX_ITEMS)) for (const term of itemTerms(item).keys()) if (!changes.has(term)) changes.set(term, []);
  const buckets = [...byBucket(changes)];
  const keys = buckets.map(([b]): PostingKey => [b, block]);
  const [rows, partRow] = await Promise.all([db.postings.bulkGet(keys), db.searchSlots.get(partOf(seq))]);

  // Terms that may be new to the library: not in their row of this block (nor, when that
  // leaves many, of the previous one). They go to the log entry as they are: a known
  // term listed again costs a few bytes, asking the lexicon first a request per term.
  let unknown = buckets.flatMap(([, terms], i) => [...terms].filter(([t, refs]) => refs.length && !hasTerm(rows[i], t)).map(([t]) => t));
  if (unknown.length > 256 && block > 0) {
    const prev = await db.postings.bulkGet(keys.map(([b]): PostingKey => [b, block - 1]));
    const prevRows = new Map(keys.map(([b], i) => [b, prev[i]]));
    unknown = unknown.filter((t) => !hasTerm(prevRows.get(bucketOf(t)), t));
  }

  // Once the log runs LEXICON_TAIL entries past the lexicon rows, this save folds them in.
  const upTo = marker?.upTo ?? 0;
  let grown: LexiconRow[] = [];
  if (gen + 1 - upTo >= LEXICON_TAIL) {
    const tail = await db.searchLog.where(':id').between(upTo, gen, false, true).toArray();
    const heads = [...byHead([...tail.flatMap((e) => e.terms), ...unknown])];
    const lexicon = await db.lexicon.bulkGet(heads.map(([h]) => h));
    grown = heads.flatMap(([head, terms], i): LexiconRow[] => {
      const row = mergeTerms(head, lexicon[i], terms);
      return row ? [row] : [];
    });
    grown.push({ head: LEXICON_UP_TO, terms: [], upTo: gen + 1 });
  }

  const putKeys: PostingKey[] = [];
  const putRows: PostingRow[] = [];
  const dropKeys: PostingKey[] = [];
  buckets.forEach(([, terms], i) => {
    const row = mergeRow(rows[i], seq, terms);
    if (row) {
      putKeys.push(keys[i]!);
      putRows.push(row);
    } else if (rows[i]) {
      dropKeys.push(keys[i]!);
    }
  });
  const writes: Array<Promise<unknown>> = [
    db.postings.bulkPut(putRows, asKeys(putKeys)),
    db.searchMeta.put({ nextSeq: Math.max(nextSeq, seq + 1), gen: gen + 1 }, STATE),
    db.searchLog.put({ seq, terms: unknown }, gen + 1),
    db.lexicon.bulkPut(grown),
  ];
  if (dropKeys.length) writes.push(db.postings.bulkDelete(dropKeys));
  const saved: SearchDoc | null = next && { seq, meetingId, date: next.date, committee: next.committee, numbers: next.items.slice(0, MAX_ITEMS).map((i) => i.number) };
  const part = partWith(partRow, seq, saved);
  writes.push(saved ? db.searchDocs.put(saved) : db.searchDocs.delete(seq));
  writes.push(part ? db.searchSlots.put(part) : db.searchSlots.delete(partOf(seq)));
  await Promise.all(writes);
}
