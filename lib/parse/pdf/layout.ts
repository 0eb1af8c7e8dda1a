/**
 * Rebuilds text from positioned PDF text runs. pdf.js does not always mark line
 * ends, so lines come from the runs' baselines; paragraphs from the gaps
 * between lines; a line that was full is joined to the next; page headers and
 * footers that repeat on most pages are dropped.
 */

export interface Run {
  str: string;
  x: number;
  /** Baseline, growing upwards as in PDF space. */
  y: number;
  width: number;
  /** Font size (height of the run). */
  size: number;
}

export interface PageRuns {
  runs: Run[];
}

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

function buildLines(runs: Run[]): Line[] {
  const sorted = runs.filter((r) => r.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let group: Run[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    let size = 0;
    for (const run of group) {
      if (text !== '') {
        const gap = run.x - right;
        const h = Math.max(run.size, 1);
        if (gap > 2.5 * h) text += '\t';
        else if (gap > 0.15 * h && !text.endsWith(' ') && !run.str.startsWith(' ')) text += ' ';
      }
      text += run.str;
      right = Math.max(right, run.x + run.width);
      size = Math.max(size, run.size);
    }
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed.trim() !== '') lines.push({ text: trimmed.trim(), x: group[0]!.x, y: group[0]!.y, right, size });
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
  return text.replace(/\d+/g, '#');
}

/** Lines at the top or bottom of most pages, alike but for numbers: headers and footers. */
function furniture(pages: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set<string>();
    for (const line of [...lines.slice(0, 2), ...lines.slice(-2)]) edge.add(furnitureKey(line.text));
    for (const key of edge) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = new Set<string>();
  if (pages.length < 2) return keys;
  for (const [key, n] of counts) if (n >= Math.max(2, Math.ceil(pages.length * 0.6))) keys.add(key);
  return keys;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function layoutText(pages: PageRuns[]): string {
  const pageLines = pages.map((p) => buildLines(p.runs));
  const drop = furniture(pageLines);
  const out: string[] = [];
  for (const all of pageLines) {
    const lines = all.filter((line, i) => !((i < 2 || i >= all.length - 2) && drop.has(furnitureKey(line.text))));
    const steps: number[] = [];
    for (let i = 1; i < lines.length; i++) steps.push(lines[i - 1]!.y - lines[i]!.y);
    const step = median(steps.filter((s) => s > 0));
    const rightEdge = Math.max(...lines.map((l) => l.right), 0);
    const leftEdge = Math.min(...lines.map((l) => l.x), Infinity);
    const width = rightEdge - leftEdge;
    let previous: Line | null = null;
    for (const line of lines) {
      if (previous) {
        const gap = previous.y - line.y;
        const newParagraph = gap > step * 1.35 || line.size !== previous.size;
        // A line that ran to the right margin was wrapped: the next one continues it.
        const full = previous.right >= leftEdge + width * 0.85 && !previous.text.includes('\t');
        if (newParagraph) out.push('', line.text);
        else if (full) out[out.length - 1] += (out[out.length - 1]!.endsWith('-') ? '' : ' ') + line.text;
        else out.push(line.text);
      } else {
        out.push(line.text);
      }
      previous = line;
    }
    out.push('', '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
