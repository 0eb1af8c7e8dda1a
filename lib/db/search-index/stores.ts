/**
 * The stores of the search index (version 2 of the schema), kept up to date by
 * the save and delete transactions (update.ts), never rebuilt:
 * - postings: [bucket, block] → PostingRow (postings.ts): a save
 *   rewrites at most BUCKETS rows, one bulkGet and one bulkPut, however many words
 *   the meeting has (IndexedDB pays per request: one row per word would cost
 *   ~2,500 requests for a 60 KB meeting);
 * - searchDocs: one row per meeting: its number `seq`, date, committee and item
 *   numbers (a ref holds an item's index, not its number);
 * - searchMeta: 'state' → the next seq and a generation that grows with every save;
 * - searchLog: generation → the meeting the save changed and the terms it may have
 *   brought new to the library. Together the entries are the lexicon (every term
 *   ever indexed, for typo look-ups; a term whose items are gone stays, harmless),
 *   written as one row per save rather than one per term; a reader loads them once
 *   and then reads only the entries after its generation.
 */
import type { IndexableTypeArrayReadonly, Table } from 'dexie';
import type { AgendaItem } from '../../parse/types';

export interface SearchDoc {
  seq: number;
  meetingId: string;
  date: string;
  committee: string;
  /** Item numbers by item index. */
  numbers: number[];
}

export interface SearchState {
  nextSeq: number;
  gen: number;
}

export interface SearchLogEntry {
  /** The meeting saved or deleted; -1 when many changed at once (the upgrader). */
  seq: number;
  /** Terms for the lexicon: the new ones, and some it may hold already. */
  terms: string[];
}

/** [bucket, block]. */
export type PostingKey = [number, number];

/** The stores of version 2 (schema.ts). */
export const SEARCH_STORES = {
  searchDocs: 'seq, &meetingId',
  postings: '',
  searchMeta: '',
  searchLog: '',
} as const;

/** The key of the one searchMeta row. */
export const STATE = 'state';

/** Dexie's types do not admit [number, number] keys in bulkPut; IndexedDB does. */
export const asKeys = (keys: PostingKey[]) => keys as unknown as IndexableTypeArrayReadonly;

export interface IndexedMeeting {
  meetingId: string;
  date: string;
  committee: string;
  items: readonly AgendaItem[];
}

export interface SearchTableSet {
  searchDocs: Table;
  postings: Table;
  searchMeta: Table;
  searchLog: Table;
}

