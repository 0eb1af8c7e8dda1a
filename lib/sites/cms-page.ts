/**
 * A municipal CMS page of minutes: its visible text through the text engine.
 * Headings numbered like "8. Orientering …", "4 : Gensidig orientering" or
 * "38Godkendelse af dagsorden" are item headers; attachment titles get the
 * address of the page's link of the same name. A site's page differs as data
 * (a `PageStyle`): chrome to leave out, head lines it shows without labels, its
 * own section labels, and the item's number where a page holds one item and
 * only its address says which.
 */
import type { ParseResult } from '../parse/types';
import type { TextProfile } from '../parse/text/profile';
import { visibleLines } from '../parse/dom/visible-text';
import { outermost, textOf } from '../parse/dom/elements';
import { safeUrl } from '../parse/safe-url';
import type { PageParser } from './site';

export interface PageStyle {
  /** Cheap: selectors and the address. */
  claims(doc: Document, url: string | null): boolean;
  /** Page chrome inside the minutes ("Kopier link til punktet - Print", video links): left out with all it holds. */
  skip?: string;
  /** Labelled lines ("Mødested: …", "Udvalg: …") for what the page shows without a label, read before its text. */
  head?(doc: Document, url: string | null): string[];
  /** The site's own section labels. */
  profile?: TextProfile;
  /** A page of one item whose number only the address gives: that number (the page's title heading is the item's). */
  itemNumber?(url: string | null): number | null;
}

// A title starts with a capital or a digit: "24. april 2023 - referat fra byrådet" is a date.
const NUMBERED = /^(\d{1,3})(?:\s*[.:]\s*|\s+|(?=\p{Lu}\p{Ll}))([\p{Lu}\d"«].{0,300})$/u;

const HEADING = new Set(['H1', 'H2', 'H3', 'H4']);

function numberedHeadings(root: Element, skip: ((el: Element) => boolean) | undefined): Map<string, string> {
  const headers = new Map<string, string>();
  for (const h of outermost(root, (el) => HEADING.has(el.tagName.toUpperCase()) || skip?.(el) === true)) {
    if (skip?.(h)) continue;
    const text = textOf(h);
    const m = NUMBERED.exec(text);
    if (m) headers.set(text, `Punkt ${m[1]}: ${m[2]}`);
  }
  return headers;
}

/** The address of each link by its visible text, the first link of a text winning. */
function linksByText(root: Element, base: string | null): Map<string, string> {
  const links = new Map<string, string>();
  for (const a of outermost(root, (el) => el.tagName.toUpperCase() === 'A' && el.hasAttribute('href'))) {
    const url = safeUrl(a.getAttribute('href'), base);
    const text = textOf(a);
    if (url && text && !links.has(text)) links.set(text, url);
  }
  return links;
}

export function cmsPage(style: PageStyle): PageParser {
  const skip = style.skip ? (el: Element) => el.matches(style.skip!) : undefined;
  return {
    claims: style.claims,
    parse(doc, url, readText): ParseResult {
      const root = doc.querySelector('main, [role="main"], article') ?? doc.body ?? doc.documentElement;
      if (!root) return { ok: false, reason: 'Siden er tom og ikke et referat eller en dagsorden.' };
      const headers = numberedHeadings(root, skip);
      // One item's page: its title heading is that item's header.
      const number = style.itemNumber?.(url) ?? null;
      const title = number === null ? '' : textOf(root.querySelector('h1'));
      if (title) headers.set(title, `Punkt ${number}: ${title}`);
      const lines = visibleLines(root, skip).map((line) => headers.get(line) ?? line);
      const result = readText([...(style.head?.(doc, url) ?? []), ...lines].join('\n'), { url, profile: style.profile });
      if (!result.ok) return result;
      const links = linksByText(root, url);
      for (const item of result.meeting.items) {
        for (const attachment of item.attachments) {
          const href = links.get(attachment.title);
          if (href) attachment.url = href;
        }
      }
      if (title) result.meeting.partial = true;
      return result;
    },
  };
}
