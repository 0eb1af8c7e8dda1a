/**
 * Joins a block's lines into text: blank lines separate paragraphs, lines inside
 * a paragraph keep their breaks. A paragraph cut in two by a page break
 * ("hvilket i så" / "fald vil betyde") is joined again.
 */

const ENDS_OPEN = /[\p{Ll},\-–]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
// "Direktøren … indstiller" heads the "at …" clauses that follow; it is no cut paragraph.
const RECOMMENDS = /indstiller(?: til [^.]*)?[,:]?$/;

export function blockText(lines: readonly string[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const paragraph = current.join('\n');
    const last = paragraphs.length - 1;
    if (last >= 0 && ENDS_OPEN.test(paragraphs[last]!) && STARTS_LOWER.test(paragraph) && !RECOMMENDS.test(paragraphs[last]!.slice(-200))) {
      paragraphs[last] += ' ' + paragraph;
    } else {
      paragraphs.push(paragraph);
    }
    current = [];
  };
  for (const line of lines) {
    if (line === '') flush();
    else current.push(line);
  }
  flush();
  return paragraphs.join('\n\n');
}
