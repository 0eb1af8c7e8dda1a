/**
 * Page heads that a PDF export repeats on every page ("Byrådet - Referat
 * 08-10-2025"): short lines with a date and a word like "referat" or "udvalg"
 * that stand more than once. Decision headers and dated history lines repeat
 * too, and are kept.
 */
import { decisionHeader } from './blocks';
import { DATE_PATTERN } from './dates';
import { itemHeader } from './labels';

const KEYWORD = /referat|dagsorden|udvalg|byråd|kommunalbestyrelse|magistrat/i;
const STARTS_WITH_DATE = /^\d{1,2}[-./]\d{1,2}[-./]\d{4}/;

function candidate(line: string): boolean {
  return (
    line.length >= 8 && line.length <= 120 && KEYWORD.test(line) && DATE_PATTERN.test(line) &&
    !STARTS_WITH_DATE.test(line) && itemHeader(line) === null && decisionHeader(line) === null
  );
}

/** Blanks the running heads in place, after `from` (the title line before it stays). */
export function dropRunningHeads(lines: string[], from: number): void {
  // Count first, test the patterns only on lines that repeat: most lines are unique.
  const counts = new Map<string, number>();
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length >= 8 && line.length <= 120) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const heads = new Set<string>();
  for (const [line, n] of counts) if (n >= 2 && candidate(line)) heads.add(line);
  if (heads.size === 0) return;
  for (let i = from; i < lines.length; i++) if (heads.has(lines[i]!)) lines[i] = '';
}
