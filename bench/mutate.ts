/**
 * Seeded mutations of the real fixtures, for the parser fuzz test and the fuzz
 * benchmark: lines deleted, duplicated, swapped and truncated; random bytes;
 * mixed encodings; damaged HTML; damaged PDFs. The same seed gives the same
 * inputs, so every failure reproduces. Pure: no I/O.
 */
import { randomBytes } from './corpus';

export type Rng = () => number;
export type TextMutation = (text: string, next: Rng) => string;
export type ByteMutation = (bytes: Uint8Array, next: Rng) => Uint8Array;

export const int = (next: Rng, n: number): number => Math.floor(next() * n);
export const pick = <T>(next: Rng, list: readonly T[]): T => list[int(next, list.length)]!;

/** How many edits: one to about a tenth of `size`, skewed to few. */
function edits(next: Rng, size: number): number {
  return 1 + int(next, 1 + Math.floor((size / 10) * next() * next()));
}

function onLines(text: string, edit: (lines: string[]) => void): string {
  const lines = text.split('\n');
  edit(lines);
  return lines.join('\n');
}

/** Replaces `count` code units at `at` with `insert`. */
function splice(s: string, at: number, count: number, insert: string): string {
  return s.slice(0, at) + insert + s.slice(at + count);
}

/** Line mutations: what a broken export or a bad copy and paste does. */
export const LINE_MUTATIONS = {
  deleteLines: (text, next) =>
    onLines(text, (lines) => {
      for (let k = edits(next, lines.length); k > 0 && lines.length > 0; k--) {
        // Half single lines, half runs of up to 40.
        lines.splice(int(next, lines.length), next() < 0.5 ? 1 : 1 + int(next, 40));
      }
    }),
  duplicateLines: (text, next) =>
    onLines(text, (lines) => {
      for (let k = edits(next, lines.length); k > 0 && lines.length > 0; k--) {
        const at = int(next, lines.length);
        const run = lines.slice(at, at + (next() < 0.5 ? 1 : 1 + int(next, 40)));
        lines.splice(int(next, lines.length + 1), 0, ...run);
      }
    }),
  swapLines: (text, next) =>
    onLines(text, (lines) => {
      for (let k = edits(next, lines.length); k > 0 && lines.length > 1; k--) {
        const a = int(next, lines.length);
        const b = int(next, lines.length);
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      }
    }),
  /** Cut anywhere, in a line, a word or a surrogate pair. */
  truncate: (text, next) => text.slice(0, int(next, text.length + 1)),
} satisfies Record<string, TextMutation>;

/** Character mutations that survive any encoding: line ends, BOMs, NULs and controls. */
export const CHAR_MUTATIONS = {
  /** Each line end becomes LF, CRLF or CR at random: a file edited on three systems. */
  mixedLineEnds: (text, next) => text.replace(/\n/g, () => pick(next, ['\n', '\r\n', '\r'])),
  strayBoms: (text, next) => {
    let s = next() < 0.5 ? '\uFEFF' + text : text;
    for (let k = edits(next, 20); k > 0; k--) s = splice(s, int(next, s.length + 1), 0, '\uFEFF');
    return s;
  },
  nulAndControls: (text, next) => {
    let s = text;
    for (let k = edits(next, 200); k > 0; k--) s = splice(s, int(next, s.length + 1), 0, String.fromCharCode(pick(next, [0, 1, 8, 11, 12, 27, 127, 0x85, 0xa0, 0x2028])));
    return s;
  },
} satisfies Record<string, TextMutation>;

const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c,
  'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Windows-1252, as older Danish exports are; what it cannot hold becomes "?". */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (CP1252_HIGH[text[i]!] ?? 0x3f);
  }
  return out;
}

/** Can `text` be written in Windows-1252 without loss? */
export const fitsWindows1252 = (text: string): boolean => [...text].every((ch) => ch.charCodeAt(0) < 0x80 || (ch.charCodeAt(0) >= 0xa0 && ch.charCodeAt(0) <= 0xff) || ch in CP1252_HIGH);

export function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const body = bom ? '\uFEFF' + text : text;
  const out = new Uint8Array(body.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < body.length; i++) view.setUint16(i * 2, body.charCodeAt(i), littleEndian);
  return out;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function insertAt(bytes: Uint8Array, at: number, insert: Uint8Array): Uint8Array {
  return concat(bytes.subarray(0, at), insert, bytes.subarray(at));
}

/** Encoding mutations: text in, bytes out. */
export const ENCODING_MUTATIONS = {
  /** A stretch re-encoded as Windows-1252 inside UTF-8: two files pasted together. */
  windows1252Part: (text: string, next: Rng) => {
    const a = int(next, text.length + 1);
    const b = a + int(next, text.length - a + 1);
    return concat(utf8(text.slice(0, a)), encodeWindows1252(text.slice(a, b)), utf8(text.slice(b)));
  },
  /** UTF-16, either byte order, with or without a BOM. */
  utf16: (text: string, next: Rng) => encodeUtf16(text, next() < 0.5, next() < 0.5),
  /** Bytes no UTF-8 encoder writes: lone continuation bytes, cut sequences, overlong forms, surrogates, 0xFE/0xFF. */
  invalidUtf8: (text: string, next: Rng) => {
    let bytes = utf8(text);
    const bad = [[0x80], [0xbf], [0xc3], [0xe2, 0x80], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xf4, 0x90, 0x80, 0x80]];
    for (let k = edits(next, 100); k > 0; k--) bytes = insertAt(bytes, int(next, bytes.length + 1), Uint8Array.from(pick(next, bad)));
    return bytes;
  },
  /** UTF-8 BOMs as bytes: at the start, twice, and in the middle. */
  utf8Boms: (text: string, next: Rng) => {
    let bytes = utf8(text);
    for (let k = 1 + int(next, 4); k > 0; k--) bytes = insertAt(bytes, next() < 0.5 ? 0 : int(next, bytes.length + 1), Uint8Array.of(0xef, 0xbb, 0xbf));
    return bytes;
  },
} satisfies Record<string, (text: string, next: Rng) => Uint8Array>;

/** Byte mutations: random bytes inserted or written over the file. */
export const BYTE_MUTATIONS = {
  insertRandomBytes: (bytes, next) => {
    let out = bytes;
    for (let k = edits(next, 50); k > 0; k--) out = insertAt(out, int(next, out.length + 1), randomBytes(next, 1 + int(next, 64)));
    return out;
  },
  overwriteRandomBytes: (bytes, next) => {
    const out = bytes.slice();
    for (let k = edits(next, 500); k > 0 && out.length > 0; k--) {
      const at = int(next, out.length);
      out.set(randomBytes(next, Math.min(out.length - at, 1 + int(next, 16))), at);
    }
    return out;
  },
} satisfies Record<string, ByteMutation>;

/** Start offsets of `needle` in `s` (indexOf, linear). */
function offsets(s: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Tag starts ("<p", "<tr class=…") and ends ("</p>"). */
function tagStarts(html: string): number[] {
  const found: number[] = [];
  const re = /<[a-zA-Z]/g;
  for (let m = re.exec(html); m; m = re.exec(html)) found.push(m.index);
  return found;
}

const ROW_TAGS = ['tr', 'p', 'li', 'h2', 'h3', 'td', 'div'];

/** HTML mutations: broken markup as a careless CMS or a cut download leaves it. */
export const HTML_MUTATIONS = {
  /** A tag loses its ">": the text after it becomes part of the tag. */
  unclosedTags: (html, next) => {
    const starts = tagStarts(html);
    const cut = new Set<number>();
    for (let k = edits(next, starts.length / 20); k > 0 && starts.length > 0; k--) {
      const close = html.indexOf('>', pick(next, starts));
      if (close >= 0) cut.add(close);
    }
    return [...cut].sort((a, b) => b - a).reduce((s, at) => splice(s, at, 1, ''), html);
  },
  dropClosingTags: (html, next) => {
    const ends = offsets(html, '</');
    const drop = new Set<number>();
    for (let k = edits(next, ends.length); k > 0 && ends.length > 0; k--) drop.add(pick(next, ends));
    return [...drop].sort((a, b) => b - a).reduce((s, at) => {
      const close = s.indexOf('>', at);
      return close < 0 ? s : splice(s, at, close + 1 - at, '');
    }, html);
  },
  /** Rows and paragraphs copied in again, at their place or elsewhere. */
  duplicateRows: (html, next) => {
    let s = html;
    for (let k = 1 + int(next, 6); k > 0; k--) {
      const tag = pick(next, ROW_TAGS);
      const starts = offsets(s, `<${tag}`).filter((i) => /[\s>]/.test(s[i + tag.length + 1] ?? ''));
      if (starts.length === 0) continue;
      const from = pick(next, starts);
      const end = s.indexOf(`</${tag}>`, from);
      if (end < 0) continue;
      const row = s.slice(from, end + tag.length + 3);
      s = splice(s, next() < 0.5 ? end + tag.length + 3 : pick(next, starts), 0, row);
    }
    return s;
  },
  /** Classes, ids, links and styles stripped from some elements. */
  removeAttributes: (html, next) => {
    const p = 0.05 + next() * 0.6;
    return html.replace(/\s(?:class|id|href|style|hidden|aria-hidden)\s*=\s*(?:"[^"<>]*"|'[^'<>]*')/g, (attr) => (next() < p ? '' : attr));
  },
} satisfies Record<string, TextMutation>;

/** PDF mutations (pdf.js is slow: the fuzz test runs few of them). */
export const PDF_MUTATIONS = {
  truncatePdf: (bytes, next) => bytes.slice(0, int(next, bytes.length + 1)),
  flipBytes: (bytes, next) => {
    const out = bytes.slice();
    for (let k = 1 + int(next, 40); k > 0 && out.length > 0; k--) {
      const at = int(next, out.length);
      out[at] = out[at]! ^ (1 << int(next, 8));
    }
    return out;
  },
} satisfies Record<string, ByteMutation>;

const STACKABLE: readonly TextMutation[] = [...Object.values(LINE_MUTATIONS), ...Object.values(CHAR_MUTATIONS)];

/** Two to four line and character mutations on top of each other. */
export function stacked(text: string, next: Rng): string {
  let s = text;
  for (let k = 2 + int(next, 3); k > 0; k--) s = pick(next, STACKABLE)(s, next);
  return s;
}

export { utf8 as encodeUtf8 };
