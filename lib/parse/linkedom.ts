/**
 * HTML into a document with linkedom, where no DOMParser exists: Node (the
 * commands and tests) and the extension's background service worker.
 */
import { parseHTML } from 'linkedom';

const LEADING = /^(?:\s+|<!doctype[^>]*>|<!--[\s\S]*?-->)*/i;

/**
 * linkedom takes the first element as the root: without `<html>` the text lands
 * outside the body, and without any element the document throws on `head` and
 * `body`. A browser's parser builds html, head and body around anything; so does this.
 */
export function parseHtmlAsBrowser(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.tagName === 'HTML') return document as unknown as Document;
  const rest = html.slice(LEADING.exec(html)![0].length);
  const whole = /^<head[\s>]/i.test(rest) ? `<html>${rest}</html>` : `<html><head></head><body>${rest}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
