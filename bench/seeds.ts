/** The five seed minutes, parsed: the material of the generated search corpus (Node). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseText } from '../lib/sites/parsers';
import type { Meeting } from '../lib/parse/types';

const SEEDS = fileURLToPath(new URL('../test/fixtures/seeds/', import.meta.url));

export function seedMeetings(): Meeting[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const result = parseText(readFileSync(SEEDS + f, 'utf8'));
    if (!result.ok) throw new Error(`${f}: ${result.reason}`);
    return result.meeting;
  });
}
