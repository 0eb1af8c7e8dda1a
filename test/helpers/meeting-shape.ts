/**
 * What every parser answer must be: a `Meeting` that the export bundle's own
 * checker accepts (data-model.md: every field's type, the kind, ISO dates,
 * "HH:MM", integer item numbers, one item per number) with dates that exist on
 * the calendar, or a refusal in one clear Danish sentence.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, checkBundle } from '../../lib/sync/bundle';
import type { Meeting, ParseResult } from '../../lib/parse/types';

/** "2023-02-30" has the ISO shape but is no day. */
function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dateProblems(meeting: Meeting): string[] {
  const dates: Array<[string, string | null]> = [['date', meeting.date]];
  meeting.items.forEach((item, i) => {
    item.decisions.forEach((d, j) => dates.push([`items[${i}].decisions[${j}].date`, d.date]));
    item.history.forEach((h, j) => dates.push([`items[${i}].history[${j}].date`, h.date]));
    item.references.forEach((r, j) => dates.push([`items[${i}].references[${j}].date`, r.date]));
  });
  return dates.filter(([, d]) => d !== null && !isRealDate(d)).map(([at, d]) => `${at} er ikke en rigtig dato: ${d}`);
}

/** The problems of a parsed meeting, in the bundle checker's words; none when it is valid. */
export function meetingProblems(meeting: unknown): string[] {
  const checked = checkBundle({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: '2025-01-01T00:00:00.000Z', meetings: [meeting] }, 20);
  if (!checked.ok) return checked.problems;
  return dateProblems(meeting as Meeting);
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
