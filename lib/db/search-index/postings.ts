/**
 * Posting refs and the rows that store them.
 *
 * A ref names one item of one meeting and the fields a term occurs in:
 * ref = (seq·1024 + itemIndex)·8 + fieldBits, below 2^32 for 524,288 meetings.
 *
 * A row, keyed [bucket, block], holds every term of one bucket (a hash of the
 * term's first three letters) that occurs in one block of 32 meetings (seq >> 5):
 * the sorted terms, and per term its sorted refs as LEB128 varint gaps. So a save
 * rewrites at most BUCKETS rows whatever its vocabulary, and a word's prefix
 * family lives in one bucket (lib/search/query.ts's MIN_PREFIX is at least BUCKET_PREFIX):
 * a search reads one key range per word, newest blocks first.
 */

export const MAX_ITEMS = 1024;
export const REFS_PER_SEQ = MAX_ITEMS * 8;
export const BLOCK_SHIFT = 5;
export const BUCKETS = 64;
/** Letters of a term that choose its bucket. */
export const BUCKET_PREFIX = 3;

/**
 * One row. The terms are one string with offsets rather than an array of strings:
 * IndexedDB copies a string and three typed arrays much faster than hundreds of
 * small strings, and a search only looks at a few of the terms.
 */
export interface PostingRow {
  /** The terms, sorted, one after another. */
  t: string;
  /** Start of each term in `t`, and the end: n + 1 offsets. */
  p: Uint32Array;
  /** Start of each term's refs in `b`, and the end: n + 1 offsets. */
  o: Uint32Array;
  /** The refs of all terms, varint gaps, each term starting from 0. */
  b: Uint8Array;
}

export const termCount = (row: PostingRow): number => row.p.length - 1;

export function termAt(row: PostingRow, i: number): string {
  return row.t.slice(row.p[i]!, row.p[i + 1]!);
}

/** Does term i of the row begin with `prefix`? */
export function termStartsWith(row: PostingRow, i: number, prefix: string): boolean {
  const start = row.p[i]!;
  return row.p[i + 1]! - start >= prefix.length && row.t.startsWith(prefix, start);
}

export function refOf(seq: number, index: number, bits: number): number {
  return (seq * MAX_ITEMS + index) * 8 + bits;
}

export const seqOf = (ref: number): number => Math.floor(ref / REFS_PER_SEQ);
export const indexOf = (ref: number): number => (ref >>> 3) & (MAX_ITEMS - 1);
export const bitsOf = (ref: number): number => ref & 7;
export const blockOf = (seq: number): number => seq >> BLOCK_SHIFT;

/** FNV-1a of the first letters, so terms that share them share a bucket. */
export function bucketOf(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < Math.min(BUCKET_PREFIX, term.length); i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

/** Appends sorted refs as varint gaps to `out` from position `p`; returns the new end. */
function putRefs(out: Uint8Array, p: number, refs: ArrayLike<number>): number {
  let prev = 0;
  for (let i = 0; i < refs.length; i++) {
    let v = refs[i]! - prev;
    prev = refs[i]!;
    while (v >= 0x80) {
      out[p++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    out[p++] = v;
  }
  return p;
}

/** Refs stored in bytes [start, end) of `b`. */
export function readRefs(b: Uint8Array, start: number, end: number): number[] {
  const out: number[] = [];
  let p = start;
  let prev = 0;
  while (p < end) {
    let v = 0;
    let scale = 1;
    for (;;) {
      const byte = b[p++]!;
      v += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 128;
    }
    prev += v;
    out.push(prev);
  }
  return out;
}

export function termRefs(row: PostingRow, i: number): number[] {
  return readRefs(row.b, row.o[i]!, row.o[i + 1]!);
}

/** Index of `term` in the row's sorted terms, or of where it would go. */
export function findTerm(row: PostingRow, term: string): number {
  let lo = 0;
  let hi = termCount(row);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (termAt(row, mid) < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indexes [start, end) of the row's terms that begin with `prefix`. */
export function prefixRange(row: PostingRow, prefix: string): [number, number] {
  const start = findTerm(row, prefix);
  let end = start;
  while (end < termCount(row) && termStartsWith(row, end, prefix)) end++;
  return [start, end];
}

export function hasTerm(row: PostingRow | undefined, term: string): boolean {
  if (!row) return false;
  const i = findTerm(row, term);
  return i < termCount(row) && termAt(row, i) === term;
}

function pack(terms: readonly string[], o: Uint32Array, b: Uint8Array): PostingRow {
  const p = new Uint32Array(terms.length + 1);
  let at = 0;
  terms.forEach((t, i) => {
    p[i] = at;
    at += t.length;
  });
  p[terms.length] = at;
  return { t: terms.join(''), p, o, b };
}

/** A row from terms (sorted) and their refs (sorted). */
export function buildRow(entries: ReadonlyArray<readonly [string, ArrayLike<number>]>): PostingRow {
  let size = 0;
  for (const [, refs] of entries) size += refs.length * 5;
  const b = new Uint8Array(size);
  const o = new Uint32Array(entries.length + 1);
  let p = 0;
  entries.forEach(([, refs], i) => {
    o[i] = p;
    p = putRefs(b, p, refs);
  });
  o[entries.length] = p;
  return pack(entries.map(([t]) => t), o, b.slice(0, p));
}

/**
 * The row with meeting `seq`'s refs replaced for the terms in `changes` (term →
 * the meeting's new refs, sorted; empty to remove it). Other terms' bytes are
 * copied as they are. Null when the row is left empty.
 */
export function mergeRow(row: PostingRow | undefined, seq: number, changes: ReadonlyMap<string, readonly number[]>): PostingRow | null {
  const changed = [...changes.keys()].sort();
  const terms: string[] = [];
  const parts: Array<Uint8Array | number[]> = [];
  let size = 0;
  const old = row ? Array.from({ length: termCount(row) }, (_, k) => termAt(row, k)) : [];
  const keep = (i: number) => {
    const part = row!.b.subarray(row!.o[i]!, row!.o[i + 1]!);
    terms.push(old[i]!);
    parts.push(part);
    size += part.length;
  };
  const from = seq * REFS_PER_SEQ;
  const to = from + REFS_PER_SEQ;
  const n = old.length;
  let i = 0;
  for (const term of changed) {
    while (i < n && old[i]! < term) keep(i++);
    const before = i < n && old[i] === term ? termRefs(row!, i++) : [];
    const added = changes.get(term)!;
    const lo = before.findIndex((r) => r >= from);
    const head = lo < 0 ? before : before.slice(0, lo);
    const tail = lo < 0 ? [] : before.slice(lo).filter((r) => r >= to);
    const refs = head.concat(added, tail);
    if (refs.length === 0) continue;
    terms.push(term);
    parts.push(refs);
    size += refs.length * 5;
  }
  while (i < n) keep(i++);
  if (terms.length === 0) return null;
  const b = new Uint8Array(size);
  const o = new Uint32Array(terms.length + 1);
  let p = 0;
  parts.forEach((part, k) => {
    o[k] = p;
    if (part instanceof Uint8Array) {
      b.set(part, p);
      p += part.length;
    } else {
      p = putRefs(b, p, part);
    }
  });
  o[terms.length] = p;
  return pack(terms, o, p === size ? b : b.slice(0, p));
}

/** Bytes a row takes as stored: its terms (one byte a letter when all are Latin-1, as æøå are), offsets and refs. */
export function rowBytes(row: PostingRow): number {
  const wide = /[^\u0000-\u00ff]/.test(row.t);
  return row.t.length * (wide ? 2 : 1) + row.p.byteLength + row.o.byteLength + row.b.byteLength;
}
