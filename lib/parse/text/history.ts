/**
 * Earlier treatment of a case as the document lists it: "Sagsforløb" as fields
 * (Udvalg / Dato / Punktnummer / text), or "Tidligere behandling" as dated lines
 * ("27.09.2022 Udvalget for arbejdsmarked og integration.").
 */
import type { HistoryEntry } from '../types';
import { findDate } from './dates';

const FIELD = /^(udvalg|dato|punktnummer|punkt nr\.?|punkt)\s*:\s*(.*)$/i;
const DATED_LINE = /^(\d{1,2}[-./]\d{1,2}[-./]\d{4})\s*[:,-]?\s+(.{2,200}?)\.?$/;

export function parseHistory(lines: readonly string[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let current: { body?: string; date?: string | null; number?: number; text: string[] } | null = null;
  const flush = (): void => {
    if (current?.body && current.date) {
      const entry: HistoryEntry = { body: current.body, date: current.date };
      if (current.number !== undefined) entry.number = current.number;
      const text = current.text.join('\n').trim();
      if (text) entry.text = text;
      entries.push(entry);
    }
    current = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const field = FIELD.exec(line);
    if (field) {
      const name = field[1]!.toLowerCase();
      const value = field[2]!.trim();
      if (name === 'udvalg') {
        flush();
        current = { body: value, text: [] };
      } else if (current && name === 'dato') {
        current.date = findDate(value);
      } else if (current && /^\d{1,4}$/.test(value)) {
        current.number = +value;
      } else if (current) {
        current.text.push(line);
      }
      continue;
    }
    const dated = DATED_LINE.exec(line);
    if (dated && findDate(dated[1]!)) {
      flush();
      current = { body: dated[2]!.trim(), date: findDate(dated[1]!), text: [] };
      flush();
      continue;
    }
    if (current) current.text.push(line);
  }
  flush();
  return entries;
}
