/**
 * Any other site: a page is a meeting when its title or a top heading names
 * minutes or an agenda and it carries at least two labels of Danish minutes. It
 * runs on every matched page, so it reads only the title, a few headings and,
 * when those already point to a meeting, a bounded sample of text. It never
 * reads innerText (that forces layout) and never imports the parser.
 */
import { defineSite, type Detection } from '../site';

// "Referat", "Mødereferat", "Dagsorden(er)", "Beslutningsprotokol": the word may end a compound.
const MEETING_WORD = /referat|dagsorden|beslutningsprotokol/i;

// Labels of Danish minutes, capitalised as they stand in headings. A word
// boundary after each keeps "Beslutningstema" from counting as "Beslutning".
const LABEL = /\b(Beslutning|Beslutningstema|Sagsfremstilling|Indstilling|Sagsresume|Resume|Sagsnr|Sagsnummer|Punkt\s+\d{1,3})\b/g;
// "8. Orientering om …": a numbered item heading on other CMSs.
const NUMBERED_HEADING = /^\s*\d{1,3}\.\s+\S/;

/** How much of a page is read: headings of each level, and text (only on pages that pass the first gate). */
export const LIMITS = { headings: 100, sampleChars: 40_000, sampleNodes: 4_000 } as const;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TEXTAREA']);
// A heading's text is read up to this many characters and text nodes.
const HEADING_CHARS = 300;
const HEADING_NODES = 50;

/** Up to `maxChars` characters of the text under `root`, skipping scripts and styles. */
export function textSample(doc: Document, root: Node, maxChars: number = LIMITS.sampleChars, maxNodes: number = LIMITS.sampleNodes): string {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; n < maxNodes && length < maxChars; n++) {
    const node = walker.nextNode();
    if (!node) break;
    const parent = node.parentNode as Element | null;
    if (parent && SKIP.has(parent.nodeName.toUpperCase())) continue;
    const text = node.nodeValue ?? '';
    if (text.trim() === '') continue;
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ').slice(0, maxChars);
}

function labelName(match: string): string {
  return /^Punkt/.test(match) ? 'Punkt' : match;
}

/** The distinct minutes labels in `text`. */
export function labelsIn(text: string, into: Set<string> = new Set()): Set<string> {
  for (const m of text.matchAll(LABEL)) into.add(labelName(m[1]!));
  return into;
}

/**
 * Calls `visit` with the text of up to `LIMITS.headings` h1, h2 and h3 elements
 * each, until it returns false. Live collections are read item by item, so on a
 * large page only the part up to the headings read is walked.
 */
function eachHeading(doc: Document, visit: (text: string) => boolean): void {
  for (const tag of ['h1', 'h2', 'h3']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < LIMITS.headings; i++) {
      const h = list[i];
      if (!h) break;
      // Not textContent: words in a <script> or <style> inside a heading do not make a meeting.
      if (!visit(textSample(doc, h, HEADING_CHARS, HEADING_NODES))) return;
    }
  }
}

/** Does the page look like minutes or an agenda? Bounded work; no layout. */
function detectLabels(doc: Document): Detection | null {
  // The title or a top heading must name minutes or an agenda…
  let named = MEETING_WORD.test(doc.title ?? '');
  if (!named) eachHeading(doc, (text) => !(named = MEETING_WORD.test(text)));
  if (!named) return { match: 'none' };

  // …and the page must carry at least two distinct labels of minutes.
  const labels = new Set<string>();
  eachHeading(doc, (text) => {
    labelsIn(text, labels);
    if (NUMBERED_HEADING.test(text)) labels.add('Punkt');
    return true;
  });
  if (labels.size < 2) {
    const root = doc.querySelector('main, [role="main"], article') ?? doc.body;
    if (root) labelsIn(textSample(doc, root), labels);
  }
  return labels.size >= 2 ? { match: 'labels', labels: [...labels] } : null;
}

export const generic = defineSite({
  id: 'generic',
  name: 'Almindelig side eller tekst',
  detectPage: (doc) => detectLabels(doc),
  // It takes any text that no site claims.
  detectText: () => true,
  pdfPath: /\.pdf$/i,
});
