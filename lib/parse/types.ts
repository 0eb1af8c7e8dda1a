/** The contract of ../shared/docs/data-model.md. Field names are fixed. */

export type MeetingKind = 'referat' | 'dagsorden';

export interface Section {
  heading: string;
  text: string;
}

export interface Decision {
  body: string | null;
  /** ISO date, yyyy-mm-dd. */
  date: string | null;
  text: string;
}

export interface Attachment {
  title: string;
  url?: string;
}

export interface HistoryEntry {
  body: string;
  date: string;
  number?: number;
  text?: string;
}

export interface Reference {
  date: string;
  body?: string;
  number?: number;
  text: string;
}

export interface AgendaItem {
  number: number;
  title: string;
  caseNumber: string | null;
  closed: boolean;
  recovered: boolean;
  sections: Section[];
  decisions: Decision[];
  attachments: Attachment[];
  history: HistoryEntry[];
  absent: string[];
  references: Reference[];
}

export interface Meeting {
  kind: MeetingKind;
  municipality: string | null;
  committee: string;
  date: string;
  startTime: string | null;
  location: string | null;
  participants: string[];
  absent: string[];
  sourceUrl: string | null;
  items: AgendaItem[];
  warnings: string[];
  /** The document holds only some of the meeting's items: saving adds them to the saved meeting instead of replacing it. */
  partial?: true;
}

export type ParseResult =
  | { ok: true; meeting: Meeting }
  | { ok: false; reason: string };
