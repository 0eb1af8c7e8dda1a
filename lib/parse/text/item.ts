/** Builds one `AgendaItem` from its header and the blocks of its body. */
import type { AgendaItem, Decision, HistoryEntry, Reference, Section } from '../types';
import type { Block } from './blocks';
import { itemHistory, parseHistory } from './history';
import { attachmentTitle } from './attachments';
import { blockText } from './paragraphs';
import { findReferences } from './references';
import { uniq } from './names';
import type { TextProfile } from './profile';

export interface ItemHead {
  number: number;
  title: string;
  caseNumber: string | null;
  closed: boolean;
  recovered: boolean;
}

/** Oldest first: dated decisions by date, then those without a date, each in document order. */
export function orderDecisions(decisions: Decision[]): Decision[] {
  const dated = decisions.filter((d) => d.date !== null);
  if (dated.length <= 1) return decisions;
  dated.sort((a, b) => a.date!.localeCompare(b.date!));
  return [...dated, ...decisions.filter((d) => d.date === null)];
}

/** A bare "Beslutning" with nothing under it but the dated headers of the decisions themselves. */
function overDecisions(blocks: readonly Block[], k: number, text: string): boolean {
  const block = blocks[k]!;
  return text === '' && !block.body && !block.date && blocks[k + 1]?.kind === 'decision';
}

export function buildItem(
  head: ItemHead,
  blocks: readonly Block[],
  absent: readonly string[],
  meetingDate: string | null,
  profile: TextProfile,
  historyLines: readonly HistoryEntry[] = [],
): AgendaItem {
  const sections: Section[] = [];
  const decisions: Decision[] = [];
  const attachments: { title: string }[] = [];
  const listed: HistoryEntry[] = [];
  const hasDecisionBlock = blocks.some((b) => b.kind === 'decision');
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    const text = blockText(block.lines);
    switch (block.kind) {
      case 'decision':
        if (!overDecisions(blocks, k, text)) decisions.push({ body: block.body ?? null, date: block.date ?? null, text });
        break;
      case 'attachments':
        for (const line of block.lines) {
          const title = line === '' ? null : attachmentTitle(line);
          if (title) attachments.push({ title });
        }
        break;
      case 'history':
        listed.push(...parseHistory(block.lines));
        break;
      case 'untitled':
        if (text === '') break;
        if (profile.closedTextIsDecision && head.closed && !hasDecisionBlock) decisions.push({ body: null, date: null, text });
        else sections.push({ heading: '', text });
        break;
      default:
        sections.push({ heading: block.heading, text });
    }
  }
  const ordered = orderDecisions(decisions);
  // Decisions dated before this meeting were taken earlier: they are history too.
  const earlier: HistoryEntry[] = [];
  if (meetingDate) {
    for (const d of ordered) {
      if (d.date && d.date < meetingDate && d.body) earlier.push({ body: d.body, date: d.date, text: d.text });
    }
  }
  const history = itemHistory(historyLines, listed, earlier);
  const references: Reference[] = [];
  const seen = new Set<string>();
  for (const s of sections) findReferences(s.text, meetingDate, references, seen);
  for (const d of ordered) findReferences(d.text, meetingDate, references, seen);
  return {
    number: head.number,
    title: head.title,
    caseNumber: head.caseNumber,
    closed: head.closed,
    recovered: head.recovered,
    sections,
    decisions: ordered,
    attachments,
    history,
    absent: uniq(absent),
    references,
  };
}
