/**
 * Words of Danish text as search terms: folded (lower case, accents dropped, æøå
 * kept, "aa" → "å"), stop words skipped, stemmed with Snowball's Danish stemmer.
 * The index and the query go through the same functions, so they always agree.
 */
import snowball from 'snowball-stemmers';
import { fold } from '../parse/text/normalize';

const danish = snowball.newStemmer('danish');

/** A short list of Danish function words that carry no meaning on their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('af at bliver blev da de dem den denne der deres det dette dig du efter eller en end er et for fra ham han hans har ' +
    'have havde her hun hvad hvis hvor i ikke ind jeg jo kan kunne man med men mig min mod når nu og også om op os ' +
    'over på sig sin sit skal skulle som til ud under var vi vil ville være været')
    .split(' '),
);

/** One run of letters and digits: a word of the text. */
export const WORD = /[\p{L}\p{N}]+/gu;

const HAS_DIGIT = /\p{N}/u;

/** What a raw word becomes: its folded form and its term (null: not indexed). */
export interface WordForm {
  folded: string;
  term: string | null;
}

// Raw word → form. Texts repeat their words, so folding and stemming each distinct
// word once is most of the speed of indexing. Cleared when it grows too big.
const forms = new Map<string, WordForm>();
const MAX_FORMS = 200_000;

/** Stem of a folded word: words with digits are kept as they are. */
export function stem(folded: string): string {
  return HAS_DIGIT.test(folded) ? folded : danish.stem(folded);
}

export function wordForm(raw: string): WordForm {
  let form = forms.get(raw);
  if (form === undefined) {
    const folded = fold(raw);
    // Single letters and stop words are not indexed; single digits are.
    const skip = STOPWORDS.has(folded) || (folded.length < 2 && !HAS_DIGIT.test(folded));
    form = { folded, term: skip ? null : stem(folded) };
    if (forms.size >= MAX_FORMS) forms.clear();
    forms.set(raw, form);
  }
  return form;
}

/** The index terms of a text, in order, with repeats. */
export function termsOf(text: string, into: string[] = []): string[] {
  for (const match of text.matchAll(WORD)) {
    const term = wordForm(match[0]).term;
    if (term !== null) into.push(term);
  }
  return into;
}

/** A word of a text with its place, for phrases and snippets. */
export interface Token extends WordForm {
  start: number;
  end: number;
}

export function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const form = wordForm(match[0]);
    out.push({ folded: form.folded, term: form.term, start: match.index, end: match.index + match[0].length });
  }
  return out;
}
