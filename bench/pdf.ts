/** PDF speed: the seeds printed to PDF, through pdf.js and the text engine, in Node. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../lib/sites/parse-file';
import { nodeEnvironment } from '../lib/parse/node';
import { median, round, timeMsAsync } from './measure';

const PDFS = fileURLToPath(new URL('../test/fixtures/pdf/', import.meta.url));

export async function benchPdf() {
  const files = readdirSync(PDFS).filter((f) => /^\d{3}_.*\.pdf$/.test(f)).sort();
  const times: number[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(PDFS + file));
    times.push(await timeMsAsync(async () => {
      const result = await parseFile({ bytes, name: file }, nodeEnvironment);
      if (!result.ok) throw new Error(result.reason);
    }, 5, 1));
  }
  return { msPerMeeting: round(median(times), 1), msPerPdf: times.map((t) => round(t, 1)) };
}
