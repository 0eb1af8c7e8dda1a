/** The lexicon a reader sees: every term of the lexicon rows, and of the log entries past them. */
import type { LibraryDb } from '../../lib/db/schema';
import { LEXICON_UP_TO } from '../../lib/db/search-index/stores';

export async function lexiconSeen(db: LibraryDb): Promise<string[]> {
  const rows = await db.lexicon.toArray();
  const upTo = rows.find((r) => r.head === LEXICON_UP_TO)?.upTo ?? 0;
  const tail = await db.searchLog.where(':id').above(upTo).toArray();
  return [...new Set([...rows.flatMap((r) => r.terms), ...tail.flatMap((e) => e.terms)])].sort();
}
