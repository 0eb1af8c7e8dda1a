/**
 * One item per number. The database keys items by meeting and number, and the
 * export bundle refuses two items with one number, so a number the document
 * has twice (a repeated page, a pasted copy, a duplicated table row) becomes
 * one item holding the text of both: nothing is lost, and a warning says so.
 */
import type { AgendaItem } from '../types';
import { uniq } from './names';
import { orderDecisions } from './item';

/** `list` without exact repeats, in order. */
function distinct<T>(list: readonly T[], key: (entry: T) => string = (entry) => JSON.stringify(entry)): T[] {
  const seen = new Set<string>();
  return list.filter((entry) => {
    const k = key(entry);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function merge(group: readonly AgendaItem[]): AgendaItem {
  // A header that is in the document outranks one rebuilt from the table of contents.
  const first = group.find((i) => !i.recovered) ?? group[0]!;
  const all = <K extends 'sections' | 'decisions' | 'attachments' | 'history' | 'references'>(key: K) => group.flatMap((i) => i[key] as AgendaItem[K][number][]);
  return {
    ...first,
    caseNumber: first.caseNumber ?? group.find((i) => i.caseNumber !== null)?.caseNumber ?? null,
    closed: group.some((i) => i.closed),
    recovered: group.every((i) => i.recovered),
    sections: distinct(all('sections')),
    decisions: orderDecisions(distinct(all('decisions'))),
    attachments: distinct(all('attachments')),
    history: distinct(all('history')),
    absent: uniq(group.flatMap((i) => i.absent)),
    // One reference per meeting referred to, as findReferences keeps them.
    references: distinct(all('references'), (r) => `${r.date}#${r.number ?? ''}`),
  };
}

/** The items with each number once, at its first place; a warning per number that was repeated. */
export function mergeDuplicateItems(items: readonly AgendaItem[], warnings: string[]): AgendaItem[] {
  const groups = new Map<number, AgendaItem[]>();
  for (const item of items) {
    const group = groups.get(item.number);
    if (group) group.push(item);
    else groups.set(item.number, [item]);
  }
  if (groups.size === items.length) return [...items];
  const merged: AgendaItem[] = [];
  for (const [number, group] of groups) {
    if (group.length === 1) {
      merged.push(group[0]!);
      continue;
    }
    const item = merge(group);
    const others = uniq(group.map((i) => i.title)).filter((t) => t !== '' && t !== item.title);
    const also = others.length === 0 ? '' : ` (også som ${others.slice(0, 3).map((t) => `"${t}"`).join(', ')}${others.length > 3 ? ' m.fl.' : ''})`;
    warnings.push(`Punkt ${number} står ${group.length} gange i dokumentet${also}; teksten er samlet i ét punkt.`);
    merged.push(item);
  }
  return merged;
}
