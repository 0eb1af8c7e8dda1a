/**
 * Posting refs and their storage format. A ref names one item of one meeting and
 * the fields a term occurs in: ref = (seq·1024 + itemIndex)·8 + fieldBits, below
 * 2^32 for 524,288 meetings. A row holds a sorted list of refs as a count and
 * the gaps between them, each as a LEB128 varint: a gap within one meeting fits in
 * one byte, and a common term costs little more than a byte per item.
 */

export const MAX_ITEMS = 1024;
/** Meetings per postings row ([term, block], block = seq >> BLOCK_SHIFT). */
export const BLOCK_SHIFT = 8;
export const REFS_PER_SEQ = MAX_ITEMS * 8;

export function refOf(seq: number, index: number, bits: number): number {
  return (seq * MAX_ITEMS + index) * 8 + bits;
}

export const seqOf = (ref: number): number => Math.floor(ref / REFS_PER_SEQ);
export const indexOf = (ref: number): number => (ref >>> 3) & (MAX_ITEMS - 1);
export const bitsOf = (ref: number): number => ref & 7;
export const blockOf = (seq: number): number => seq >> BLOCK_SHIFT;

export function encodeRefs(refs: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(5 + refs.length * 5);
  let p = 0;
  const put = (v: number) => {
    while (v >= 0x80) {
      out[p++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    out[p++] = v;
  };
  put(refs.length);
  let prev = 0;
  for (let i = 0; i < refs.length; i++) {
    put(refs[i]! - prev);
    prev = refs[i]!;
  }
  return out.slice(0, p);
}

export function decodeRefs(bytes: Uint8Array): Uint32Array {
  let p = 0;
  const get = () => {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[p++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 128;
    }
  };
  const n = get();
  const out = new Uint32Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    prev += get();
    out[i] = prev;
  }
  return out;
}

/** First position in sorted `refs` whose value is ≥ `value`. */
export function lowerBound(refs: Uint32Array, value: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (refs[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The row with the refs of meeting `seq` replaced by `refs` (sorted); null when nothing is left. */
export function replaceSeq(row: Uint8Array | undefined, seq: number, refs: readonly number[]): Uint8Array | null {
  if (!row) return refs.length ? encodeRefs(refs) : null;
  const all = decodeRefs(row);
  const from = lowerBound(all, seq * REFS_PER_SEQ);
  const to = lowerBound(all, (seq + 1) * REFS_PER_SEQ);
  const n = all.length - (to - from) + refs.length;
  if (n === 0) return null;
  const next = new Uint32Array(n);
  next.set(all.subarray(0, from), 0);
  next.set(refs, from);
  next.set(all.subarray(to), from + refs.length);
  return encodeRefs(next);
}
