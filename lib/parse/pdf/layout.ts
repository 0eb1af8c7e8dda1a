/**
 * Rebuilds text from positioned PDF text runs. pdf.js does not always mark line
 * ends, so lines come from the runs' baselines and tabs from wide gaps. Page
 * headers and footers that repeat on most pages are dropped. Lines then become
 * paragraphs: a line that wrapped (the next word would not have fitted after it)
 * and sits at the document's usual line pitch continues its paragraph, also
 * across a page break; paragraphs are separated by a blank line.
 */

import type { HiddenGap } from './glyphs';

export interface Run {
  str: string;
  x: number;
  /** Baseline, growing upwards as in PDF space. */
  y: number;
  width: number;
  /** Font size (height of the run). */
  size: number;
  /** The PDF font's name, where known: a change of font at a line end is no wrap. */
  font?: string;
  /** Starts after a positioned gap (a tab stop, a new cell), however narrow. */
  tab?: boolean;
}

export interface PageRuns {
  runs: Run[];
  /** Gaps inside runs that pdf.js folded into a space (see glyphs.ts). */
  gaps?: HiddenGap[];
}

interface Line {
  text: string;
  y: number;
  right: number;
  size: number;
  /** Width of the line's first word: would it have fitted at the end of the line before? */
  firstWord: number;
  firstFont: string | undefined;
  lastFont: string | undefined;
}

/** A gap this wide (in font sizes) is a tab, not a space; pdf.js folds gaps up to 0.6 into one space. */
const TAB_GAP = 0.6;
const SPACE_GAP = 0.15;

/** Rough advance of a character in em, as in common serif and sans fonts. */
function charWidth(c: string): number {
  if (c === ' ') return 0.27;
  if (/[ijl.,:;'!|`]/.test(c)) return 0.26;
  if (/[ftrI()[\]/\-"]/.test(c)) return 0.34;
  if (c === 'm' || c === 'w') return 0.76;
  if (c === 'M' || c === 'W') return 0.9;
  if (/[æœ]/.test(c)) return 0.7;
  if (/[ÆŒ]/.test(c)) return 0.9;
  if (/\p{Lu}/u.test(c)) return 0.68;
  return 0.5;
}

function textWidth(s: string): number {
  let w = 0;
  for (const c of s) w += charWidth(c);
  return w;
}

function buildLine(group: Run[]): Line | null {
  group.sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  let size = 0;
  let spaced = false;
  let firstWord = 0;
  // The first word may go on in the next run ("fi" "le:///…" around a ligature).
  let inFirstWord = true;
  let firstFont: string | undefined;
  let lastFont: string | undefined;
  for (const run of group) {
    size = Math.max(size, run.size);
    if (run.str.trim() === '') {
      // pdf.js's own gap marker, or a real space glyph.
      spaced = true;
      continue;
    }
    const h = Math.max(run.size, 1);
    // Scale the rough glyph widths so that the whole run has its measured width.
    const scale = run.width / Math.max(textWidth(run.str), 0.01);
    const lead = run.str.length - run.str.trimStart().length;
    const trail = run.str.length - run.str.trimEnd().length;
    if (text !== '') {
      const gap = run.x - right;
      if (gap >= TAB_GAP * h || run.tab) text = text.trimEnd() + '\t';
      else if ((gap > SPACE_GAP * h || spaced) && !/\s$/.test(text) && lead === 0) text += ' ';
    } else {
      firstFont = run.font;
    }
    if (inFirstWord) {
      if (text !== '' && /\s$/.test(text)) inFirstWord = false;
      else {
        const word = /^\S*/.exec(run.str.trimStart())![0];
        firstWord += textWidth(word) * scale;
        if (word.length < run.str.trim().length || trail > 0) inFirstWord = false;
      }
    }
    lastFont = run.font;
    text += run.str;
    right = Math.max(right, run.x + run.width - textWidth(run.str.slice(run.str.length - trail)) * scale);
    spaced = false;
  }
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return { text: trimmed, y: group[0]!.y, right, size, firstWord, firstFont, lastFont };
}

/** The index of the space in the run nearest to page position x, or -1; `scale` turns rough widths into points. */
function spaceNear(run: Run, x: number, scale: number): number {
  let best = -1;
  let distance = Math.max(run.size, 1);
  let at = run.x;
  for (let i = 0; i < run.str.length; i++) {
    const c = run.str[i]!;
    if (c === ' ' && Math.abs(at - x) <= distance) {
      best = i;
      distance = Math.abs(at - x);
    }
    at += charWidth(c) * scale;
  }
  return best;
}

/** Cuts runs where the glyphs show a gap that pdf.js folded into a space. */
function splitAtGaps(runs: Run[], gaps: readonly HiddenGap[]): Run[] {
  if (gaps.length === 0) return runs;
  const out: Run[] = [];
  for (const run of runs) {
    const inside = gaps
      .filter((g) => Math.abs(g.y - run.y) <= 0.3 * Math.max(run.size, g.size) && g.x >= run.x && g.x2 > run.x + 0.5 && g.x2 < run.x + run.width - 0.5)
      .sort((a, b) => a.x - b.x);
    if (inside.length === 0) {
      out.push(run);
      continue;
    }
    // Scale the rough widths to the run without its gaps, so that positions before a gap are right.
    const gapWidth = inside.reduce((sum, g) => sum + g.x2 - g.x, 0);
    const natural = textWidth(run.str) - inside.length * charWidth(' ');
    const scale = natural > 0 && run.width > gapWidth ? (run.width - gapWidth) / natural : run.width / Math.max(textWidth(run.str), 0.01);
    let rest = run;
    for (const gap of inside) {
      const cut = spaceNear(rest, gap.x, scale);
      if (cut <= 0) continue;
      out.push({ ...rest, str: rest.str.slice(0, cut), width: gap.x - rest.x });
      rest = { ...rest, str: rest.str.slice(cut + 1), x: gap.x2, width: rest.x + rest.width - gap.x2, tab: true };
    }
    out.push(rest);
  }
  return out;
}

function buildLines(runs: Run[]): Line[] {
  const sorted = runs.filter((r) => r.str.length > 0 && Number.isFinite(r.x) && Number.isFinite(r.y)).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let group: Run[] = [];
  const flush = (): void => {
    const line = group.length > 0 ? buildLine(group) : null;
    if (line) lines.push(line);
    group = [];
  };
  for (const run of sorted) {
    const base = group[0];
    if (base && Math.abs(base.y - run.y) > Math.max(1, 0.45 * Math.max(base.size, run.size))) flush();
    group.push(run);
  }
  flush();
  return lines;
}

function furnitureKey(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\d+/g, '#');
}

/** Where a line stands on its page, to the point: furniture stands in the same place on every page. */
const at = (line: Line, dy = 0): string => `${furnitureKey(line.text)}@${Math.round(line.y) + dy}`;

/**
 * Lines at the top or bottom of most pages, alike but for numbers and in the same
 * place: headers and footers. A line of text that happens to end several pages
 * ("Fraværende: …" after every item) stands higher or lower on each, and stays.
 */
function furniture(pages: Line[][]): Set<string> {
  const keys = new Set<string>();
  if (pages.length < 2) return keys;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set<string>();
    // Within a point of the same place: the rounding may split one position in two.
    for (const line of [...lines.slice(0, 2), ...lines.slice(-2)]) for (const dy of [-1, 0, 1]) edge.add(at(line, dy));
    for (const key of edge) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) if (n >= Math.max(2, Math.ceil(pages.length * 0.6))) keys.add(key);
  return keys;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

const sameSize = (a: Line, b: Line): boolean => Math.abs(a.size - b.size) <= 0.15 * Math.max(a.size, b.size);

/**
 * The distance between the lines of one paragraph: the smallest baseline step
 * that is common in the document. Paragraph spacing makes the larger steps.
 */
function linePitch(pages: Line[][]): number {
  const steps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      const step = a.y - b.y;
      if (sameSize(a, b) && step > 0.5 * b.size && step < 4 * b.size) steps.push(Math.round(step * 2) / 2);
    }
  }
  if (steps.length === 0) return 0;
  const counts = new Map<number, number>();
  for (const s of steps) counts.set(s, (counts.get(s) ?? 0) + 1);
  const common = Math.max(2, steps.length * 0.05);
  const sorted = [...counts.keys()].sort((a, b) => a - b);
  for (const s of sorted) {
    // Steps within half a point of each other are the same step, rounded differently.
    const n = (counts.get(s) ?? 0) + (counts.get(s + 0.5) ?? 0);
    if (n >= common) return s + 0.5;
  }
  return quantile(steps, 0.5);
}

/** Joins a wrapped line to its paragraph: no space after a hyphen or slash inside a word ("udsatte-" "område"). */
function join(before: string, after: string): string {
  const wordBreak = /\S[-/\u2010\u2011]$/u.test(before) && !/^(?:og|eller|samt|som|til|and|or)\b/i.test(after);
  return before + (wordBreak ? '' : ' ') + after;
}

export interface Layout {
  text: string;
  /** The furniture of the first page, taken out of the text: its running heads may name the municipality. */
  furniture: string[];
}

export function layoutText(pages: PageRuns[]): Layout {
  const pageLines = pages.map((p) => buildLines(splitAtGaps(p.runs, p.gaps ?? [])));
  const drop = furniture(pageLines);
  const isFurniture = (all: Line[], line: Line, i: number): boolean => (i < 2 || i >= all.length - 2) && drop.has(at(line));
  const body = pageLines.map((all) => all.filter((line, i) => !isFurniture(all, line, i)));
  const first = pageLines[0] ?? [];
  const dropped = first.filter((line, i) => isFurniture(first, line, i)).map((line) => line.text);
  const pitch = linePitch(body);
  // The right margin: nearly the longest line, robust to a few that stick out.
  const rightEdge = quantile(body.flat().map((l) => l.right), 0.98);

  const out: string[] = [];
  let previous: Line | null = null;
  for (const lines of body) {
    let first = true;
    for (const line of lines) {
      if (previous === null) {
        out.push(line.text);
        previous = line;
        first = false;
        continue;
      }
      // Same paragraph: the usual line pitch (unknowable across a page break) and the same size.
      const close = first || pitch === 0 || previous.y - line.y <= pitch + Math.max(0.2 * line.size, 0.1 * pitch);
      const samePara = close && sameSize(previous, line);
      // The first word of this line would not have fitted on the line before (widths are estimates, hence the slack).
      let wrapped =
        previous.right + 0.2 * line.size + line.firstWord > rightEdge - 0.6 * line.size &&
        !previous.text.includes('\t') &&
        previous.lastFont === line.firstFont;
      // Across a page break the spacing says nothing: a full line that ends a sentence more often ends its paragraph.
      if (first && /[.!?:]["'”)\]]?$/.test(previous.text) && !/^\p{Ll}/u.test(line.text)) wrapped = false;
      // A contents entry whose page number was pushed onto the next line by its tab.
      const pageNumber = samePara && /\.{2,}$/.test(previous.text) && /^\d{1,4}$/.test(line.text);
      if (pageNumber) out[out.length - 1] += '\t' + line.text;
      else if (samePara && wrapped) out[out.length - 1] = join(out[out.length - 1]!, line.text);
      else if (samePara && !first) out.push(line.text);
      else out.push('', line.text);
      previous = line;
      first = false;
    }
  }
  return { text: out.length === 0 ? '' : out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n', furniture: dropped };
}
