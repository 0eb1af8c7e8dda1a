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
 * - searchLog: generation → the meeting the save changed, so a reader catches up on
 *   the saves after its own generation. Until version 5 each entry also held the
 *   terms the save may have brought new to the library: together they were the
 *   lexicon, which a new reader had to load whole.
 *
 * Version 5 adds two stores, so a new reader (a page just opened) reads little:
 * - searchSlots: each meeting's date and item count, 1,024 meetings to a row (a few
 *   kilobytes), what a reader needs of every meeting to rank; the rest of a doc is
 *   read for the hits alone;
 * - lexicon: the first LEXICON_HEAD letters → every term ever indexed that begins
 *   with them, sorted (for typo look-ups; a term whose items are gone stays,
 *   harmless): a typo reads the few rows its edits can reach, never the whole list.
 *   The rows hold the terms of the log entries up to the generation the row with
 *   the empty head names (`upTo`); a save only adds its log entry, as before, and
 *   once LEXICON_TAIL entries are past it, folds them into the rows. A reader reads
 *   the rows it needs and the entries after `upTo`.
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

/** Seqs to a searchSlots row. */
export const PART_SHIFT = 10;
export const PART_SIZE = 1 << PART_SHIFT;

/** The dates and item counts of PART_SIZE meetings, seq (part << PART_SHIFT) + i at index i. */
export interface SlotPart {
  part: number;
  /** Items + 1 (so 0 is no meeting); MAX_ITEMS at most. */
  counts: Uint32Array;
  /** yyyymmdd, 0 without a meeting. */
  dates: Uint32Array;
}

export interface LexiconRow {
  /** '' for the row that says up to which generation the others are complete. */
  head: string;
  /** Sorted. */
  terms: string[];
  /** On the row with the empty head: the generation the rows hold every term up to. */
  upTo?: number;
}

/** The key of the lexicon row that holds `upTo`. */
export const LEXICON_UP_TO = '';

/** Log entries a save leaves past `upTo` before it folds them into the rows. */
export const LEXICON_TAIL = 128;

/** Letters of a term that choose its lexicon row; shorter terms are a row's head themselves. */
export const LEXICON_HEAD = 3;

export const headOf = (term: string): string => term.slice(0, LEXICON_HEAD);

/** The stores of version 2 (schema.ts). */
export const SEARCH_STORES = {
  searchDocs: 'seq, &meetingId',
  postings: '',
  searchMeta: '',
  searchLog: '',
} as const;

/** The stores version 5 adds (schema.ts). */
export const SEARCH_STORES_5 = {
  searchSlots: 'part',
  lexicon: 'head',
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

