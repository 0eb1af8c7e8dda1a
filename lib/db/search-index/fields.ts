/**
 * What the index stores of an item: its searchable texts by field, and its terms
 * with the field bits each occurs in. The save transaction writes these; the
 * search (lib/search) reads them back with the same rules.
 */
import type { AgendaItem } from '../../parse/types';
import { MAX_ITEMS, refOf } from './postings';
import { termsOf } from './text';

export type Field = 'title' | 'decision' | 'body';

/** Field bits as stored in the postings. */
export const TITLE = 1;
export const DECISION = 2;
export const BODY = 4;
export const FIELD_BIT: Record<Field, number> = { title: TITLE, decision: DECISION, body: BODY };

export interface FieldText {
  field: Field;
  text: string;
}

/** The searchable texts of an item: title, decisions, then sections, attachments and history. */
export function fieldTexts(item: AgendaItem): FieldText[] {
  const out: FieldText[] = [{ field: 'title', text: item.title }];
  for (const d of item.decisions) out.push({ field: 'decision', text: d.text });
  for (const s of item.sections) {
    if (s.heading) out.push({ field: 'body', text: s.heading });
    out.push({ field: 'body', text: s.text });
  }
  for (const a of item.attachments) out.push({ field: 'body', text: a.title });
  for (const h of item.history) if (h.text) out.push({ field: 'body', text: h.text });
  return out.filter((f) => f.text);
}

/** Index terms of an item with the field bits each occurs in. */
export function itemTerms(item: AgendaItem): Map<string, number> {
  const out = new Map<string, number>();
  const scratch: string[] = [];
  for (const { field, text } of fieldTexts(item)) {
    const bit = FIELD_BIT[field];
    scratch.length = 0;
    for (const term of termsOf(text, scratch)) out.set(term, (out.get(term) ?? 0) | bit);
  }
  return out;
}

/** Term → sorted refs of one meeting's items. */
export function meetingPostings(seq: number, items: readonly AgendaItem[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  // Items past MAX_ITEMS are not searchable (no real meeting comes near).
  items.slice(0, MAX_ITEMS).forEach((item, index) => {
    for (const [term, bits] of itemTerms(item)) {
      let refs = out.get(term);
      if (!refs) out.set(term, (refs = []));
      refs.push(refOf(seq, index, bits));
    }
  });
  return out;
}
