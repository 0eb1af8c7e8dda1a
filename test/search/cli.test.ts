/** `npm run --silent search -- --query "Q" FILE...`: ranked JSON hits; exit 0, 1 or 2. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS } from '../helpers/fixtures';

function run(...args: string[]) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/search.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

const seeds = Object.values(SEEDS).map((p) => FIXTURES + p);

describe('search command', () => {
  it('prints the ranked hits of the five seeds as JSON', () => {
    const { code, stdout, stderr } = run('--query', 'gadeplan', ...seeds);
    expect([code, stderr]).toEqual([0, '']);
    const hits = JSON.parse(stdout);
    expect(hits.map((h: { date: string; number: number }) => `${h.date} ${h.number}`)).toEqual(expect.arrayContaining(['2023-08-22 46', '2022-09-20 76']));
    expect(Object.keys(hits[0])).toEqual(['date', 'committee', 'number', 'title', 'snippet', 'score']);
    expect(hits[0].snippet).toMatch(/«[^»]*gadeplan[^»]*»/i);
    const scores = hits.map((h: { score: number }) => h.score);
    expect(scores.every((s: number) => s > 0)).toBe(true);
  });

  it('answers a file that is not minutes with exit 2 and one sentence', () => {
    const { code, stdout, stderr } = run('--query', 'x', FIXTURES + 'not-minutes/brev.txt');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 on an unreadable file or a missing query', () => {
    expect(run('--query', 'x', '/no/such/file.txt')).toMatchObject({ code: 1, stdout: '' });
    expect(run(...seeds)).toMatchObject({ code: 1, stdout: '' });
  });
});
