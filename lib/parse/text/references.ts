/**
 * Dated references in running text to other meetings: "besluttede på
 * udvalgsmødet den 20. september 2022", "den 26. oktober 2021, punkt 5".
 */
import type { Reference } from '../types';
import { findDate, MONTH_NAMES } from './dates';

// Starts with a digit so the scan skips text quickly; the date itself is read by findDate.
const DATE_IN_TEXT = new RegExp(String.raw`(?<!\d)\d(?:\d{3}-\d{2}-\d{2}|\d?[-.]\d{1,2}[-.]\d{4}|\d?\. ?(?:${MONTH_NAMES}) \d{4})`, 'gi');

// Words near a date that make it a meeting: "mødet", "behandlede", "besluttede", "godkendte" …
const MEETING_CONTEXT =
  /(?:møde[t]?|udvalgsmødet|byrådsmødet|mødet|behandle(?:de|t)|beslut(?:tede|tet|ning)|godkendte|godkendt|vedtog|vedtaget|tiltrådte|drøftede|orienteret|genoptages|genoptog|sag(?:en)? (?:blev|var))\b/i;
// "Beskæftigelsesudvalget", "Social- og Arbejdsmarkedsudvalget", "Økonomi-, Erhvervs- og Uddannelsesudvalget", "Byrådet".
const BODY =
  /\b((?:[A-ZÆØÅ]\p{L}*-,? (?:\p{L}+-,? )*og )?[A-ZÆØÅ][\p{L}-]*(?:udvalg(?:et)?|råd(?:et)?|bestyrelse(?:n)?)|Magistraten|Kommunalbestyrelsen)\b/gu;
const ITEM_AFTER = /^,?\s*(?:under |som )?(?:punkt|pkt\.?)\s*(\d{1,4})/i;

const WINDOW = 90;

// A sentence ends at . ! ? before a capital letter, but not after "d.", "pr.", "jf." or a number.
const SENTENCE_END = /(?<![\s(](?:d|pr|jf|nr|ca|kr|stk|mv|bl\.a|f\.eks|ang|vedr)|\d)[.!?]\s+(?=[A-ZÆØÅ"])|\n/g;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 300);
  const window = text.slice(from, start);
  let cut = 0;
  for (const m of window.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  const tail = text.slice(end, end + 300);
  SENTENCE_END.lastIndex = 0;
  const stop = /[.!?](?=\s+[A-ZÆØÅ"]|\s*$)|\n/.exec(tail);
  const to = stop ? end + stop.index + (stop[0] === '\n' ? 0 : 1) : Math.min(text.length, end + 300);
  return text.slice(from + cut, to).trim();
}

export function findReferences(text: string, ownDate: string | null, out: Reference[], seen = new Set<string>()): void {
  if (!text.includes('20') && !text.includes('19')) return;
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    // The context first: most dates in a text are not meetings, and this is the cheap test.
    const start = m.index;
    const before = text.slice(Math.max(0, start - WINDOW), start);
    const after = text.slice(start + m[0].length, start + m[0].length + 20);
    const number = ITEM_AFTER.exec(after);
    if (!number && !MEETING_CONTEXT.test(before)) continue;
    const date = findDate(m[0]);
    if (!date || date === ownDate) continue;
    const sentence = sentenceAround(text, start, start + m[0].length);
    const ref: Reference = { date, text: sentence };
    // The body that met, named in the same sentence before the date.
    const lead = sentence.slice(0, Math.max(0, sentence.indexOf(m[0])));
    let body: string | undefined;
    for (const b of lead.matchAll(BODY)) body = b[1];
    if (body) ref.body = body;
    if (number) ref.number = +number[1]!;
    // One reference per meeting referred to; the first sentence that names it.
    const key = `${ref.date}#${ref.number ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(ref);
    }
  }
}
