/**
 * Gaps that pdf.js's text content hides. pdf.js folds a gap of up to 0.6 em into
 * one space, so a tab drawn as a short jump (Chromium's "Title\t20") reads as a
 * word space. The operator list still has every glyph: when a page draws its
 * word spaces as space glyphs, a jump with no space glyph in it is a tab stop or
 * a new cell, not a word space.
 */

export interface HiddenGap {
  /** Where the glyph before the gap ends, in page space. */
  x: number;
  /** Where the glyph after it starts. */
  x2: number;
  /** Baseline. */
  y: number;
  size: number;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** The operator codes used here, from pdf.js's `OPS`. */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  beginText: number;
  setFont: number;
  setGState: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  setLeading: number;
  nextLine: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setHScale: number;
  setTextRise: number;
  showText: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

export interface FontInfo {
  fontMatrix?: ArrayLike<number>;
  vertical?: boolean;
  isType3Font?: boolean;
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

function toMatrix(value: unknown): Matrix | null {
  if (!value || typeof (value as ArrayLike<number>).length !== 'number' || (value as ArrayLike<number>).length < 6) return null;
  const m = Array.from(value as ArrayLike<number>).slice(0, 6);
  return m.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (m as Matrix) : null;
}

interface State {
  ctm: Matrix;
  textMatrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  font: FontInfo | undefined;
  fontSize: number;
  leading: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  rise: number;
}

/** From this width (in em) pdf.js puts a space into the text for a jump; a narrower one is kerning. */
const MIN_JUMP = 0.1;
const MAX_OPS = 2_000_000;

export function hiddenGaps(list: OperatorList, OPS: Ops, fontOf: (name: string) => FontInfo | undefined): HiddenGap[] {
  let s: State = {
    ctm: IDENTITY, textMatrix: IDENTITY, x: 0, y: 0, lineX: 0, lineY: 0, font: undefined, fontSize: 0,
    leading: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, rise: 0,
  };
  const stack: State[] = [];
  const gaps: HiddenGap[] = [];
  let spaceGlyphs = 0;
  // The last drawn non-space glyph on the current baseline, and whether a space glyph followed it.
  let prev: { end: number; y: number; size: number; spaced: boolean } | null = null;

  const setFont = (name: unknown, size: unknown): void => {
    s.font = typeof name === 'string' ? fontOf(name) : undefined;
    s.fontSize = typeof size === 'number' ? Math.abs(size) : 0;
  };
  const moveText = (dx: unknown, dy: unknown): void => {
    s.x = s.lineX += typeof dx === 'number' ? dx : 0;
    s.y = s.lineY += typeof dy === 'number' ? dy : 0;
  };

  const n = Math.min(list.fnArray.length, MAX_OPS);
  for (let i = 0; i < n; i++) {
    const fn = list.fnArray[i];
    const args = (list.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
      case OPS.paintFormXObjectBegin: {
        stack.push(s);
        s = { ...s };
        if (fn === OPS.paintFormXObjectBegin) {
          const m = toMatrix(args[0]);
          if (m) s.ctm = multiply(s.ctm, m);
        }
        break;
      }
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        s = stack.pop() ?? s;
        break;
      case OPS.transform: {
        const m = toMatrix(args);
        if (m) s.ctm = multiply(s.ctm, m);
        break;
      }
      case OPS.beginText:
        s.textMatrix = IDENTITY;
        s.x = s.lineX = s.y = s.lineY = 0;
        break;
      case OPS.setTextMatrix: {
        const m = toMatrix(args.length === 1 ? args[0] : args);
        if (m) s.textMatrix = m;
        s.x = s.lineX = s.y = s.lineY = 0;
        break;
      }
      case OPS.setFont:
        setFont(args[0], args[1]);
        break;
      case OPS.setGState:
        if (Array.isArray(args[0])) {
          for (const entry of args[0] as unknown[]) {
            if (Array.isArray(entry) && entry[0] === 'Font' && Array.isArray(entry[1])) setFont(entry[1][0], entry[1][1]);
          }
        }
        break;
      case OPS.moveText:
        moveText(args[0], args[1]);
        break;
      case OPS.setLeadingMoveText:
        s.leading = typeof args[1] === 'number' ? args[1] : 0;
        moveText(args[0], args[1]);
        break;
      case OPS.setLeading:
        s.leading = typeof args[0] === 'number' ? -args[0] : 0;
        break;
      case OPS.nextLine:
        moveText(0, s.leading);
        break;
      case OPS.setCharSpacing:
        s.charSpacing = typeof args[0] === 'number' ? args[0] : 0;
        break;
      case OPS.setWordSpacing:
        s.wordSpacing = typeof args[0] === 'number' ? args[0] : 0;
        break;
      case OPS.setHScale:
        s.hScale = typeof args[0] === 'number' ? args[0] / 100 : 1;
        break;
      case OPS.setTextRise:
        s.rise = typeof args[0] === 'number' ? args[0] : 0;
        break;
      case OPS.showText: {
        const glyphs = args[0];
        const font = s.font;
        if (!Array.isArray(glyphs) || !font || font.vertical || font.isType3Font || s.fontSize === 0) {
          prev = null;
          break;
        }
        const m = multiply(s.ctm, s.textMatrix);
        // Only upright text: rotated or mirrored runs are left to pdf.js.
        if (Math.abs(m[1]) > 1e-6 || Math.abs(m[2]) > 1e-6 || m[0] <= 0 || m[3] <= 0) {
          prev = null;
          break;
        }
        const size = s.fontSize * m[3];
        const advanceScale = s.fontSize * (font.fontMatrix?.[0] ?? 0.001);
        const y = m[3] * (s.y + s.rise) + m[5];
        let x = 0;
        for (const glyph of glyphs as (Glyph | number)[]) {
          if (typeof glyph === 'number') {
            x -= (glyph * s.fontSize) / 1000;
            continue;
          }
          const start = m[0] * (s.x + x * s.hScale) + m[4];
          const advance = (glyph.width ?? 0) * advanceScale + s.charSpacing + (glyph.isSpace ? s.wordSpacing : 0);
          x += advance;
          const end = m[0] * (s.x + x * s.hScale) + m[4];
          const space = glyph.isSpace === true || (glyph.unicode ?? '').trim() === '';
          if (prev && Math.abs(prev.y - y) > 0.3 * Math.max(prev.size, size)) prev = null;
          if (space) {
            spaceGlyphs++;
            if (prev) prev.spaced = true;
            continue;
          }
          if (prev && !prev.spaced && start - prev.end > MIN_JUMP * size && start - prev.end < 40 * size) {
            gaps.push({ x: prev.end, x2: start, y, size });
          }
          prev = { end, y, size, spaced: false };
        }
        s.x += x * s.hScale;
        break;
      }
    }
  }
  // Without space glyphs every word gap is a jump (as in TeX's output): then jumps say nothing.
  return spaceGlyphs > gaps.length ? gaps : [];
}
