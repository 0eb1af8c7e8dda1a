/**
 * A short passage of an item around its hits: as segments for the UI (plain
 * text, never HTML) and as a string with «…» around the hits for the command line.
 */
import type { AgendaItem } from '../parse/types';
import { fieldTexts, hitsIn } from './match';
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
  const word = /[\p{L}\p{N}]/u;
  if (forward) {
    while (i < text.length && word.test(text[i]!)) i++;
  } else {
    while (i > 0 && word.test(text[i - 1]!)) i--;
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
  for (const { text } of order) {
    const h = hitsIn(query, text);
    if (h.spans.length === 0) continue;
    const covered = h.quality.filter((q) => q > 0).length + h.phrases.filter(Boolean).length;
    if (!best || covered > best.covered) best = { text, spans: h.spans, covered };
  }
  if (!best) {
    const first = order.find((t) => t.field !== 'title') ?? order[0];
    best = { text: first?.text ?? item.title, spans: [], covered: 0 };
  }
  const { text, spans } = best;
  const flat = text.replace(/\s+/g, ' ');
  // Collapsing whitespace keeps offsets only if nothing changed; otherwise map them.
  const map = flat === text ? null : offsetMap(text);
  const at = (i: number) => (map ? map[i]! : i);
  const firstHit = spans[0] ? at(spans[0][0]) : 0;
  let start = firstHit <= LEAD ? 0 : snapToWord(flat, firstHit - LEAD, false);
  if (start > 0 && flat.length - start < length) start = snapToWord(flat, Math.max(0, flat.length - length), false);
  let end = start + length >= flat.length ? flat.length : snapToWord(flat, start + length, true);
  start = Math.max(0, start);
  end = Math.max(end, start);
  const out: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += s;
    else out.push({ text: s, hit });
  };
  if (start > 0) push('…', false);
  let pos = start;
  for (const [a0, b0] of spans) {
    const a = Math.max(at(a0), pos);
    const b = Math.min(at(b0), end);
    if (b <= a) continue;
    push(flat.slice(pos, a), false);
    push(flat.slice(a, b), true);
    pos = b;
  }
  push(flat.slice(pos, end).trimEnd(), false);
  if (end < flat.length) push(' …', false);
  if (out[0] && !out[0].hit) out[0].text = out[0].text.trimStart();
  return out;
}

/** Offsets of `text` in `text.replace(/\s+/g, ' ')`, one per character and one for the end. */
function offsetMap(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = j;
    const space = /\s/.test(text[i]!);
    if (!space || !(i > 0 && /\s/.test(text[i - 1]!))) j++;
  }
  map[text.length] = j;
  return map;
}

/** The snippet as one line with «» around each hit. */
export function snippetText(segments: readonly Segment[]): string {
  return segments.map((s) => (s.hit ? `«${s.text}»` : s.text)).join('');
}
