/** Index rows for many meetings at once, in memory: version 2's upgrader, and filling a benchmark library. */
import type { Table, Transaction } from 'dexie';
import type { AgendaItem } from '../../parse/types';
import { lexiconRows, slotParts } from './compact';
import { meetingPostings } from './fields';
import { blockOf, bucketOf, buildRow, MAX_ITEMS, type PostingRow } from './postings';
import { asKeys, LEXICON_UP_TO, STATE, type IndexedMeeting, type LexiconRow, type PostingKey, type SearchDoc, type SearchLogEntry, type SearchState, type SearchTableSet } from './stores';

/** Builds index rows for many meetings at once in memory: the upgrader, and filling a benchmark library. */
export class IndexBuilder {
  readonly docs: SearchDoc[] = [];
  private block = -1;
  /** bucket → term → refs of the current block. */
  private current = new Map<number, Map<string, number[]>>();
  private lexicon = new Set<string>();

  /** Meetings must be added with increasing seq; call flushPostings before a new block starts. */
  add(seq: number, meeting: IndexedMeeting): void {
    const block = blockOf(seq);
    if (block !== this.block && this.current.size) throw new Error('IndexBuilder: flush the postings of a block before the next');
    this.block = block;
    for (const [term, refs] of meetingPostings(seq, meeting.items)) {
      const b = bucketOf(term);
      let terms = this.current.get(b);
      if (!terms) this.current.set(b, (terms = new Map()));
      const list = terms.get(term);
      if (list) list.push(...refs);
      else terms.set(term, refs);
      this.lexicon.add(term);
    }
    this.docs.push({ seq, meetingId: meeting.meetingId, date: meeting.date, committee: meeting.committee, numbers: meeting.items.slice(0, MAX_ITEMS).map((i) => i.number) });
  }

  /** The rows of the current block. */
  postingRows(): Array<[PostingKey, PostingRow]> {
    return [...this.current].map(([b, terms]) => [[b, this.block], buildRow([...terms].sort((x, y) => (x[0] < y[0] ? -1 : 1)))]);
  }

  /** Writes the rows of the current block and forgets them. */
  async flushPostings(postings: Table): Promise<void> {
    const rows = this.postingRows();
    if (rows.length) await postings.bulkPut(rows.map((r) => r[1]), asKeys(rows.map((r) => r[0])));
    this.current.clear();
  }

  lexiconTerms(): string[] {
    return [...this.lexicon].sort();
  }

  /** Writes the docs, the lexicon (as log entries) and the state; postings go block by block through flushPostings. */
  async write(tables: SearchTableSet, chunk = 50_000): Promise<void> {
    // Only IndexedDB work may be awaited inside a transaction.
    if (this.current.size) await this.flushPostings(tables.postings);
    await tables.searchDocs.bulkPut(this.docs);
    let gen = ((await tables.searchMeta.get(STATE)) as SearchState | undefined)?.gen ?? 0;
    const lex = this.lexiconTerms();
    const entries: SearchLogEntry[] = [];
    for (let i = 0; i < lex.length || entries.length === 0; i += chunk) entries.push({ seq: -1, terms: lex.slice(i, i + chunk) });
    await tables.searchLog.bulkPut(entries, entries.map((_, i) => gen + 1 + i));
    gen += entries.length;
    await tables.searchMeta.put({ nextSeq: this.docs.reduce((m, d) => Math.max(m, d.seq + 1), 0), gen }, STATE);
  }
}

/** Version 2's upgrader: numbers the saved meetings oldest first and indexes them. */
export async function indexExistingMeetings(tx: Transaction): Promise<void> {
  const meetings = await tx.table('meetings').toArray();
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const builder = new IndexBuilder();
  const postings = tx.table('postings');
  for (const [seq, m] of meetings.entries()) {
    if (seq > 0 && blockOf(seq) !== blockOf(seq - 1)) await builder.flushPostings(postings);
    // Saved items come back by number; the index keeps that order.
    const items = (await tx.table('items').where('meetingId').equals(m.id).sortBy('number')) as AgendaItem[];
    builder.add(seq, { meetingId: m.id, date: m.date, committee: m.committee, items });
  }
  await builder.write({ searchDocs: tx.table('searchDocs'), postings, searchMeta: tx.table('searchMeta'), searchLog: tx.table('searchLog') });
}

/**
 * Version 5's part of the index, from the stores of version 2: the dates and item counts
 * by part, and the lexicon by head from the terms the log entries hold. Also fills a benchmark library.
 */
export async function indexSlotsAndLexicon(tx: Pick<Transaction, 'table'>): Promise<void> {
  const [docs, log, state] = await Promise.all([tx.table('searchDocs').toArray(), tx.table('searchLog').toArray(), tx.table('searchMeta').get(STATE)]);
  const terms = new Set<string>();
  for (const entry of log as SearchLogEntry[]) for (const t of entry.terms) terms.add(t);
  const rows: LexiconRow[] = [...lexiconRows(terms), { head: LEXICON_UP_TO, terms: [], upTo: (state as SearchState | undefined)?.gen ?? 0 }];
  await Promise.all([tx.table('searchSlots').bulkPut(slotParts(docs as SearchDoc[])), tx.table('lexicon').bulkPut(rows)]);
}
