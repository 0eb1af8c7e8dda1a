/** npm run bench: prints one JSON object of measured figures on stdout. */
import { benchParse } from './parse';

const result = { parse: benchParse() };
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
