/** Version 5's compact stores of the index (stores.ts): the docs of a block in one row, the lexicon by head. Pure. */
import { blockOf } from './postings';
import { headOf, type DocBlock, type LexiconRow, type SearchDoc } from './stores';

/** The docs of a block row. */
export function docsOf(row: DocBlock): SearchDoc[] {
  let at = 0;
  return row.seqs.map((seq, i) => {
    const numbers = row.numbers.slice(at, at + row.counts[i]!);
    at += row.counts[i]!;
    return { seq, meetingId: row.meetingIds[i]!, date: row.dates[i]!, committee: row.committees[i]!, numbers };
  });
}

function blockFrom(block: number, docs: readonly SearchDoc[]): DocBlock {
  const sorted = [...docs].sort((a, b) => a.seq - b.seq);
  return {
    block,
    seqs: sorted.map((d) => d.seq),
    meetingIds: sorted.map((d) => d.meetingId),
    dates: sorted.map((d) => d.date),
    committees: sorted.map((d) => d.committee),
    numbers: sorted.flatMap((d) => d.numbers),
    counts: sorted.map((d) => d.numbers.length),
  };
}

/** The block row of `doc`'s block with `doc` in it (replacing the doc of its seq), or without seq `gone`; null when left empty. */
export function blockWith(row: DocBlock | undefined, change: { doc: SearchDoc } | { gone: number }): DocBlock | null {
  const seq = 'doc' in change ? change.doc.seq : change.gone;
  const docs = (row ? docsOf(row) : []).filter((d) => d.seq !== seq);
  if ('doc' in change) docs.push(change.doc);
  return docs.length ? blockFrom(blockOf(seq), docs) : null;
}

/** Block rows of many docs at once. */
export function blockRows(docs: readonly SearchDoc[]): DocBlock[] {
  const byBlock = new Map<number, SearchDoc[]>();
  for (const d of docs) {
    const list = byBlock.get(blockOf(d.seq));
    if (list) list.push(d);
    else byBlock.set(blockOf(d.seq), [d]);
  }
  return [...byBlock].map(([block, list]) => blockFrom(block, list));
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
