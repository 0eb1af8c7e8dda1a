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

/** UTF-8 when the bytes are valid UTF-8 (or say so), otherwise Windows-1252, as older Danish exports are. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function sniff(bytes: Uint8Array, name = ''): FileKind {
  if (bytes.length === 0) return 'empty';
  if (isPdf(bytes)) return 'pdf';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && binaryShare(bytes) > 0.05) return 'binary';
  const head = decodeText(bytes.subarray(0, SAMPLE)).trimStart().slice(0, 1024).toLowerCase();
  if (head.trim() === '') return 'empty';
  if (/^(?:<!doctype html|<html|<head|<body|<meta|<!--)/.test(head) || (/\.x?html?$/i.test(name) && head.startsWith('<'))) return 'html';
  return 'text';
}
