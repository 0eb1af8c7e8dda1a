/** `npm run --silent fetch-meetings`: the test host's meetings as Meeting JSON files, politely; exit 0 or 1 with a sentence. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirstAgendaServer, type FirstAgendaTestServer } from '../../scripts/firstagenda-server';

let server: FirstAgendaTestServer;
beforeAll(async () => {
  server = await startFirstAgendaServer({ handshake: 'anonymous-auth' });
});
afterAll(() => server.close());

/** Runs the command without blocking the test server in this process. */
function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/fetch-meetings.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('fetch-meetings', () => {
  it('writes one Meeting per meeting of a committee since a day, one request at a time, with a progress line each', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fetch-meetings-'));
    const before = server.log.length;
    const { code, stdout, stderr } = await run('--host', server.origin, '--committee', 'økonomiudvalget', '--since', '2026-04-01', '--out', out);
    expect([code, stdout]).toEqual([0, '']);
    expect(stderr).toBe([
      `${server.host}: 3 møder at hente`,
      '[1/3] 2026-04-13 Økonomiudvalget (Referat)',
      '[2/3] 2026-04-20 Økonomiudvalget (Referat)',
      '[3/3] 2026-05-18 Økonomiudvalget (Dagsorden)',
      `3 møder skrevet i ${out}.`,
      '',
    ].join('\n'));
    expect(readdirSync(out).sort()).toEqual([
      expect.stringMatching(/^2026-04-13_oekonomiudvalget_[0-9a-f-]{36}\.json$/),
      expect.stringMatching(/^2026-04-20_oekonomiudvalget_[0-9a-f-]{36}\.json$/),
      '2026-05-18_oekonomiudvalget_0cad2b4d-c4a2-4583-a053-60704b2da0e5.json',
    ]);
    const agenda = JSON.parse(readFileSync(join(out, '2026-05-18_oekonomiudvalget_0cad2b4d-c4a2-4583-a053-60704b2da0e5.json'), 'utf8'));
    expect([agenda.kind, agenda.municipality, agenda.committee, agenda.date, agenda.startTime, agenda.items.length, agenda.sourceUrl]).toEqual([
      'dagsorden', 'Hvidovre Kommune', 'Økonomiudvalget', '2026-05-18', '17:00', 24, `${server.origin}/vis?id=0cad2b4d-c4a2-4583-a053-60704b2da0e5`,
    ]);
    const minutes = JSON.parse(readFileSync(join(out, readdirSync(out).sort()[0]!), 'utf8'));
    expect([minutes.kind, minutes.date, minutes.items[2].decisions.at(-1).date]).toEqual(['referat', '2026-04-13', '2026-04-13']);
    // The list, then each meeting, never two at once and at least a second apart (the handshake's hops are one request).
    const api = server.log.slice(before).filter((r) => r.path.startsWith('/api/'));
    expect(api.map((r) => r.path.replace(/[0-9a-f-]{36}/, 'ID'))).toEqual([
      '/api/agenda/udvalgsliste', '/api/agenda/udvalgsliste', '/api/agenda/dagsorden/ID', '/api/agenda/dagsorden/ID', '/api/agenda/dagsorden/ID',
    ]);
    const starts = api.slice(1).map((r) => r.at);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(1000);
  }, 30_000);

  it('writes a supplementary agenda into its agenda\'s file: one meeting, its items added', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fetch-meetings-'));
    const extra = { Punktnummer: '22', Navn: 'Tillæg - Nyt punkt om Blå Kors Varmestue', SagsNummer: '26/9999', IsOpen: true, Sorting: 22, Felter: [], Bilag: [] };
    const id = server.addSupplementary('0cad2b4d-c4a2-4583-a053-60704b2da0e5', { released: '2026-05-15T10:00:00+02:00', items: [extra] });
    const { code, stderr } = await run('--host', server.origin, '--committee', 'Økonomiudvalget', '--since', '2026-05-01', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain('[2/2] 2026-05-18 Økonomiudvalget (Tillægsdagsorden)\n');
    expect(readdirSync(out)).toEqual(['2026-05-18_oekonomiudvalget_0cad2b4d-c4a2-4583-a053-60704b2da0e5.json']);
    const meeting = JSON.parse(readFileSync(join(out, readdirSync(out)[0]!), 'utf8'));
    expect(meeting.items.map((i: { number: number }) => i.number)).toEqual([...Array.from({ length: 22 }, (_, k) => k + 1), 32, 33, 34]);
    expect(meeting.items[21].title).toBe('Tillæg - Nyt punkt om Blå Kors Varmestue');
    expect('partial' in meeting).toBe(false);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  }, 30_000);

  it('says which committees there are when the one asked for is not', async () => {
    const { code, stderr } = await run('--host', server.origin, '--committee', 'Havneudvalget', '--out', mkdtempSync(join(tmpdir(), 'fetch-meetings-')));
    expect(code).toBe(1);
    expect(stderr).toBe(
      `Udvalget "Havneudvalget" findes ikke på ${server.host}. Nuværende udvalg: By- og Planudvalget, Børne- og Uddannelsesudvalget, ` +
        'Erhvervs- og Beskæftigelsesudvalget, Folkeoplysningsudvalget, Klima-, Miljø- og Teknikudvalget, Kommunalbestyrelsen, ' +
        'Kultur- og Fritidsudvalget, Social-, Sundheds- og Borgerserviceudvalget, Ældreudvalget, Økonomiudvalget.\n',
    );
  }, 30_000);

  it('exits 1 with the host\'s sentence when the host cannot be read, and writes nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fetch-meetings-'));
    server.fail('catalog', 'server-error', { times: 1 });
    const { code, stderr } = await run('--host', server.origin, '--out', out);
    expect([code, stderr]).toEqual([1, `${server.host} kunne ikke læses: Siden har en fejl lige nu (HTTP 500).\n`]);
    expect(readdirSync(out)).toEqual([]);
  }, 30_000);

  it.each([
    [['--out', '/tmp/x'], 'Angiv --host og --out.'],
    [['--host', 'ftp://x.dk', '--out', '/tmp/x'], '"ftp://x.dk" er ikke en værtsnavn eller en adresse som http://127.0.0.1:8080.'],
    [['--host', 'x.dk', '--since', '31-01-2026', '--out', '/tmp/x'], '--since skal være en dato som 2026-01-31.'],
    [['--host', 'x.dk', '--out', '/tmp/x', '--alle'], 'Ukendt tilvalg "--alle".'],
  ])('exits 1 on wrong arguments %j', async (args, sentence) => {
    const { code, stdout, stderr } = await run(...args);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toContain(sentence);
  }, 30_000);
});
