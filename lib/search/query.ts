/**
 * A search query: words, all required, and "quoted phrases" whose words must
 * stand next to each other. Each word is matched on its stem: exactly, as the
 * start of a longer stem (compounds: "gadeplan" → "gadeplansmedarbejd"), and for
 * longer words with one typo.
 */
import { withinOnePrefix } from './edit';
import { wordForm, wordsOf } from '../db/search-index/text';

export interface QueryTerm {
  folded: string;
  stem: string;
  prefix: boolean;
  typo: boolean;
}

/** A word of a phrase: a term, or a stop word compared as written (folded). */
export interface PhraseWord {
  folded: string;
  term: QueryTerm | null;
}

export interface Query {
  text: string;
  /** Every required term, phrase words included, without repeats. */
  terms: QueryTerm[];
  /** Phrases of two or more words. */
  phrases: PhraseWord[][];
}

/** Stems at least this long also match stems that begin with them. */
export const MIN_PREFIX = 4;
/** Words at least this long (in letters) tolerate one typo... */
export const MIN_TYPO = 8;
/**
 * ...when their stem is this long too. One edit near the end of a short stem reaches
 * unrelated words: "borgerne" stems to "borg", and "bor" and any letter begins
 * "bortfald", "bord" and "born".
 */
export const MIN_TYPO_STEM = 6;

const LETTER = /\p{L}/gu;
const DIGIT = /\p{N}/u;

function queryTerm(folded: string, stem: string): QueryTerm {
  const digits = DIGIT.test(folded);
  return {
    folded,
    stem,
    prefix: !digits && stem.length >= MIN_PREFIX,
    typo: !digits && (folded.match(LETTER)?.length ?? 0) >= MIN_TYPO && (stem.match(LETTER)?.length ?? 0) >= MIN_TYPO_STEM,
  };
}

export function parseQuery(text: string): Query {
  const terms = new Map<string, QueryTerm>();
  const phrases: PhraseWord[][] = [];
  // Odd pieces are inside quotes; an unclosed quote runs to the end.
  text.split(/["“”„«»]/).forEach((piece, i) => {
    const words: PhraseWord[] = [];
    for (const word of wordsOf(piece)) {
      const { folded, term } = wordForm(word);
      let qt: QueryTerm | null = null;
      if (term !== null) {
        qt = terms.get(term) ?? queryTerm(folded, term);
        // The same stem from two words: tolerate a typo if either word is long.
        if (terms.has(term)) qt.typo ||= queryTerm(folded, term).typo;
        terms.set(term, qt);
      }
      words.push({ folded, term: qt });
    }
    if (i % 2 === 1 && words.length > 1 && words.some((w) => w.term)) phrases.push(words);
  });
  return { text, terms: [...terms.values()], phrases };
}

/** How well an index term matches a query term: 2 exactly or as a prefix, 1 with a typo, 0 not. */
export function matchTerm(q: QueryTerm, term: string): 0 | 1 | 2 {
  if (term === q.stem || (q.prefix && term.startsWith(q.stem))) return 2;
  if (q.typo && withinOnePrefix(q.stem, term)) return 1;
  return 0;
}
