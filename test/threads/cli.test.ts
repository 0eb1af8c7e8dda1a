/** `npm run --silent threads -- FILE...`: stdout is the JSON alone; exit 0, 1 or 2. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS } from '../helpers/fixtures';

function run(...args: string[]) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/threads.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

const SEED_FILES = Object.values(SEEDS).map((p) => FIXTURES + p);
const CASE_27 = {
  key: '27.00.00-a00-5-15',
  title: 'Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget',
  entries: [
    {
      date: '2022-09-20', committee: 'Beskæftigelsesudvalget', number: 76, title: 'Sameksistens mellem socialt udsatte og andre borgere i Herning by',
      caseNumber: '27.00.00-A00-5-15',
      decision: 'Udvalget drøftede sagen og besluttede herefter, at der ikke etableres fysiske samlingssteder. Der etableres en styrket gadeplansindsats med to stillinger i et 2-årigt pilotprojekt.',
      saved: true,
    },
    { date: '2023-08-22', committee: 'Beskæftigelsesudvalget', number: 46, title: 'Status på gadeplanmedarbejdernes arbejde', caseNumber: '27.00.00-A00-5-15', decision: 'Taget til efterretning.', saved: true },
    { date: '2023-08-22', committee: 'Beskæftigelsesudvalget', number: 51, title: 'Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget', caseNumber: '27.00.00-A00-5-15', decision: 'Taget til efterretning.', saved: true },
  ],
};

describe('threads command', () => {
  it('prints the threads of the five seeds as JSON and exits 0', () => {
    const { code, stdout, stderr } = run(...SEED_FILES);
    expect([code, stderr]).toEqual([0, '']);
    const threads = JSON.parse(stdout);
    expect(threads[0]).toEqual(CASE_27);
    expect(threads.map((t: { key: string }) => t.key)).toEqual(['27.00.00-a00-5-15', '16/10924', '22/15354', '22/15356', '22/16883', '22/4264', '22/5906', '22/1093']);
    expect(threads.find((t: { key: string }) => t.key === '22/1093').entries[0]).toEqual(
      { date: '2022-06-07', committee: 'Social- og Arbejdsmarkedsudvalget', number: null, title: null, caseNumber: '22/1093', decision: 'Udsat.', saved: false },
    );
  });

  it('reads a PDF among text files', () => {
    const { code, stdout } = run(FIXTURES + SEEDS.herning2023, FIXTURES + 'pdf/001_16db8b72316c9031.pdf');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].entries.map((e: { date: string; number: number }) => `${e.date}/${e.number}`)).toEqual(['2022-09-20/76', '2023-08-22/46', '2023-08-22/51']);
  });

  it('prints [] when no thread spans two meetings', () => {
    expect(run(FIXTURES + SEEDS.herning2019)).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('exits 2 with one sentence naming the file that is not minutes', () => {
    const file = FIXTURES + 'not-minutes/brev.txt';
    expect(run(FIXTURES + SEEDS.herning2023, file)).toEqual({
      code: 2, stdout: '',
      stderr: `Dokumentet har ingen dagsordenspunkter ("Punkt 1: …"), så det ligner ikke et referat eller en dagsorden (${file}).\n`,
    });
    const dir = mkdtempSync(join(tmpdir(), 'threads-cli-'));
    writeFileSync(join(dir, 'tom.txt'), '');
    expect(run(join(dir, 'tom.txt')).stderr).toBe(`Filen er tom og ikke et referat eller en dagsorden (${join(dir, 'tom.txt')}).\n`);
  });

  it.each([
    [[FIXTURES + SEEDS.herning2023, '/nonexistent/referat.pdf'], 'Filen "/nonexistent/referat.pdf" findes ikke.'],
    [[], 'Angiv mindst én fil. Brug: npm run --silent threads -- FIL...'],
    [['a.txt', '--json'], 'Ukendt tilvalg "--json". Brug: npm run --silent threads -- FIL...'],
    [[tmpdir()], `Filen "${tmpdir()}" er en mappe.`],
  ])('exits 1 for bad arguments or an unreadable file: %j', (args, message) => {
    expect(run(...args)).toEqual({ code: 1, stdout: '', stderr: message + '\n' });
  });
});
