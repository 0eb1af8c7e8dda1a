/**
 * npm run --silent threads -- FILE...
 * Parses every file and prints the threads across them as JSON:
 * [{ key, title, entries: [{ date, committee, number, title, caseNumber, decision, saved }] }],
 * newest activity first, entries oldest first, only threads spanning at least two meetings.
 * Exit 0 on success, 2 when a file is not minutes or an agenda, 1 when a file cannot be
 * read or the arguments are wrong.
 */
import { consoleToStderr, fail, readFileOrFail } from './cli';
import { parseFile } from '../lib/sites/parse-file';
import { nodeEnvironment } from '../lib/parse/node';
import type { Meeting } from '../lib/parse/types';
import { meetingId } from '../lib/db/identity';
import { buildThreads } from '../lib/threads/index';

const USAGE = 'Brug: npm run --silent threads -- FIL...';

function readArgs(argv: string[]): string[] {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '--') continue;
    if (arg.startsWith('-')) fail(1, `Ukendt tilvalg "${arg}". ${USAGE}`);
    files.push(arg);
  }
  if (files.length === 0) fail(1, `Angiv mindst én fil. ${USAGE}`);
  return files;
}

async function readAll(files: string[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const file of files) out.push(await readFileOrFail(file));
  return out;
}

async function main(): Promise<void> {
  const files = readArgs(process.argv.slice(2));
  // Every file is read before any is parsed, so a missing file is reported as such (exit 1).
  const contents = await readAll(files);
  consoleToStderr();
  const meetings: { id: string; meeting: Meeting }[] = [];
  for (let i = 0; i < files.length; i++) {
    const result = await parseFile({ bytes: contents[i]!, name: files[i]! }, nodeEnvironment);
    // The parser's reason is one sentence; name the file in it, since there are several.
    if (!result.ok) fail(2, `${result.reason.replace(/\.$/, '')} (${files[i]}).`);
    meetings.push({ id: meetingId(result.meeting), meeting: result.meeting });
  }
  const { threads } = buildThreads(meetings);
  const json = threads.map((t) => ({
    key: t.key,
    title: t.title,
    entries: t.entries.map(({ date, committee, number, title, caseNumber, decision, saved }) => ({ date, committee, number, title, caseNumber, decision, saved })),
  }));
  process.stdout.write(JSON.stringify(json, null, 2) + '\n');
}

main().catch(() => fail(1, 'Filerne kunne ikke behandles på grund af en intern fejl.'));
