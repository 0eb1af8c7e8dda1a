/** Comparison keys: folded, punctuation-free forms of names and titles. */
import { fold } from '../parse/text/normalize';

function words(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function municipalityKey(municipality: string | null): string {
  return words(fold(municipality ?? ''));
}

/**
 * "Udvalget for arbejdsmarked og integration 2022-2025" and the history's
 * "Udvalget for Arbejdsmarked og Integration" are one body: the election period goes.
 */
export function committeeKey(committee: string): string {
  return words(fold(committee).replace(/\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\b/g, ' '));
}

/** "Eventuelt (B)." → "eventuelt": Vejen's case-type marker and end punctuation go. */
export function titleKey(title: string): string {
  return words(fold(title).replace(/[\s.:;]+$/, '').replace(/\s*\([\p{L}]{1,2}\)$/u, ''));
}
