/** npm run bench: prints one JSON object of measured figures on stdout. */
import { benchParse } from './parse';
import { benchPdf } from './pdf';
import { benchContentScript } from './content-script';
import { benchPwa } from './pwa';

// pdf.js may warn on the console; stdout is for the JSON alone.
console.log = console.warn = (...args: unknown[]) => process.stderr.write(args.join(' ') + '\n');

// contentScript and pwa read the build (npm run build first).
const result = { parse: benchParse(), pdf: await benchPdf(), contentScript: await benchContentScript(), pwa: benchPwa() };
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
