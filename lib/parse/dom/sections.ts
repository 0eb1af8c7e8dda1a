/**
 * Sections headed by `<h3>` elements, as publishing systems render a case: each
 * heading opens a block (a shared label, a decision header, or a section of its
 * own name) holding the nodes after it up to the next heading.
 */
import { decisionHeader, scanBody, type Block } from '../text/blocks';
import { labelsOf } from '../text/labels';
import type { TextProfile } from '../text/profile';
import { outermost, textOf } from './elements';
import { visibleLines } from './visible-text';

const isH3 = (el: Element) => el.tagName.toUpperCase() === 'H3';

/** The lines of the nodes after `h3` up to the next h3 among its siblings, without what `skip` takes. */
function contentLines(h3: Element, skip: (el: Element) => boolean): string[] {
  const lines: string[] = [];
  for (let node = h3.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && isH3(node as Element)) break;
    if (node.nodeType === 1 && skip(node as Element)) continue;
    lines.push(...visibleLines(node, skip), '');
  }
  return lines;
}

/** Is `h3` inside the text of a section (one of `content`), before `root` or a skipped element? */
function inSection(h3: Element, root: Element, content: ReadonlySet<Node>, skip: (el: Element) => boolean): boolean {
  for (let node = h3.parentElement; node && node !== root; node = node.parentElement) {
    if (content.has(node)) return true;
    if (skip(node)) return false;
  }
  return false;
}

/**
 * The blocks of the h3 sections under `root` and the absence lines among them.
 * An h3 inside a section's text is a sub-heading of that text, not a section.
 * Attachment lists are left out (the caller reads their links). `skip`: elements
 * read elsewhere (a row nested inside by script is read from its own headings).
 */
export function readSections(root: Element, profile: TextProfile, skip: (el: Element) => boolean = () => false): { blocks: Block[]; absent: string[] } {
  const labelOf = labelsOf(profile);
  const blocks: Block[] = [];
  const absent: string[] = [];
  // The nodes after each section heading: the section's text.
  const content = new Set<Node>();
  // outermost: a script could nest headings, and reading each nested one would be quadratic.
  for (const h3 of outermost(root, isH3)) {
    if (inSection(h3, root, content, skip)) continue;
    const heading = textOf(h3).replace(/\s*:$/, '');
    // An empty heading opens nothing (FirstAgenda's page puts one before its sections).
    if (heading === '') continue;
    for (let node = h3.nextSibling; node && !(node.nodeType === 1 && isH3(node as Element)); node = node.nextSibling) content.add(node);
    const label = labelOf(heading);
    // Attachment lists are read from their links; the document's own lists after the items are no section.
    if (label?.kind === 'attachments' || label?.kind === 'end') continue;
    const decision = decisionHeader(heading);
    const lines = contentLines(h3, skip);
    const first: Block = decision
      ? { kind: 'decision', heading, lines: [], body: decision.body, date: decision.date }
      : { kind: label?.kind ?? 'section', heading, lines: [] };
    const scanned = scanBody(lines, 0, lines.length, profile, first);
    blocks.push(...scanned.blocks);
    absent.push(...scanned.absent);
  }
  return { blocks, absent };
}
