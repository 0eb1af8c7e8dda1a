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
  let start = 0;
  // One paragraph per run of non-empty lines; the sentinel at the end flushes the last.
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i] !== '') continue;
    if (i > start) {
      const paragraph = i - start === 1 ? lines[start]! : lines.slice(start, i).join('\n');
      const last = paragraphs.length - 1;
      if (last >= 0 && ENDS_OPEN.test(paragraphs[last]!) && STARTS_LOWER.test(paragraph) && !RECOMMENDS.test(paragraphs[last]!.slice(-200))) {
        paragraphs[last] += ' ' + paragraph;
      } else {
        paragraphs.push(paragraph);
      }
    }
    start = i + 1;
  }
  return paragraphs.join('\n\n');
}
