/** Comparison keys of the thread rules: folded, punctuation-free forms of bodies and titles (lib/db/keys.ts has the rest). */
import { fold } from '../parse/text/normalize';
import { wordsKey } from '../db/keys';

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
