/**
 * The visible text of a DOM subtree as lines, without layout: block elements
 * break lines, table cells are separated by tabs, hidden and non-text elements
 * are skipped. Works on a live document and on linkedom's in Node alike.
 */

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG', 'VIDEO', 'AUDIO',
]);
/** Elements that start and end a line (upper case, as `tagName`). */
export const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);

// Node types, spelled out so the module needs no DOM globals in Node.
const ELEMENT = 1;
const TEXT = 3;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Appends the text of `root` to `out`; `out` ends with '\n' at block ends. */
function walk(root: Node, out: string[], depthLimit: number, skip?: (el: Element) => boolean): void {
  // An explicit stack, so 100,000 nested elements cannot overflow the call stack.
  const stack: (Node | string)[] = [root];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') {
      out.push(next);
      continue;
    }
    if (next.nodeType === TEXT) {
      out.push((next.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (next.nodeType !== ELEMENT && next.nodeType !== 9 && next.nodeType !== 11) continue;
    const el = next as Element;
    const tag = next.nodeType === ELEMENT ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag) || (next.nodeType === ELEMENT && (isHidden(el) || skip?.(el)))) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(tag);
    const cell = tag === 'TD' || tag === 'TH';
    if (block) stack.push('\n');
    else if (cell) stack.push('\t');
    const children = next.childNodes;
    if (stack.length > depthLimit) continue;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (block) out.push('\n');
  }
}

/** Cells trimmed and joined by one tab, empty cells at the ends dropped (split, not regex, to stay linear). */
function cleanLine(line: string): string {
  const cells = line.split('\t').map((cell) => cell.replace(/ {2,}/g, ' ').trim());
  let from = 0;
  let to = cells.length;
  while (from < to && cells[from] === '') from++;
  while (to > from && cells[to - 1] === '') to--;
  return cells.slice(from, to).join('\t');
}

/** `skip`: elements left out with all they hold (besides the hidden and non-text ones). */
export function visibleLines(root: Node, skip?: (el: Element) => boolean): string[] {
  const out: string[] = [];
  walk(root, out, 2_000_000, skip);
  return out
    .join('')
    .split('\n')
    .map(cleanLine);
}
