import { BLOCK } from './dom/visible-text';

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
const MAX_BREAKS = 8;

/** Elements without content in both parsers. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is text in both parsers (Chromium has more: their tags are counted, which errs on the safe side). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
/**
 * Start tags that close the open element on top when it is one of these: the rules
 * htmlparser2 (under linkedom) applies, where the HTML standard (Chromium) closes
 * at least as much. Unclosed paragraphs, list items and cells then do not count as
 * depth, and what either parser would nest still does.
 */
const CLOSES_P = ['p'];
const CLOSES: Record<string, readonly string[]> = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  option: ['option'],
  optgroup: ['optgroup', 'option'],
  tr: ['tr', 'th', 'td'],
  th: ['th'],
  td: ['th', 'td'],
  tbody: ['thead', 'tbody'],
  tfoot: ['thead', 'tbody'],
};
for (const name of ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']) {
  CLOSES[name] = CLOSES_P;
}
/** A browser keeps one of each and ignores later start tags (it only merges their attributes). */
const SINGLE = new Set(['html', 'head', 'body']);

const FOREIGN = new Set(['svg', 'math']);

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
  // text (dom/visible-text.ts), so its text still starts a line of its own and a few empty
  // blocks in a row keep their blank lines; at most MAX_BREAKS in a row, so 100,000 dropped
  // tags do not become 100,000 <br>.
  let breaks = 0;
  const drop = (from: number, to: number, lineBreak: boolean) => {
    const between = html.slice(last, from);
    if (between.trim() !== '') breaks = 0;
    kept.push(between);
    if (lineBreak && breaks < MAX_BREAKS) {
      kept.push('<br>');
      breaks++;
    }
    last = to;
  };
  const popTo = (length: number) => {
    while (open.length > length) if (FOREIGN.has(open.pop()!)) foreign--;
  };
  const seen = new Set<string>();
  // Where a comment ends: after `-->` or `--!>`, or at once for `<!-->` and `<!--->`, as browsers
  // read it. The next of each end is kept, so many comments cost one pass (-1: there is none).
  const ends = { '-->': -2, '--!>': -2 };
  const commentEnd = (from: number): number => {
    if (html.startsWith('>', from)) return from + 1;
    if (html.startsWith('->', from)) return from + 2;
    let best = -1;
    for (const mark of ['-->', '--!>'] as const) {
      if (ends[mark] !== -1 && ends[mark] < from) ends[mark] = html.indexOf(mark, from);
      if (ends[mark] >= 0 && (best < 0 || ends[mark] + mark.length < best)) best = ends[mark] + mark.length;
    }
    return best;
  };
  const closeImplied = (name: string) => {
    const closes = CLOSES[name];
    while (closes && closes.includes(open[open.length - 1]!)) popTo(open.length - 1);
  };
  let i = html.indexOf('<');
  while (i >= 0) {
    let next = i + 1;
    if (html.startsWith('<!--', i)) {
      next = commentEnd(i + 4);
      if (next < 0) break;
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
        const nests = !VOID.has(name) && !RAW_TEXT.has(name) && !SINGLE.has(name);
        if (closing) {
          if (nests && pending > 0) {
            pending--;
            drop(i, next, BLOCK.has(name.toUpperCase()));
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
        } else if (SINGLE.has(name)) {
          // A head after the body has begun is ignored too: what follows it is the body's.
          if (seen.has(name) || (name === 'head' && seen.has('body'))) drop(i, next, false);
          seen.add(name);
        } else if (nests && !(html[end - 1] === '/' && (foreign > 0 || FOREIGN.has(name)))) {
          closeImplied(name);
          if (open.length >= max) {
            dropped++;
            pending++;
            drop(i, next, BLOCK.has(name.toUpperCase()));
          } else {
            open.push(name);
            if (FOREIGN.has(name)) foreign++;
          }
        }
      }
    }
    i = html.indexOf('<', next);
  }
  if (kept.length === 0) return { html, dropped };
  kept.push(html.slice(last));
  return { html: kept.join(''), dropped };
}
