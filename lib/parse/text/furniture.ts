/**
 * Page furniture in a text with page breaks: the lines an export repeats at the
 * top or the foot of every page ("Økonomiudvalget" / "Åbent referat", "Dato:
 * 12.03.2018", the municipality's name / "Byrådets møde den 26. april 2017"), which
 * fall wherever a page breaks, in the middle of an item too. A line is furniture
 * when, numbers aside, it stands among the few lines on either side of most page
 * breaks; it is blanked there and at the top of the first page, never elsewhere,
 * so the committee's name in the head or a label in the text stays.
 */

/** Lines on each side of a break that may be furniture. */
const WINDOW = 3;
const MAX_FURNITURE = 120;

const keyOf = (line: string): string => line.replace(/\d+/g, '#');

/** Marks of one page break may stand a line or two apart (a page number, a form feed, a running head between). */
const SAME_BREAK = 2;

/** Breaks with at most SAME_BREAK filled lines between: one break each, as [first, last]. */
function groupBreaks(lines: readonly string[], breaks: readonly number[]): [number, number][] {
  const groups: [number, number][] = [];
  for (const b of breaks) {
    const last = groups[groups.length - 1];
    let filled = 0;
    if (last) for (let i = last[1]; i < b && filled <= SAME_BREAK; i++) if (lines[i] !== '') filled++;
    if (last && filled <= SAME_BREAK) last[1] = b;
    else groups.push([b, b]);
  }
  return groups;
}

/** Lines looked at from a break, blank ones included: a page of blanked furniture is not walked through. */
const REACH = 12;

/** Up to WINDOW filled lines within REACH lines from `from` in direction `step`, as indices. */
function windowFrom(lines: readonly string[], from: number, step: 1 | -1): number[] {
  const out: number[] = [];
  for (let i = from, k = 0; i >= 0 && i < lines.length && out.length < WINDOW && k < REACH; i += step, k++) if (lines[i] !== '') out.push(i);
  return out;
}

/** Blanks the furniture in place. `structural`: lines never taken for furniture (item headers, labels). */
export function dropFurniture(lines: string[], breaks: readonly number[], structural: (line: string) => boolean): void {
  const groups = groupBreaks(lines, breaks);
  if (groups.length < 2) return;
  const edges = groups.map(([first, last]) => [...windowFrom(lines, first - 1, -1), ...windowFrom(lines, last, 1)]);
  const counts = new Map<string, number>();
  for (const edge of edges) {
    const seen = new Set<string>();
    for (const i of edge) {
      const line = lines[i]!;
      if (line.length <= MAX_FURNITURE) seen.add(keyOf(line));
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(groups.length / 2));
  const furniture = new Set<string>();
  for (const [key, n] of counts) if (n >= least) furniture.add(key);
  if (furniture.size === 0) return;
  const isFurniture = (i: number): boolean => lines[i]!.length <= MAX_FURNITURE && furniture.has(keyOf(lines[i]!)) && !structural(lines[i]!);
  // From each break outwards, and down from the top of the first page, while the lines are furniture.
  const strip = (indices: number[]): void => {
    for (const i of indices) {
      if (!isFurniture(i)) return;
      lines[i] = '';
    }
  };
  strip(windowFrom(lines, 0, 1));
  for (const [first, last] of groups) {
    strip(windowFrom(lines, first - 1, -1));
    strip(windowFrom(lines, last, 1));
  }
}
