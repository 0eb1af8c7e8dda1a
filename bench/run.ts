/** npm run bench: prints one JSON object of measured figures on stdout. */
import { benchParse } from './parse';
import { benchPdf } from './pdf';
import { benchContentScript } from './content-script';

// pdf.js may warn on the console; stdout is for the JSON alone.
console.log = console.warn = (...args: unknown[]) => process.stderr.write(args.join(' ') + '\n');

// contentScript needs the built extension (npm run build).
const result = { parse: benchParse(), pdf: await benchPdf(), contentScript: await benchContentScript() };
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
