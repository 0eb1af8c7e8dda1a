/**
 * Comparison keys: pure normal forms of names and case numbers, shared by the
 * library's identities (identity.ts, saved items' caseKey) and the thread rules
 * (lib/threads). No database access here, so either may import it.
 */
import { fold } from '../parse/text/normalize';

/** A folded text as a key: punctuation and runs of white space become one space, trimmed. */
export function wordsKey(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "Herning  Kommune" → "herning kommune": a municipality's or committee's name, folded. */
export function nameKey(name: string | null): string {
  return wordsKey(fold(name ?? ''));
}

/** "27.00.00-A00-5-15", "27.00.00 A00 5 15" → "27.00.00-a00-5-15"; '' for none. */
export function caseKey(caseNumber: string | null): string {
  return (caseNumber ?? '').toLowerCase().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}./-]/gu, '');
}
