/** What a file is, from its bytes (and its name as a hint), and its text. */

export type FileKind = 'pdf' | 'html' | 'text' | 'binary' | 'empty';

const SAMPLE = 4096;

function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first KiB, as PDF readers accept.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Share of bytes in the sample that no text file has: NUL and most C0 controls. */
function binaryShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12)) odd++;
  }
  return n === 0 ? 0 : odd / n;
}

// Windows-1252's bytes 0x80–0x9F; the five it leaves undefined stay as they are, as the WHATWG decoder keeps them.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Node's TextDecoder('windows-1252') decodes Latin-1 (0x96 becomes U+0096, not "–"); this maps those bytes as browsers do. */
function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

/**
 * UTF-16 by its BOM, or without one by its NUL bytes: Danish text is mostly
 * Latin-1, whose high byte is 0, so one byte of nearly every pair is NUL and the
 * other nearly never.
 */
function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(bytes.length, SAMPLE) >> 1;
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd >= pairs * 0.6 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.6 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** UTF-16 or UTF-8 when the bytes are valid UTF-8 (or say so), otherwise Windows-1252, as older Danish exports are. */
export function decodeText(bytes: Uint8Array): string {
  const wide = utf16(bytes);
  if (wide) return new TextDecoder(wide).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

export function sniff(bytes: Uint8Array, name = ''): FileKind {
  if (bytes.length === 0) return 'empty';
  if (isPdf(bytes)) return 'pdf';
  if (utf16(bytes) === null && binaryShare(bytes) > 0.05) return 'binary';
  const head = decodeText(bytes.subarray(0, SAMPLE)).trimStart().slice(0, 1024).toLowerCase();
  if (head.trim() === '') return 'empty';
  if (/^(?:<!doctype html|<html|<head|<body|<meta|<!--)/.test(head) || (/\.x?html?$/i.test(name) && head.startsWith('<'))) return 'html';
  return 'text';
}
