/**
 * Earlier treatment of a case as the document lists it: "Sagsforløb" as fields
 * (Udvalg / Dato / Punktnummer / text), or "Tidligere behandling" as dated lines
 * ("27.09.2022 Udvalget for arbejdsmarked og integration."), or as history lines
 * ("Byrådet den 12. april 2017 Punkt 9"); and the entries of an item, earlier
 * decisions joined to the history lines that name the same meeting.
 */
import type { HistoryEntry } from '../types';
import { findDate } from './dates';
import { historyLine } from './blocks';
import { fold } from './normalize';

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
    const listed = historyLine(line);
    if (listed) {
      flush();
      entries.push(listed);
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

/**
 * An item's history: its history lines and "Sagsforløb" entries, then each earlier
 * decision, joined to the history line of the same body and date when there is
 * one ("Kultur- og Fritidsudvalget den 27. februar 2018 Punkt 14" and that
 * committee's decision of the day: one entry with its number and text).
 * With history lines, oldest first.
 */
export function itemHistory(lines: readonly HistoryEntry[], listed: readonly HistoryEntry[], earlier: readonly HistoryEntry[]): HistoryEntry[] {
  const history = [...lines, ...listed];
  const meetingOf = (h: HistoryEntry): string => `${h.date}#${fold(h.body)}`;
  const byMeeting = new Map<string, HistoryEntry>();
  for (const line of lines) if (!byMeeting.has(meetingOf(line))) byMeeting.set(meetingOf(line), line);
  for (const entry of earlier) {
    const same = byMeeting.get(meetingOf(entry));
    if (same && same.text === undefined) same.text = entry.text;
    else history.push(entry);
  }
  // A stable sort: entries of one day keep the document's order.
  return lines.length > 0 ? history.sort((a, b) => a.date.localeCompare(b.date)) : history;
}
