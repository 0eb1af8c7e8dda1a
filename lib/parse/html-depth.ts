/**
 * A cap on how deep an HTML file's elements nest, applied to the text before an
 * HTML parser sees it. linkedom (Node) spends time growing with the square of the
 * depth (about 9 s for 100,000 nested elements) and Chromium's DOMParser nearly so;
 * no page of minutes nests more than a few dozen levels. Past MAX_DEPTH the opening
 * tags (and as many closing tags) are dropped and their text is kept, a block
 * element's as a line of its own, so the inner part reads as plain text, much as
 * Chromium itself flattens a tree past 512 levels.
 * One pass, linear in the input.
 */

export const MAX_DEPTH = 256;

/** Elements that never nest: no content (void) or raw text whose `<` are not tags. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Elements whose end tag may be left out: the parser closes them by itself, so an open one says nothing of depth. */
const OPTIONAL_END = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp']);

const FOREIGN = new Set(['svg', 'math']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'main', 'nav', 'ol', 'pre', 'section', 'summary', 'table', 'ul']);

const NAME = /[a-zA-Z][^\s/>]*/y;

export interface CappedHtml {
  html: string;
  /** Opening tags dropped for being deeper than MAX_DEPTH. */
  dropped: number;
}

/** Where the tag opened at `from` ends (the index of its `>`), skipping quoted attribute values; -1 when it never does. */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (c === '>') return i;
    if ((c === '"' || c === "'") && afterEquals) {
      const close = html.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close;
      afterEquals = false;
    } else if (c === '=') afterEquals = true;
    else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') afterEquals = false;
  }
  return -1;
}

export function capNesting(html: string, max = MAX_DEPTH): CappedHtml {
  const kept: string[] = [];
  let last = 0;
  /** The open elements that nest, as a browser's parser would hold them (at most `max`). */
  const open: string[] = [];
  /** Open svg and math elements: inside them `/>` closes a tag, as in XML. */
  let foreign = 0;
  let dropped = 0;
  /** Dropped opening tags whose closing tag is still to come. */
  let pending = 0;
  // A dropped block element leaves a line break, as its start and end would in the visible
  // text (dom/visible-text.ts), so its text still starts a line of its own; at most two in a
  // row (a blank line), so 100,000 dropped tags do not become 100,000 <br>.
  let breaks = 0;
  const drop = (from: number, to: number, name: string) => {
    const between = html.slice(last, from);
    if (between.trim() !== '') breaks = 0;
    kept.push(between);
    if (BLOCK.has(name) && breaks < 2) {
      kept.push('<br>');
      breaks++;
    }
    last = to;
  };
  const popTo = (length: number) => {
    while (open.length > length) if (FOREIGN.has(open.pop()!)) foreign--;
  };
  let i = html.indexOf('<');
  while (i >= 0) {
    let next = i + 1;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close < 0) break;
      next = close + 3;
    } else if (html[i + 1] === '!' || html[i + 1] === '?') {
      const close = html.indexOf('>', i + 2);
      if (close < 0) break;
      next = close + 1;
    } else {
      const closing = html[i + 1] === '/';
      NAME.lastIndex = closing ? i + 2 : i + 1;
      const match = NAME.exec(html);
      if (match) {
        const name = match[0].toLowerCase();
        const end = tagEnd(html, NAME.lastIndex);
        if (end < 0) break;
        next = end + 1;
        const nests = !VOID.has(name) && !RAW_TEXT.has(name) && !OPTIONAL_END.has(name);
        if (closing) {
          if (nests && pending > 0) {
            pending--;
            drop(i, next, name);
          } else if (nests) {
            // Like a browser: close the nearest open element of that name and all inside it; a stray end tag closes nothing.
            const at = open.lastIndexOf(name);
            if (at >= 0) popTo(at);
          }
        } else if (RAW_TEXT.has(name)) {
          // Its content is text up to its own end tag.
          const close = new RegExp(`</${name}[\\s/>]`, 'gi');
          close.lastIndex = next;
          const found = close.exec(html);
          if (!found) break;
          next = found.index;
        } else if (nests && !(html[end - 1] === '/' && (foreign > 0 || FOREIGN.has(name)))) {
          if (open.length >= max) {
            dropped++;
            pending++;
            drop(i, next, name);
          } else {
            open.push(name);
            if (FOREIGN.has(name)) foreign++;
          }
        }
      }
    }
    i = html.indexOf('<', next);
  }
  if (dropped === 0) return { html, dropped };
  kept.push(html.slice(last));
  return { html: kept.join(''), dropped };
}
