/**
 * Each site's parser by id, and the choice of site for a text or a page: the
 * first in the registry's order that claims it. Not for the content script
 * (registry.ts alone is cheap).
 */
import type { ParseResult } from '../parse/types';
import { parseTextDocument, type TextOptions } from '../parse/text/engine';
import { aalborgParser } from './aalborg/parse';
import { firstagendaParser } from './firstagenda/parse';
import { genericParser } from './generic/parse';
import { herningParser } from './herning/parse';
import { hvidovreParser } from './hvidovre/parse';
import { kkParser } from './kk/parse';
import { rkskParser } from './rksk/parse';
import { vejenParser } from './vejen/parse';
import { SITES, type SiteId } from './registry';
import type { PageParser, SiteDetector, SiteParser } from './site';
import type { TextProfile } from '../parse/text/profile';

export const PARSERS: Record<SiteId, SiteParser> = {
  herning: herningParser,
  hvidovre: hvidovreParser,
  vejen: vejenParser,
  firstagenda: firstagendaParser,
  kk: kkParser,
  rksk: rkskParser,
  aalborg: aalborgParser,
  generic: genericParser,
};

/** The sites whose documents come as text, in order; the generic site last takes any text. */
const TEXT_SITES = SITES.flatMap((site) => {
  const profile = PARSERS[site.id].profile;
  return profile && site.detectText ? [{ site: site as SiteDetector, detect: site.detectText, profile }] : [];
});

/** The sites with a page parser, in order; the generic page last takes any page. */
const PAGE_SITES = SITES.flatMap((site) => {
  const page = PARSERS[site.id].page;
  return page ? [{ site: site as SiteDetector, page }] : [];
});

// A house style shows in its first items; detecting on a sample keeps the cost flat. The
// sample starts at the first word, so blank lines before the minutes (a page's empty
// elements) do not push them out of it.
const SAMPLE = 24_000;

/** The site whose style `text` is in, with the profile the text engine reads it by. */
export function textSiteFor(text: string): { site: SiteDetector; profile: TextProfile } {
  const start = Math.max(0, text.search(/\S/));
  const sample = text.length - start > SAMPLE ? text.slice(start, start + SAMPLE) : text.slice(start);
  return TEXT_SITES.find((s) => s.detect(sample)) ?? TEXT_SITES[TEXT_SITES.length - 1]!;
}

/** Text through the engine, with the profile of the site whose style it is (or the one a page's own site gives). */
export function parseText(text: string, options: TextOptions = {}): ParseResult {
  return parseTextDocument(text, { ...options, profile: options.profile ?? textSiteFor(text).profile });
}

/** The site whose page `doc` is. */
export function pageSiteFor(doc: Document, url: string | null): { site: SiteDetector; page: PageParser } {
  return PAGE_SITES.find((s) => s.page.claims(doc, url)) ?? PAGE_SITES[PAGE_SITES.length - 1]!;
}

export function parseDocument(doc: Document, url: string | null = null): ParseResult {
  return pageSiteFor(doc, url).page.parse(doc, url, parseText);
}
