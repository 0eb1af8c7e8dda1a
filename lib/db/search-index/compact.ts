/** Version 5's compact stores of the index (stores.ts): meetings' dates and item counts by part, the lexicon by head. Pure. */
import { headOf, PART_SHIFT, PART_SIZE, type LexiconRow, type SearchDoc, type SlotPart } from './stores';

/** "2023-08-22" → 20230822 (0 when it is no date). */
function dateNumber(iso: string): number {
  return Number(iso.replaceAll('-', '')) || 0;
}

export const partOf = (seq: number): number => seq >> PART_SHIFT;

function emptyPart(part: number): SlotPart {
  return { part, counts: new Uint32Array(PART_SIZE), dates: new Uint32Array(PART_SIZE) };
}

/** The part row of `seq` with `doc` in it, or without a meeting at `seq` (doc null); null when left empty. */
export function partWith(row: SlotPart | undefined, seq: number, doc: SearchDoc | null): SlotPart | null {
  const next = row ? { part: row.part, counts: row.counts.slice(), dates: row.dates.slice() } : emptyPart(partOf(seq));
  const i = seq & (PART_SIZE - 1);
  next.counts[i] = doc ? doc.numbers.length + 1 : 0;
  next.dates[i] = doc ? dateNumber(doc.date) : 0;
  return next.counts.some((c) => c > 0) ? next : null;
}

/** Part rows of many docs at once. */
export function slotParts(docs: readonly SearchDoc[]): SlotPart[] {
  const parts = new Map<number, SlotPart>();
  for (const d of docs) {
    let row = parts.get(partOf(d.seq));
    if (!row) parts.set(partOf(d.seq), (row = emptyPart(partOf(d.seq))));
    row.counts[d.seq & (PART_SIZE - 1)] = d.numbers.length + 1;
    row.dates[d.seq & (PART_SIZE - 1)] = dateNumber(d.date);
  }
  return [...parts.values()].sort((a, b) => a.part - b.part);
}

/** `terms` grouped by head, each group sorted and without repeats. */
export function byHead(terms: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const t of terms) {
    const h = headOf(t);
    const set = out.get(h);
    if (set) set.add(t);
    else out.set(h, new Set([t]));
  }
  return new Map([...out].map(([h, set]) => [h, [...set].sort()]));
}

/** Lexicon rows of many terms at once. */
export function lexiconRows(terms: Iterable<string>): LexiconRow[] {
  return [...byHead(terms)].map(([head, list]) => ({ head, terms: list }));
}

/** The row with `added` (sorted) merged in, or null when it held them all already. */
export function mergeTerms(head: string, row: LexiconRow | undefined, added: readonly string[]): LexiconRow | null {
  const old = row?.terms ?? [];
  const out: string[] = [];
  let i = 0;
  let j = 0;
  let grew = false;
  while (i < old.length || j < added.length) {
    if (j >= added.length || (i < old.length && old[i]! < added[j]!)) out.push(old[i++]!);
    else if (i < old.length && old[i] === added[j]) j++;
    else {
      out.push(added[j++]!);
      grew = true;
    }
  }
  return grew ? { head, terms: out } : null;
}
