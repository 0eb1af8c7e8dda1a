import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Meeting } from '../../lib/parse/types';
import { parseText } from '../../lib/sites/parsers';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + path));
}

export function fixtureText(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

export const SEEDS = {
  herning2023: 'seeds/000_185fcd858e7dcb18.txt',
  herning2022: 'seeds/001_16db8b72316c9031.txt',
  hvidovre: 'seeds/002_a0a4e38bb360a38c.txt',
  vejen: 'seeds/003_94bbcc3a72111751.txt',
  herning2019: 'seeds/004_724e39d7e2a291c6.txt',
} as const;

/** Parses a text fixture and fails the test with the parser's reason if it is refused. */
export function meetingOf(path: string): Meeting {
  const result = parseText(fixtureText(path));
  if (!result.ok) throw new Error(`${path} was refused: ${result.reason}`);
  return result.meeting;
}
