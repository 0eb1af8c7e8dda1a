/**
 * npm run --silent search -- --query "Q" FILE...
 * Parses the files, saves them into a library in memory (fake-indexeddb) as the
 * extension saves them, searches it with the library's own code and prints the
 * ranked hits as JSON: [{ date, committee, number, title, snippet, score }].
 * Exit 0 on success, 2 when a file is not minutes or an agenda, 1 when a file
 * cannot be read or the arguments are wrong.
 */
import 'fake-indexeddb/auto';
import { consoleToStderr, fail, readFileOrFail } from './cli';
import { LibraryDb } from '../lib/db/schema';
import { saveMeeting } from '../lib/db/meetings';
import { parseFile } from '../lib/sites/parse-file';
import { nodeEnvironment } from '../lib/parse/node';
import { search } from '../lib/search/search';

const USAGE = 'Brug: npm run --silent search -- --query "SØGNING" [--limit N] FIL...';

interface Args {
  query: string;
  limit: number;
  files: string[];
}

function readArgs(argv: string[]): Args {
  let query: string | null = null;
  let limit = Infinity;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--query' || flag === '-q') {
      const value = inline ?? argv[++i];
      if (value === undefined) fail(1, `--query mangler en søgning. ${USAGE}`);
      query = value;
    } else if (flag === '--limit') {
      const value = Number(inline ?? argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(1, `--limit skal være et helt tal over 0. ${USAGE}`);
      limit = value;
    } else if (arg.startsWith('-')) {
      fail(1, `Ukendt tilvalg "${arg}". ${USAGE}`);
    } else {
      files.push(arg);
    }
  }
  if (query === null || query.trim() === '') fail(1, `Angiv en søgning med --query. ${USAGE}`);
  if (files.length === 0) fail(1, `Angiv mindst én fil. ${USAGE}`);
  return { query, limit, files };
}

async function main(): Promise<void> {
  const { query, limit, files } = readArgs(process.argv.slice(2));
  consoleToStderr();
  const db = new LibraryDb(`search-cli-${process.pid}`);
  for (const file of files) {
    const bytes = await readFileOrFail(file);
    const result = await parseFile({ bytes, name: file }, nodeEnvironment);
    if (!result.ok) fail(2, files.length > 1 ? `${file}: ${result.reason}` : result.reason);
    await saveMeeting(db, result.meeting, 'file');
  }
  const hits = await search(db, query, { limit });
  const out = hits.map((h) => ({ date: h.date, committee: h.committee, number: h.number, title: h.title, snippet: h.snippetText, score: h.score }));
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main().catch(() => fail(1, 'Søgningen kunne ikke gennemføres på grund af en intern fejl.'));
