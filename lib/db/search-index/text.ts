/**
 * Words of Danish text as search terms: folded (lower case, accents dropped, æøå
 * kept, "aa" → "å"), stop words skipped, stemmed with Snowball's Danish stemmer.
 * The index and the query go through the same functions, so they always agree.
 */
import snowball from 'snowball-stemmers';
import { fold } from '../../parse/text/normalize';

const danish = snowball.newStemmer('danish');

/** A short list of Danish function words that carry no meaning on their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('af at bliver blev da de dem den denne der deres det dette dig du efter eller en end er et for fra ham han hans har ' +
    'have havde her hun hvad hvis hvor i ikke ind jeg jo kan kunne man med men mig min mod når nu og også om op os ' +
    'over på sig sin sit skal skulle som til ud under var vi vil ville være været')
    .split(' '),
);

/**
 * A word is a run of letters and digits (Unicode L and N in the basic plane),
 * found by one scan over char codes with a memo per code: the index, the query
 * and the snippets all cut words here.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const charKind = new Uint8Array(65536); // 0 unknown, 1 word, 2 not

export function isWordCode(c: number): boolean {
  let k = charKind[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    charKind[c] = k;
  }
  return k === 1;
}

/** Calls `fn(start, end)` for each word of `text`. */
export function forEachWord(text: string, fn: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= n) return;
    const start = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    fn(start, i);
  }
}

/** The words of a text. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (a, b) => out.push(text.slice(a, b)));
  return out;
}

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
  forEachWord(text, (a, b) => {
    const term = wordForm(text.slice(a, b)).term;
    if (term !== null) into.push(term);
  });
  return into;
}

/** A word of a text with its place, for phrases and snippets. */
export interface Token extends WordForm {
  start: number;
  end: number;
}

export function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  forEachWord(text, (start, end) => {
    const form = wordForm(text.slice(start, end));
    out.push({ folded: form.folded, term: form.term, start, end });
  });
  return out;
}
