/**
 * The schema versions as they shipped in the first release (commit c21a707), copied
 * here as frozen text. A shipped version is never edited (Dexie's rule: a browser
 * that has opened version N never runs N's upgrader again, so an edited N would
 * leave old libraries and new ones different): a change is a new version with an
 * upgrader, appended to LibraryDb and to this list once it ships.
 */
import type { Transaction } from 'dexie';
import { indexExistingMeetings } from '../../lib/db/search-index/build';

export const SHIPPED_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void> }> = [
  {
    version: 1,
    stores: {
      meetings: 'id, identity, date, savedAt, sourceUrl',
      items: '[meetingId+number], meetingId, caseKey, date',
      reads: '[meetingId+number], meetingId',
      notes: '[meetingId+number], meetingId',
    },
  },
  { version: 2, stores: { searchDocs: 'seq, &meetingId', postings: '', searchMeta: '', searchLog: '' }, upgrade: indexExistingMeetings },
  { version: 3, stores: { topics: '++id, &query' } },
];
