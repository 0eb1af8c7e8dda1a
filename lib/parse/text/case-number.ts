/**
 * The case number line under an item's header, in the forms case systems print it:
 * "Sagsnr.: 18-000412  Dok.nr.: 18-004121", "Acadre sagsnr.: 16/21453",
 * "Sags nr.: 27.36.00-P20-4-15", "Sagsnummer: …", "Sag: 23/1022  Dok.: 23/10877",
 * "Sagsnr. 14/8812  Dok.nr. 14/52210  Sagsbeh. …", or the number alone. A document
 * number ("Dok.nr.") is never the case number; "Sagsnr.:" with no number is none.
 */

/** KLE "00.01.00-S00-1-23", "21/33982", "EMN-2025-009242", "2023-012345", "18-000412". */
const NUMBER = String.raw`\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?(?:-\d{1,6}){1,2}(?:-\d{2})?|\d{2,4}\/\d{2,8}(?:-\d{1,4})?|[A-ZÆØÅ]{2,6}-\d{4}-\d{3,8}|\d{2}(?:\d{2})?-\d{4,8}`;
const LABEL = String.raw`(?:acadre\s+)?(?:sags?\s?(?:nr|nummer|id)|sag|j\.\s?nr)\.?`;
// What may follow the number on the same line: the document number, the case officer, an access marker.
const TRAILER = String.raw`\s+(?:dok(?:ument)?\.?\s*(?:nr|id)?\.?|sagsbeh(?:andler)?\.?|åben|åbent|lukket)(?=[\s:]|$).*`;

const LABELLED = new RegExp(String.raw`^${LABEL}(?:\s*:\s*|\s+|(?=\d))(${NUMBER})?(?:${TRAILER})?$`, 'i');
const BARE = new RegExp(String.raw`^(${NUMBER})$`, 'i');

const MAX_LINE = 300;

/** The case number a line gives (null for an empty "Sagsnr.:"), or undefined when the line is no case number line. */
export function caseNumberOf(line: string): string | null | undefined {
  if (line.length > MAX_LINE) return undefined;
  const m = LABELLED.exec(line) ?? BARE.exec(line);
  if (!m) return undefined;
  return m[1] ?? null;
}
