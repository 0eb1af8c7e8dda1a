/** Version 5's upgrader: the kept threads, and the search index's dates and item counts by part and lexicon by head, from what the library holds. */
import type { Transaction } from 'dexie';
import { indexSlotsAndLexicon } from './search-index/build';
import { indexExistingThreads } from './thread-index/build';

export async function upgradeToVersion5(tx: Transaction): Promise<void> {
  await indexExistingThreads(tx);
  await indexSlotsAndLexicon(tx);
}
