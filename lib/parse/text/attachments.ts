/**
 * An attachment's title as a list prints it, without what the case system adds:
 * a document number before ("2017-104233 - ") or after (" 118420/17"), a list
 * index ("1 ", "1. ") and an access marker ("Åben"). Numbers inside a title stay
 * ("Lokalplan 1090 - endelig udgave", "Elevtalsprognose 2019-2025").
 */

const NONE = /^ingen bilag\.?$/i;
const DOCUMENT_BEFORE = /^\d{4}-\d{4,8}\s+[-–]\s+/;
// "1. Title"; "1 Åben Title" (an index without a dot only before an access marker).
const INDEX = /^\d{1,3}\.\s+|^\d{1,3}\s+(?=(?:åben|lukket)\s)/i;
const ACCESS = /^(?:åben|lukket)\s+/i;
const DOCUMENT_AFTER = /\s+\d{3,8}\/\d{2}$/;
const TAIL = 24;

/** The title of one line of an attachment list; null for "Ingen bilag.". */
export function attachmentTitle(line: string): string | null {
  if (NONE.test(line)) return null;
  let title = line.replace(DOCUMENT_BEFORE, '').replace(INDEX, '').replace(ACCESS, '');
  // The number after sits in the last few characters; testing only those keeps a long line of spaces linear.
  const tail = title.length > TAIL ? title.length - TAIL : 0;
  const after = DOCUMENT_AFTER.exec(title.slice(tail));
  if (after) title = title.slice(0, tail + after.index);
  return title === '' ? line : title;
}
