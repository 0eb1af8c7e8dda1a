/**
 * The names of political bodies as minutes write them ("Økonomiudvalget",
 * "Plan- og Miljøudvalget", "Udvalget for Politisk Koordination & Økonomi",
 * "Byrådet").
 */

/** A word that makes a name a political body's. */
export const COMMITTEE_WORD = /udvalg|råd|bestyrelse|magistrat|repræsentation|direktion|forum|komit|kommission|møde/i;

// A body's name ends in the body ("…udvalget", "Byrådet") or names it first ("Udvalget for …").
const BODY_END = /(?:udvalg(?:et)?|råd(?:et)?|bestyrelse(?:n)?|magistrat(?:en)?|repræsentation(?:en)?|direktion(?:en)?|forum(?:met)?|komit[eé](?:en)?|kommission(?:en)?)$/i;
const BODY_START = /^udvalg(?:et)? for /i;
// Small words inside a name: "Plan- og Miljøudvalget", "Udvalget for Teknik", "Klima & Miljø".
const SMALL = new Set(['og', 'for', 'i', 'af', 'med', 'til', '&', '-', '–']);
const MAX_WORDS = 10;

/**
 * Is `s` the name of a political body: a capital first, at most ten words, each
 * capitalised, a small joining word or itself naming a body, ending in the body
 * or opening with "Udvalget for"? "Sagen blev behandlet i Økonomiudvalget" is not.
 */
export function isBodyName(s: string): boolean {
  if (s.length < 3 || s.length > 120 || !/^[A-ZÆØÅ]/.test(s)) return false;
  if (!BODY_END.test(s) && !BODY_START.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  return words.every((w) => /^[A-ZÆØÅ]/.test(w) || SMALL.has(w.toLowerCase()) || COMMITTEE_WORD.test(w));
}
