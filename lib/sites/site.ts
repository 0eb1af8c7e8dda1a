/**
 * A site: one publishing system or house style, in its own folder like a Zotero
 * translator. Its detector (`detect.ts`) is cheap and imports no parser, so the
 * content script can ask it on every page; its parser (`parse.ts`) reads the
 * site's page and gives the text engine the style's differences; its cases
 * (`cases.json`) are inputs with the exact fields they must give.
 */
import type { AgendaItem, Meeting, ParseResult } from '../parse/types';
import type { TextOptions } from '../parse/text/engine';
import type { TextProfile } from '../parse/text/profile';

/** A page the site fills in by script after load. */
export interface LivePage {
  /** The item table has its rows. */
  ready(doc: Document): boolean;
  /** A cheap fingerprint of what is shown: changes when the page re-renders or moves to another meeting. */
  signature(doc: Document): string;
}

/** The content script's verdict on a page. */
export type Detection =
  /** Not a meeting page: nothing more to do. */
  | { match: 'none' }
  /** A site's own meeting page (`match` is its id); `ready` once its script has filled it in. */
  | { match: string; ready: boolean }
  /** A page of no known site whose title or headings and labels look like minutes or an agenda. */
  | { match: 'labels'; labels: string[] };

export interface SiteDetector<Id extends string = string> {
  id: Id;
  /** Danish, for the user: which kind of document this was read as. */
  name: string;
  /** Is this page the site's meeting page? Bounded work, no layout; null when it is not. */
  detectPage?(doc: Document, url: string): Detection | null;
  /** Present when the site fills its pages in by script. */
  live?: LivePage;
  /** Minutes in text (a PDF, a file, a page's text) in the site's style: a few anchored patterns over a sample. */
  detectText?(sample: string): boolean;
  /** Paths (decoded) at which the site serves its documents as PDF. */
  pdfPath?: RegExp;
}

/** Reads the text of a page through the text sites (the registry's own reader, passed in so a page parser need not import it). */
export type TextReader = (text: string, options: Pick<TextOptions, 'url' | 'profile'>) => ParseResult;

export interface PageParser {
  /** Cheap: selectors and the address. */
  claims(doc: Document, url: string | null): boolean;
  parse(doc: Document, url: string | null, readText: TextReader): ParseResult;
}

/** What an API reader needs besides the answer. */
export interface ApiContext {
  /** The host's origin ("https://dagsordener.hvidovre.dk"): links are made absolute against it. */
  origin: string;
  /** From the built-in list of hosts, when the host name does not say. */
  municipality?: string | null;
  /** Builds a document from HTML (DOMParser where there is one, else linkedom). */
  parseHtml(html: string): Document;
}

export interface SiteParser {
  /** Reads the site's page (live or saved). */
  page?: PageParser;
  /** Reads the site's API answer for one meeting (parsed JSON, any value). */
  api?(json: unknown, context: ApiContext): ParseResult;
  /** The style's differences for the text engine; present when the site's documents come as text (PDF, file). */
  profile?: TextProfile;
}

/** Typed with its literal id, so the registry knows every id. */
export function defineSite<const Id extends string>(site: SiteDetector<Id>): SiteDetector<Id> {
  return site;
}

/**
 * A site's own case (its folder's cases.json), like a Zotero translator's test:
 * an input file (under test/fixtures/) and the exact fields it must give. `.html` is read as a page
 * at `url`, `.json` as the site's API answer from the origin of `url`, anything
 * else as text; the site must claim the input.
 */
export interface SiteCase {
  /** What the case shows. */
  about?: string;
  fixture: string;
  url?: string;
  meeting: Omit<Meeting, 'items' | 'warnings'>;
  /** Every item in document order: number, title, case number, closed. */
  items: Array<[number: number, title: string, caseNumber: string | null, closed: boolean]>;
  /** One item in full: its decisions, history, attachments, absences and section headings. */
  item: Pick<AgendaItem, 'number' | 'decisions' | 'history' | 'attachments' | 'absent'> & { sections: string[] };
}
