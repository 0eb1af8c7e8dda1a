/**
 * Parser speed on the five seeds: throughput, time per meeting, the ratio to a
 * floor (split into lines and one regular expression per line, in the same
 * run), and how time grows when the input doubles; and with the layout cases
 * of other case systems (test/fixtures/layouts/*-pdf/*.txt) in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseText } from '../lib/sites/parsers';
import { doubling, median, round, timeMs } from './measure';

const SEEDS = fileURLToPath(new URL('../test/fixtures/seeds/', import.meta.url));
const LAYOUTS = fileURLToPath(new URL('../test/fixtures/layouts/', import.meta.url));

/** The texts of the layout cases of other case systems (issue 12), as their PDFs are printed from. */
function layoutTexts(): string[] {
  return readdirSync(LAYOUTS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.endsWith('-pdf'))
    .flatMap((d) => readdirSync(LAYOUTS + d.name).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${LAYOUTS}${d.name}/${f}`, 'utf8')));
}

const FLOOR_LINE = /^Punkt (\d+): (.*)$/;

function floor(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (FLOOR_LINE.test(line)) n++;
  return n;
}

function parseOrThrow(text: string): void {
  const result = parseText(text);
  if (!result.ok) throw new Error(result.reason);
}

export function benchParse() {
  const texts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(SEEDS + f, 'utf8'));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const parseTimes = texts.map((t) => timeMs(() => parseOrThrow(t), 60, 10));
  const floorTimes = texts.map((t) => timeMs(() => floor(t), 60, 10));
  const totalParse = parseTimes.reduce((a, b) => a + b, 0);
  const totalFloor = floorTimes.reduce((a, b) => a + b, 0);
  const layouts = layoutTexts();
  const layoutBytes = layouts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const layoutTimes = layouts.map((t) => timeMs(() => parseOrThrow(t), 60, 10));

  // Doubling: the same minutes repeated to 1, 2, 4 and 8 MB. One step on a busy machine
  // swung from 1.6 to 2.45; the growth over three steps, in CPU time, does not.
  const unit = texts.join('\n');
  const sized = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const growth = doubling([1, 2, 4, 8].map((mb) => sized(mb << 20)), (t) => parseText(t));

  return {
    mbPerSecond: round(bytes / 1e6 / (totalParse / 1000), 1),
    // With the layouts of other case systems (issue 12) in: small documents, so the time per meeting says more.
    withLayoutsMbPerSecond: round((bytes + layoutBytes) / 1e6 / ((totalParse + layoutTimes.reduce((a, b) => a + b, 0)) / 1000), 1),
    layoutMsPerMeeting: round(median(layoutTimes), 3),
    msPerMeeting: round(median(parseTimes), 3),
    floorRatio: round(totalParse / totalFloor, 2),
    doublingRatio: growth.ratio,
    doublingRatios: growth.ratios,
    seedsBytes: bytes,
    msPerSeed: parseTimes.map((t) => round(t, 3)),
  };
}
