/**
 * Comparison keys: pure normal forms of names, bodies, titles and case numbers,
 * by which the library knows a meeting again (lib/db/identity.ts, saved items'
 * caseKey) and the thread rules find the same case. No database access: lib/db
 * calls these, and the thread rules below it.
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

/**
 * "Udvalget for arbejdsmarked og integration 2022-2025" and the history's
 * "Udvalget for Arbejdsmarked og Integration" are one body: the election period goes.
 */
export function committeeKey(committee: string): string {
  return wordsKey(fold(committee).replace(/\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\b/g, ' '));
}

/** "Eventuelt (B)." → "eventuelt": Vejen's case-type marker and end punctuation go. */
export function titleKey(title: string): string {
  return wordsKey(fold(title).replace(/[\s.:;]+$/, '').replace(/\s*\([\p{L}]{1,2}\)$/u, ''));
}
