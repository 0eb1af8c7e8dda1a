/** The library's pure parts: meetings grouped by month, and the sentence on the storage used. */
import { formatBytes, monthLabel } from '../shared/format';

export interface MonthGroup<T> {
  /** "2023-08" */
  key: string;
  /** "August 2023" */
  label: string;
  meetings: T[];
}

/** Consecutive meetings of the same month in one group; the input order (newest first) is kept. */
export function groupByMonth<T extends { date: string }>(meetings: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const m of meetings) {
    const key = m.date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.meetings.push(m);
    else groups.push({ key, label: monthLabel(key), meetings: [m] });
  }
  return groups;
}

/** One Danish sentence on the storage used, from navigator.storage's estimate and persisted state. */
export function storageText(estimate: { usage?: number; quota?: number } | null, persisted: boolean | null): string {
  const parts: string[] = [];
  if (estimate?.usage !== undefined) {
    parts.push(
      estimate.quota !== undefined
        ? `Biblioteket bruger ${formatBytes(estimate.usage)} af ${formatBytes(estimate.quota)}, som browseren giver plads til.`
        : `Biblioteket bruger ${formatBytes(estimate.usage)}.`,
    );
  }
  if (persisted === true) parts.push('Browseren sletter det ikke af sig selv.');
  else if (persisted === false) parts.push('Browseren kan slette det, hvis der bliver trangt om pladsen.');
  return parts.join(' ');
}
