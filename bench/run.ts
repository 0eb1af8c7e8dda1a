/** npm run bench: prints one JSON object of measured figures on stdout. */
import { benchParse } from './parse';
import { benchFuzz } from './fuzz';
import { benchPdf } from './pdf';
import { benchContentScript } from './content-script';
import { benchPwa } from './pwa';
import { benchSearch } from './search';
import { benchThreads } from './threads';
import { benchLibrary } from './library';
import { benchWatch } from './watch';

// pdf.js may warn on the console; stdout is for the JSON alone.
console.log = console.warn = (...args: unknown[]) => process.stderr.write(args.join(' ') + '\n');

// contentScript and pwa read the build (npm run build first).
const result = { parse: benchParse(), fuzz: await benchFuzz(), pdf: await benchPdf(), contentScript: await benchContentScript(), pwa: benchPwa() };
// A library generated from the seeds (bench/corpus.ts); a few minutes, Chromium for the saves.
const { save, ...search } = await benchSearch();
const watch = await benchWatch();
// Libraries of 10,000 and 50,000 meetings in Chromium (REFERAT_LIBRARY_COUNTS="10000,50000" to choose), with MiniSearch on the first.
const counts = (process.env.REFERAT_LIBRARY_COUNTS ?? '10000,50000').split(',').map(Number);
const { library, peer } = await benchLibrary(counts);
const all = { ...result, threads: benchThreads(), search: { ...search, peer: { minisearch: peer } }, save, watch, library };
process.stdout.write(JSON.stringify(all, null, 2) + '\n');
