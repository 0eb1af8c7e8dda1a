/**
 * The table of contents against the items found: titles that differ, items it
 * does not list, and the items whose header was lost, rebuilt from their entries.
 */
import type { HistoryEntry } from '../types';
import type { Block } from './blocks';
import type { ItemHead } from './item';
import { align, titleScore, type TocEntry } from './toc';

/** An item as the engine found it, before it is built. */
export interface Found {
  head: ItemHead;
  blocks: Block[];
  absent: string[];
  notTakingPart: string[];
  history: HistoryEntry[];
}

export interface Missing {
  /** The index of the found item the entry's lost item stood before. */
  before: number;
  entry: TocEntry;
}

/** Where the blocks of an item start over after its attachments: the text of a lost item. */
function restartAfterAttachments(blocks: readonly Block[]): number {
  const att = blocks.findIndex((b) => b.kind === 'attachments');
  if (att < 0) return -1;
  for (let k = att + 1; k < blocks.length; k++) {
    if (blocks[k]!.kind !== 'attachments') return k;
  }
  return -1;
}

// An attachment title is a name, not a sentence: prose at the end of a list belongs to what follows.
function isProse(line: string): boolean {
  return /[.!?]$/.test(line) && !/\.(pdf|docx?|xlsx?)$/i.test(line) && line.split(' ').length >= 6;
}

function splitStray(found: Found): Block[] | null {
  const k = restartAfterAttachments(found.blocks);
  if (k < 0) return null;
  const stray = found.blocks.splice(k);
  const att = found.blocks[k - 1]!;
  const moved: string[] = [];
  while (att.lines.length > 0) {
    const last = att.lines[att.lines.length - 1]!;
    if (last !== '' && !isProse(last)) break;
    att.lines.pop();
    if (last !== '') moved.unshift(last);
  }
  if (moved.length > 0) stray.unshift({ kind: 'untitled', heading: '', lines: moved });
  return stray;
}

const MAX_LINED_UP = 2000;

/** Too many entries or items to line up (the alignment is linear, the warnings would not be): says so when the contents is the long one. */
function tooLong(toc: readonly TocEntry[], found: readonly Found[], warnings: string[]): boolean {
  if (toc.length > MAX_LINED_UP) warnings.push('Indholdsfortegnelsen er for lang til at blive sammenholdt med punkterne.');
  return toc.length > MAX_LINED_UP || found.length > MAX_LINED_UP;
}

const titleDiffers = (h: ItemHead, tocTitle: string): string =>
  `Punkt ${h.number} hedder "${h.title}" i overskriften, men "${tocTitle}" i indholdsfortegnelsen; overskriftens titel er brugt.`;
const notListed = (h: ItemHead): string => `Punkt ${h.number} ("${h.title}") står ikke i indholdsfortegnelsen.`;

/** Contents entries lined up with the items found: the entries without an item, and a warning per title that differs. */
export function reconcileToc(toc: readonly TocEntry[], found: readonly Found[], warnings: string[]): Missing[] {
  const missing: Missing[] = [];
  if (tooLong(toc, found, warnings)) return missing;
  const listed = new Set<number>();
  const unlisted: ItemHead[] = [];
  for (const step of align(toc, found.map((f) => f.head.title))) {
    if (step.kind === 'missing') missing.push({ before: step.before, entry: toc[step.toc]! });
    else if (step.kind === 'match') {
      const t = toc[step.toc]!.title;
      const h = found[step.item]!.head;
      listed.add(h.number);
      if (t !== h.title && !(t.length >= 20 && h.title.startsWith(t))) warnings.push(titleDiffers(h, t));
    } else unlisted.push(found[step.item]!.head);
  }
  // A second copy of a listed item is in the contents all the same (it is merged later).
  for (const h of unlisted) if (!listed.has(h.number)) warnings.push(notListed(h));
  return missing;
}

/**
 * A contents list that numbers its entries, lined up with the items by number:
 * the entries without an item (numbered between their neighbours), and a warning
 * per title that differs more than in case or spacing ("BUDGETSTATUS 2015" is "Budgetstatus 2015").
 */
export function reconcileNumberedToc(toc: readonly TocEntry[], found: readonly Found[], warnings: string[]): Missing[] {
  const missing: Missing[] = [];
  if (tooLong(toc, found, warnings)) return missing;
  const byNumber = new Map<number, Found>();
  for (const f of found) if (!byNumber.has(f.head.number)) byNumber.set(f.head.number, f);
  const listed = new Set<number>();
  let before = 0;
  let last = -1;
  for (const entry of toc) {
    if (entry.number === undefined) continue;
    listed.add(entry.number);
    const item = byNumber.get(entry.number);
    if (item) {
      if (titleScore(entry.title, item.head.title) < 0.99) warnings.push(titleDiffers(item.head, entry.title));
      continue;
    }
    // The first item numbered after the entry: the lost item stood before it.
    if (entry.number < last) before = 0;
    last = entry.number;
    while (before < found.length && found[before]!.head.number < entry.number) before++;
    missing.push({ before, entry });
  }
  for (const f of found) if (!listed.has(f.head.number)) warnings.push(notListed(f.head));
  return missing;
}

/**
 * Items whose header was lost, rebuilt from their contents entries: numbered
 * between their neighbours, with the stray text after the item before them.
 * Returns every item in document order.
 */
export function recoverLostItems(found: Found[], missing: readonly Missing[], warnings: string[]): Found[] {
  const recovered: { at: number; found: Found }[] = [];
  for (let g = 0; g < missing.length; ) {
    const before = missing[g]!.before;
    let h = g;
    while (h < missing.length && missing[h]!.before === before) h++;
    const group = missing.slice(g, h);
    g = h;
    const prev = before > 0 ? found[before - 1]!.head.number : null;
    const next = before < found.length ? found[before]!.head.number : null;
    const first = prev !== null ? prev + 1 : next !== null ? next - group.length : 1;
    if (next !== null && first + group.length !== next) {
      warnings.push(`Indholdsfortegnelsen nævner ${group.map((r) => `"${r.entry.title}"`).join(', ')}, som ikke findes i dokumentet.`);
      continue;
    }
    const numbers = group.map((_, k) => first + k);
    const stray = before > 0 ? splitStray(found[before - 1]!) : null;
    group.forEach((r, k) => {
      recovered.push({
        at: before,
        found: {
          head: { number: numbers[k]!, title: r.entry.title, caseNumber: null, closed: r.entry.closed, recovered: true },
          blocks: k === 0 && stray ? stray : [],
          absent: [],
          notTakingPart: [],
          history: [],
        },
      });
    });
    const list = numbers.length === 1 ? `punkt ${numbers[0]}` : `punkt ${numbers.slice(0, -1).join(', ')} og ${numbers[numbers.length - 1]}`;
    let warning = `Overskriften til ${list} mangler i dokumentet; ${numbers.length === 1 ? 'punktet er genskabt' : 'punkterne er genskabt'} fra indholdsfortegnelsen.`;
    if (stray) warning += ` Teksten efter punkt ${prev} er flyttet til punkt ${numbers[0]}, fordi den ikke hører til punkt ${prev}.`;
    warnings.push(warning);
  }

  const ordered: Found[] = [];
  let r = 0;
  for (let k = 0; k <= found.length; k++) {
    while (r < recovered.length && recovered[r]!.at === k) ordered.push(recovered[r++]!.found);
    if (k < found.length) ordered.push(found[k]!);
  }
  return ordered;
}

