/**
 * A short passage of an item around its hits: as segments for the UI (plain
 * text, never HTML) and as a string with «…» around the hits for the command line.
 */
import type { AgendaItem } from '../parse/types';
import { fieldTexts } from '../db/search-index/fields';
import { isWordCode } from '../db/search-index/text';
import { hitsIn, mayHit } from './match';
import type { Query } from './query';

export interface Segment {
  text: string;
  hit: boolean;
}

export const SNIPPET_LENGTH = 200;
/** Characters of context before the first hit. */
const LEAD = 60;

/** Moves `i` back to the start of a word (or forward to the end, with `forward`). */
function snapToWord(text: string, i: number, forward: boolean): number {
  if (forward) {
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  } else {
    while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/**
 * The passage: from the text (a decision first, then body text, the title last)
 * whose hits cover the most query terms, a window starting a little before its
 * first hit.
 */
export function snippet(query: Query, item: AgendaItem, length = SNIPPET_LENGTH): Segment[] {
  const texts = fieldTexts(item);
  // The title is shown anyway: quote it only when nothing else hits.
  const order = [...texts.filter((t) => t.field === 'decision'), ...texts.filter((t) => t.field === 'body'), ...texts.filter((t) => t.field === 'title')];
  let best: { text: string; spans: Array<[number, number]>; covered: number } | null = null;
  const all = query.terms.length + query.phrases.length;
  for (const { text } of order) {
    if (!mayHit(query, text)) continue;
    const h = hitsIn(query, text);
    if (h.spans.length === 0) continue;
    const covered = h.quality.filter((q) => q > 0).length + h.phrases.filter(Boolean).length;
    if (!best || covered > best.covered) best = { text, spans: h.spans, covered };
    // The first text with every term is as good as any later one.
    if (covered === all) break;
  }
  if (!best) {
    const first = order.find((t) => t.field !== 'title') ?? order[0];
    best = { text: first?.text ?? item.title, spans: [], covered: 0 };
  }
  const { text, spans } = best;
  // Offsets are in the text as written; whitespace runs collapse to one space as segments are cut.
  const firstHit = spans[0]?.[0] ?? 0;
  let start = firstHit <= LEAD ? 0 : snapToWord(text, firstHit - LEAD, false);
  if (start > 0 && text.length - start < length) start = snapToWord(text, Math.max(0, text.length - length), false);
  const end = start + length >= text.length ? text.length : snapToWord(text, start + length, true);
  const out: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += s;
    else out.push({ text: s, hit });
  };
  const plain = (s: string) => s.replace(/\s+/g, ' ');
  if (start > 0) push('…', false);
  let pos = start;
  for (const [a0, b0] of spans) {
    const a = Math.max(a0, pos);
    const b = Math.min(b0, end);
    if (b <= a) continue;
    push(plain(text.slice(pos, a)), false);
    push(plain(text.slice(a, b)), true);
    pos = b;
  }
  push(plain(text.slice(pos, end)).trimEnd(), false);
  if (end < text.length) push(' …', false);
  if (out[0] && !out[0].hit) out[0].text = out[0].text.trimStart();
  return out;
}

/** The snippet as one line with «» around each hit. */
export function snippetText(segments: readonly Segment[]): string {
  return segments.map((s) => (s.hit ? `«${s.text}»` : s.text)).join('');
}
