/**
 * Any other municipal page: its visible text through the text sites. Headings
 * numbered like "8. Orientering …" are item headers on such sites; attachment
 * titles get the address of the page's link of the same name.
 */
import type { ParseResult } from '../../parse/types';
import { visibleLines } from '../../parse/dom/visible-text';
import { outermost, textOf } from '../../parse/dom/elements';
import { safeUrl } from '../../parse/safe-url';
import type { PageParser } from '../site';

const NUMBERED = /^(\d{1,3})\.?\s+(\S.{0,300})$/;

const HEADING = new Set(['H1', 'H2', 'H3', 'H4']);

function numberedHeadings(root: Element): Map<string, string> {
  const headers = new Map<string, string>();
  for (const h of outermost(root, (el) => HEADING.has(el.tagName.toUpperCase()))) {
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

export const genericPage: PageParser = {
  claims: () => true,
  parse(doc, url, readText): ParseResult {
    const root = doc.querySelector('main, [role="main"], article') ?? doc.body ?? doc.documentElement;
    if (!root) return { ok: false, reason: 'Siden er tom og ikke et referat eller en dagsorden.' };
    const headers = numberedHeadings(root);
    const lines = visibleLines(root).map((line) => headers.get(line) ?? line);
    const result = readText(lines.join('\n'), { url });
    if (!result.ok) return result;
    const links = linksByText(root, url);
    for (const item of result.meeting.items) {
      for (const attachment of item.attachments) {
        const href = links.get(attachment.title);
        if (href) attachment.url = href;
      }
    }
    return result;
  },
};
