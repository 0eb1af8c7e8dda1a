/** Reading elements of a page: their visible text, and the outermost of a kind. */
import { visibleLines } from './visible-text';
import { squash } from '../text/normalize';

/**
 * An element's visible text on one line. Never textContent: that would take the
 * code of a <script> or <style> inside a title or a link as words of the minutes.
 */
export function textOf(el: Element | null | undefined): string {
  return el ? squash(visibleLines(el).join(' ')) : '';
}

/**
 * The elements under `root` that `match` takes, in document order, without those
 * inside one already taken: one walk that does not enter a match. Headings and links
 * cannot nest in parsed HTML, but a script can nest them, and reading the text of
 * each nested one would be quadratic.
 */
export function outermost(root: Element, match: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el !== root && match(el)) {
      found.push(el);
      continue;
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return found;
}
