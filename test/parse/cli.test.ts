/** `npm run --silent parse -- FILE [--url URL]`: stdout is the JSON alone; exit 0, 1 or 2. */
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS } from '../helpers/fixtures';

function run(...args: string[]) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe('parse command', () => {
  it('prints one Meeting as JSON and exits 0', () => {
    const { code, stdout, stderr } = run(FIXTURES + SEEDS.hvidovre);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const meeting = JSON.parse(stdout);
    expect([meeting.committee, meeting.date, meeting.items.length]).toEqual(['Social- og Arbejdsmarkedsudvalget', '2022-09-05', 12]);
  });

  it('reads a PDF with nothing but the JSON on stdout', () => {
    const { code, stdout, stderr } = run(FIXTURES + 'pdf/000_185fcd858e7dcb18.pdf');
    expect([code, stderr]).toEqual([0, '']);
    const meeting = JSON.parse(stdout);
    expect([meeting.committee, meeting.date, meeting.items.length, meeting.items.filter((i: { recovered: boolean }) => i.recovered).length]).toEqual(
      ['Beskæftigelsesudvalget', '2023-08-22', 17, 2],
    );
  });

  it('takes --url for the adapter and sourceUrl', () => {
    const url = 'https://dagsordener.aarhus.dk/vis?id=4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';
    const { code, stdout } = run(FIXTURES + 'firstagenda/aarhus-byraad-dagsorden-2025-10-08.html', '--url', url);
    expect(code).toBe(0);
    const meeting = JSON.parse(stdout);
    expect([meeting.sourceUrl, meeting.municipality, meeting.items.length]).toEqual([url, 'Aarhus Kommune', 33]);
  });

  it('exits 2 with one sentence and nothing on stdout for what is not minutes', () => {
    const { code, stdout, stderr } = run(FIXTURES + 'firstagenda/aarhus-forside-listing.html');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden.\n');
  });

  it('exits 2 for a memo with numbered sections, a date and a case number, and reads numbered minutes', () => {
    const memo = run(FIXTURES + 'layouts/refused/notat-budgetopfoelgning.txt');
    expect(memo).toEqual({ code: 2, stdout: '', stderr: 'Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden.\n' });
    const { code, stdout } = run(FIXTURES + 'layouts/acadre-pdf/byraadet-2017-04-26.pdf');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).items.map((i: { number: number }) => i.number)).toEqual([412, 413, 414, 415, 416, 417, 418, 419]);
  });

  it('exits 2 for an empty and a binary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
    writeFileSync(join(dir, 'tom.txt'), '');
    writeFileSync(join(dir, 'data.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)));
    expect(run(join(dir, 'tom.txt'))).toEqual({ code: 2, stdout: '', stderr: 'Filen er tom og ikke et referat eller en dagsorden.\n' });
    expect(run(join(dir, 'data.bin'))).toEqual({ code: 2, stdout: '', stderr: 'Filen er binære data og ikke et referat eller en dagsorden.\n' });
  });

  it.each([
    [['/nonexistent/referat.pdf'], 'Filen "/nonexistent/referat.pdf" findes ikke.'],
    [[], 'Angiv en fil. Brug: npm run --silent parse -- FIL [--url ADRESSE]'],
    [['a.txt', '--url'], '--url mangler en adresse. Brug: npm run --silent parse -- FIL [--url ADRESSE]'],
    [['a.txt', '--url', 'ikke en adresse'], '"ikke en adresse" er ikke en gyldig adresse. Brug: npm run --silent parse -- FIL [--url ADRESSE]'],
    [['a.txt', '--verbose'], 'Ukendt tilvalg "--verbose". Brug: npm run --silent parse -- FIL [--url ADRESSE]'],
    [[tmpdir()], `Filen "${tmpdir()}" er en mappe.`],
  ])('exits 1 for bad arguments or an unreadable file: %j', (args, message) => {
    expect(run(...args)).toEqual({ code: 1, stdout: '', stderr: message + '\n' });
  });
});
