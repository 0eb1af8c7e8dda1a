/**
 * What every parser answer must be: a `Meeting` that the export bundle's own
 * checker accepts (data-model.md: every field's type, the kind, ISO dates
 * that exist on the calendar, "HH:MM", integer item numbers, one item per number),
 * or a refusal in one clear Danish sentence.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, checkBundle } from '../../lib/sync/bundle';
import type { ParseResult } from '../../lib/parse/types';

/** The problems of a parsed meeting, in the bundle checker's words; none when it is valid. */
export function meetingProblems(meeting: unknown): string[] {
  const checked = checkBundle({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: '2025-01-01T00:00:00.000Z', meetings: [meeting] }, 20);
  return checked.ok ? [] : checked.problems;
}

/** One sentence: a capital first, a full stop last, no line break and no second sentence. */
export function isClearRefusal(reason: string): boolean {
  return /^[A-ZÆØÅ][^\n]{10,300}\.$/.test(reason) && !/[.!?] [A-ZÆØÅ]/.test(reason);
}

/** What is wrong with a parser answer, or null when it is a valid meeting or a clear refusal. */
export function answerProblem(result: ParseResult): string | null {
  if (result.ok) {
    const problems = meetingProblems(result.meeting);
    return problems.length === 0 ? null : `ugyldigt møde: ${problems.join('; ')}`;
  }
  return isClearRefusal(result.reason) ? null : `uklar afvisning: ${JSON.stringify(result.reason)}`;
}
