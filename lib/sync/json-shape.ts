/**
 * One pass over a file's text before JSON.parse. JSON.parse builds whatever it is
 * given: 50 MB of nested brackets cost it 11 s and 1.4 GB of memory, 12 million empty
 * objects 7 s, enough to kill the tab on a phone. A bundle is at most 7 levels deep
 * (bundle, meetings, meeting, items, item, history, entry), and even its smallest legal
 * items take about 21 characters per list or object; this pass refuses files far past
 * both, and text that cannot be JSON, in linear time, stopping at the first fault.
 */

export const MAX_JSON_DEPTH = 16;
/** A bundle at the size limit (100 MB) made of the smallest legal items would have about 4.8 million. */
export const MAX_JSON_CONTAINERS = 5_000_000;

export const NOT_JSON = 'Filen er ikke en pakke fra Referat: den er ikke gyldig JSON.';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Characters JSON allows outside strings besides brackets: white space, , : and those of numbers, true, false and null. */
const BARE = new Uint8Array(128);
for (const c of ' \t\n\r,:-+.0123456789eEtrufalsn') BARE[c.charCodeAt(0)] = 1;

/** A message when the text cannot be JSON, nests too deep or holds too many lists and objects; null when JSON.parse may have it. */
export function jsonShapeProblem(text: string): string | null {
  let depth = 0;
  let containers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Jump to the closing quote: one not escaped by an odd run of backslashes (each run is counted once).
      let j = i;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0) return NOT_JSON;
        let slashes = 0;
        while (text.charCodeAt(j - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) {
        return `Filen er ikke en pakke fra Referat: dens JSON ligger i mere end ${MAX_JSON_DEPTH} niveauer inden i hinanden (en pakke har højst 7).`;
      }
      if (++containers > MAX_JSON_CONTAINERS) {
        return `Filen er ikke en pakke fra Referat: dens JSON har mere end ${String(MAX_JSON_CONTAINERS).replace(/\B(?=(\d{3})+$)/g, '.')} lister og objekter.`;
      }
    } else if (c === 0x7d || c === 0x5d) {
      if (--depth < 0) return NOT_JSON;
    } else if (c >= 128 || !BARE[c]) {
      return NOT_JSON;
    }
  }
  return null;
}
