/** npm run bench: prints one JSON object of measured figures on stdout. */
import { benchParse } from './parse';
import { benchPdf } from './pdf';

// pdf.js may warn on the console; stdout is for the JSON alone.
console.log = console.warn = (...args: unknown[]) => process.stderr.write(args.join(' ') + '\n');

const result = { parse: benchParse(), pdf: await benchPdf() };
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
