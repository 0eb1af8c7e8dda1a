/** What the command-line tools share: one Danish sentence and an exit code, files read or refused, a clean stdout. */
import { readFile } from 'node:fs/promises';

export function fail(code: number, message: string): never {
  process.stderr.write(message + '\n');
  process.exit(code);
}

/** The bytes of `file`, or exit 1 with why it cannot be read. */
export async function readFileOrFail(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'findes ikke' : code === 'EISDIR' ? 'er en mappe' : code === 'EACCES' ? 'må ikke læses' : 'kan ikke læses';
    fail(1, `Filen "${file}" ${why}.`);
  }
}

/** pdf.js and libraries may print on the console; stdout is for the JSON alone. */
export function consoleToStderr(): void {
  console.log = console.warn = console.info = (...args: unknown[]) => process.stderr.write(args.join(' ') + '\n');
}
