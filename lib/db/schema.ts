/**
 * The library's IndexedDB database. One module declares it and its versions;
 * a version that has shipped is never edited: a change is a new version with an
 * upgrader (Dexie's rule).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AgendaItem, Meeting } from '../parse/types';
import { indexExistingMeetings } from './search-index/build';
import type { PostingRow } from './search-index/postings';
import { WATCH_STORES, type FollowedCommittee, type HostCheck, type WatchedEntry } from './watch-stores';
import { SEARCH_STORES, SEARCH_STORES_5, type LexiconRow, type SlotPart, type PostingKey, type SearchDoc, type SearchLogEntry, type SearchState } from './search-index/stores';
import { upgradeToVersion5 } from './version5';
import { THREAD_STORES, type CaseScope, type MeetingRef, type ThreadNode, type ThreadRow } from './thread-index/stores';

/** How a meeting reached the library. */
/** `api`: brought in by a check of a followed committee (lib/watch). */
export type MeetingSource = 'page' | 'pdf' | 'file' | 'bundle' | 'api';

/** A meeting without its items; items live in their own table. */
export interface MeetingRecord extends Omit<Meeting, 'items'> {
  id: string;
  /** Folded municipality, committee and date: finds the same meeting whatever the spelling. */
  identity: string;
  itemCount: number;
  decisionCount: number;
  source: MeetingSource;
  savedAt: number;
  updatedAt: number;
}

export interface ItemRecord extends AgendaItem {
  meetingId: string;
  /** Normalised case number, or '' when the item has none. */
  caseKey: string;
  /** The meeting's date, for sorting items across meetings. */
  date: string;
}

/** The user's own marks: never touched by a re-save. */
export interface ReadMark {
  meetingId: string;
  number: number;
  readAt: number;
}

export interface Note {
  meetingId: string;
  number: number;
  text: string;
  updatedAt: number;
}

/** A followed search: its matches across meetings make up the topic page. */
export interface Topic {
  id: number;
  /** The search as typed, trimmed; unique (following it again finds the same topic). */
  query: string;
  label: string;
  createdAt: number;
  /** Matches in meetings saved (or updated) after this moment are news. */
  lastSeenAt: number;
  /** Show a notification when a saved meeting brings news. */
  notify: boolean;
}

export class LibraryDb extends Dexie {
  meetings!: EntityTable<MeetingRecord, 'id'>;
  items!: Dexie.Table<ItemRecord, [string, number]>;
  reads!: Dexie.Table<ReadMark, [string, number]>;
  notes!: Dexie.Table<Note, [string, number]>;
  /** The search index (search-index/); keys of postings, searchMeta and searchLog are outbound. */
  searchDocs!: Dexie.Table<SearchDoc, number>;
  postings!: Dexie.Table<PostingRow, PostingKey>;
  searchMeta!: Dexie.Table<SearchState, string>;
  searchLog!: Dexie.Table<SearchLogEntry, number>;
  searchSlots!: EntityTable<SlotPart, 'part'>;
  lexicon!: EntityTable<LexiconRow, 'head'>;
  topics!: EntityTable<Topic, 'id'>;
  /** Followed committees and what the watcher saw (watch.ts). */
  committees!: EntityTable<FollowedCommittee, 'key'>;
  watchEntries!: EntityTable<WatchedEntry, 'id'>;
  hostChecks!: EntityTable<HostCheck, 'host'>;
  settings!: Dexie.Table<unknown, string>;
  /** The threads, kept by every save (thread-index/). */
  meetingIndex!: EntityTable<MeetingRef, 'id'>;
  threadNodes!: Dexie.Table<ThreadNode, [string, number]>;
  caseScopes!: EntityTable<CaseScope, 'scope'>;
  threads!: EntityTable<ThreadRow, 'id'>;

  constructor(name = 'referat') {
    super(name);
    this.version(1).stores({
      meetings: 'id, identity, date, savedAt, sourceUrl',
      items: '[meetingId+number], meetingId, caseKey, date',
      reads: '[meetingId+number], meetingId',
      notes: '[meetingId+number], meetingId',
    });
    // Version 2: the search index, built here for meetings saved before it existed.
    this.version(2).stores(SEARCH_STORES).upgrade(indexExistingMeetings);
    // Version 3: followed topics (lib/db/topics.ts).
    this.version(3).stores({ topics: '++id, &query' });
    // Version 4: followed committees, the entries their checks saw, each host's last check, settings (watch.ts).
    this.version(4).stores(WATCH_STORES);
    // Version 5: the threads, kept by every save instead of rebuilt by every page, and the search
    // index's dates and item counts by part and lexicon by head, so a page just opened reads little; built here from what the library holds.
    this.version(5).stores({ ...THREAD_STORES, ...SEARCH_STORES_5 }).upgrade(upgradeToVersion5);
  }
}
