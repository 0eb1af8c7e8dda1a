/**
 * PDF speed: the seeds printed to PDF, through pdf.js and the text engine, in Node.
 * `floorRatio` is our time from PDF bytes to a `Meeting` divided by pdf.js's own
 * text extraction of the same files (opening each and `getTextContent` on every
 * page), the two interleaved in one run and each the fastest of several rounds
 * in CPU time (pdf.js runs on this thread in Node), so a busy machine weighs on both alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../lib/sites/parse-file';
import { nodeEnvironment } from '../lib/parse/node';
import type { PdfJs } from '../lib/parse/pdf/extract';
import { median, round, timeMsAsync } from './measure';

const PDFS = fileURLToPath(new URL('../test/fixtures/pdf/', import.meta.url));
const ROUNDS = 7;

interface TextPage {
  getTextContent(): Promise<unknown>;
  cleanup(): void;
}

/** pdf.js alone: open the file, the text content of every page, close. */
async function extractOnly(bytes: Uint8Array, pdfjs: PdfJs): Promise<void> {
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = (await doc.getPage(n)) as unknown as TextPage;
      await page.getTextContent();
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

async function toMeeting(bytes: Uint8Array, name: string): Promise<void> {
  const result = await parseFile({ bytes, name }, nodeEnvironment);
  if (!result.ok) throw new Error(result.reason);
}

async function cpuMs(run: () => Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function benchPdf() {
  const pdfjs = await nodeEnvironment.loadPdfJs();
  const files = readdirSync(PDFS).filter((f) => /^\d{3}_.*\.pdf$/.test(f)).sort().map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(PDFS + f)) }));
  const times: number[] = [];
  for (const { name, bytes } of files) times.push(await timeMsAsync(() => toMeeting(bytes, name), 5, 1));

  // Warm both paths, then interleave them file by file, round by round.
  for (const { name, bytes } of files) {
    await toMeeting(bytes, name);
    await extractOnly(bytes, pdfjs);
  }
  const ours = files.map(() => Infinity);
  const floor = files.map(() => Infinity);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, { name, bytes }] of files.entries()) {
      ours[i] = Math.min(ours[i]!, await cpuMs(() => toMeeting(bytes, name)));
      floor[i] = Math.min(floor[i]!, await cpuMs(() => extractOnly(bytes, pdfjs)));
    }
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    msPerMeeting: round(median(times), 1),
    msPerPdf: times.map((t) => round(t, 1)),
    floorRatio: round(sum(ours) / sum(floor), 2),
    floorRatios: ours.map((t, i) => round(t / floor[i]!, 2)),
  };
}
