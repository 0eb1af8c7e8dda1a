/**
 * npm run --silent parse -- FILE [--url URL]
 * Prints one Meeting as JSON. Exit 0 on success, 2 when the file is not minutes
 * or an agenda, 1 when the file cannot be read or the arguments are wrong.
 */
import { consoleToStderr, fail, readFileOrFail } from './cli';
import { parseFile } from '../lib/sites/parse-file';
import { nodeEnvironment } from '../lib/parse/node';

const USAGE = 'Brug: npm run --silent parse -- FIL [--url ADRESSE]';

function readArgs(argv: string[]): { file: string; url: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      const value = argv[++i];
      if (!value) fail(1, `--url mangler en adresse. ${USAGE}`);
      try {
        new URL(value);
      } catch {
        fail(1, `"${value}" er ikke en gyldig adresse. ${USAGE}`);
      }
      url = value;
    } else if (arg.startsWith('--url=')) {
      url = arg.slice(6);
    } else if (arg.startsWith('-')) {
      fail(1, `Ukendt tilvalg "${arg}". ${USAGE}`);
    } else if (file === null) {
      file = arg;
    } else {
      fail(1, `Kun én fil ad gangen. ${USAGE}`);
    }
  }
  if (file === null) fail(1, `Angiv en fil. ${USAGE}`);
  return { file, url };
}

async function main(): Promise<void> {
  const { file, url } = readArgs(process.argv.slice(2));
  const bytes = await readFileOrFail(file);
  consoleToStderr();
  const result = await parseFile({ bytes, name: file, url }, nodeEnvironment);
  if (!result.ok) fail(2, result.reason);
  process.stdout.write(JSON.stringify(result.meeting, null, 2) + '\n');
}

main().catch(() => fail(1, 'Filen kunne ikke behandles på grund af en intern fejl.'));
