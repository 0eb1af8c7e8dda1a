/** The test server serves Hvidovre's real answers as a FirstAgenda host, changes them, fails on request and logs every request. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHtmlString } from '../../lib/sites/parse-file';
import { nodeEnvironment } from '../../lib/parse/node';
import { readCatalog } from '../../lib/sites/firstagenda/catalog';
import { catalogVariant, startFirstAgendaServer, type FirstAgendaTestServer } from '../../scripts/firstagenda-server';
import { fixtureText } from '../helpers/fixtures';

const AGENDA = '0cad2b4d-c4a2-4583-a053-60704b2da0e5';
const OEK = '5dd92504-8e21-4dc9-90cc-1584b1ca0882';
/** Kultur- og Fritidsudvalget's minutes of 3 March 2026. */
const KULTUR_MINUTES = '3e80684a-0bcf-43b7-a2be-b9842237fdff';
const NOW = Date.parse('2026-05-13T12:00:00+02:00');

let server: FirstAgendaTestServer;
beforeEach(async () => {
  server = await startFirstAgendaServer();
});
afterEach(async () => {
  await server.close();
});

const get = (path: string, init: RequestInit = {}) => fetch(server.origin + path, { redirect: 'manual', ...init });
type Item = { Punktnummer: string; AgendaUid: string; IsOpen: boolean; Felter: { Html: string }[]; Navn: string };
type Answer = { Id: string; Udvalg: { Id: string; Navn: string }; Moede: Record<string, unknown>; TillaegsDagsorden: boolean; Dagsordenpunkter: Item[] };
const decisions = (a: Answer) => a.Dagsordenpunkter.flatMap((i) => i.Felter.flatMap((f) => f.Html.match(/<h3>Beslutning i [^<]*<\/h3>\r\n<span class='beslutning'><div><p><span>[^<]*(?=<)/g) ?? []));

describe('the real answers', () => {
  it('serves the committee list and logs the request', async () => {
    const res = await get('/api/agenda/udvalgsliste');
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
    expect(await res.json()).toEqual(JSON.parse(fixtureText('firstagenda-api/hvidovre/udvalgsliste.json')));
    expect(server.log.map(({ method, path, cookie }) => ({ method, path, cookie }))).toEqual([{ method: 'GET', path: '/api/agenda/udvalgsliste', cookie: false }]);
    expect(Math.abs(server.log[0]!.at - Date.now())).toBeLessThan(5000);
  });

  it('serves agenda.json for its meeting, its 21 links pointing to this host', async () => {
    const text = await (await get(`/api/agenda/dagsorden/${AGENDA}`)).text();
    expect(text).toBe(fixtureText('firstagenda-api/hvidovre/agenda.json').split('https://dagsordener-referater.hvidovre.dk').join(server.origin));
    expect(text.split(`${server.origin}/Vis/Pdf/bilag/`).length - 1).toBe(21);
  });

  it('builds another meeting\'s answer from agenda.json\'s items, with its own committee, meeting and decisions', async () => {
    const answer = (await (await get(`/api/agenda/dagsorden/${KULTUR_MINUTES}`)).json()) as Answer;
    expect(answer.Id).toBe(KULTUR_MINUTES);
    expect(answer.Udvalg).toEqual({ Id: '739fac5e-68dc-46f3-8138-d0edd775d003', OrganisationId: '572d6f09-735a-419a-9af7-cdb5c5e850bc', Navn: 'Kultur- og Fritidsudvalget', Historisk: false });
    expect(answer.Moede).toMatchObject({ Id: '00000000-0000-0000-0000-000000000000', Dato: '2026-03-02T11:00:00+01:00', Navn: 'Referat', Afsluttet: true, Sted: 'Sollentuna II' });
    expect((answer.Moede.Moededeltagere as unknown[]).length).toBe(7);
    expect(answer.Dagsordenpunkter.map((i) => i.Punktnummer)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '32', '33', '34']);
    expect(new Set(answer.Dagsordenpunkter.map((i) => i.AgendaUid))).toEqual(new Set([KULTUR_MINUTES]));
    expect(decisions(answer)).toEqual(Array(21).fill("<h3>Beslutning i Kultur- og Fritidsudvalget den 02-03-2026</h3>\r\n<span class='beslutning'><div><p><span>Godkendt."));
    expect((await get('/api/agenda/dagsorden/00000000-0000-0000-0000-000000000001')).status).toBe(404);
  });

  it('serves the meeting page in FirstAgenda\'s markup, which the page parser reads', async () => {
    const res = await get(`/vis?id=${AGENDA}`);
    const url = `${server.origin}/vis?id=${AGENDA}`;
    const parsed = parseHtmlString(await res.text(), url, nodeEnvironment);
    if (!parsed.ok) throw new Error(parsed.reason);
    const m = parsed.meeting;
    // Not its kind: the page adapter takes any decision in an item for minutes, and this agenda carries earlier ones.
    expect({ committee: m.committee, date: m.date, startTime: m.startTime, location: m.location, items: m.items.length })
      .toEqual({ committee: 'Økonomiudvalget', date: '2026-05-18', startTime: '17:00', location: 'Hvidovre', items: 24 });
    expect(m.items.map((i) => i.number)).toEqual([...Array.from({ length: 21 }, (_, i) => i + 1), 32, 33, 34]);
    expect(m.items[2]!.attachments[0]).toEqual({ title: 'Ansøgningsskrivelse skema A Grenhusene 9.dec inkl. bilag', url: `${server.origin}/vis/pdf/bilag/7410e4a3-b07a-44c2-ba27-1a06cbb1f453/?redirectDirectlyToPdf=false` });
  });

  it('serves an attachment as a PDF, the front page, and 404 elsewhere', async () => {
    const pdf = await get('/vis/pdf/bilag/7410e4a3-b07a-44c2-ba27-1a06cbb1f453');
    expect([pdf.status, pdf.headers.get('content-type'), (await pdf.text()).slice(0, 8)]).toEqual([200, 'application/pdf', '%PDF-1.4']);
    const front = await get('/');
    expect([front.status, (await front.text()).includes('Powered by FirstAgenda Publication')]).toEqual([200, true]);
    expect((await get('/api/agenda/andet')).status).toBe(404);
  });
});

describe('changes between requests', () => {
  const catalogNow = async () => readCatalog(await (await get('/api/agenda/udvalgsliste')).json(), NOW);
  const meeting = async (id: string) => (await (await get(`/api/agenda/dagsorden/${id}`)).json()) as Answer;

  it('adds a meeting to the list, with items of its own', async () => {
    const item = { ...JSON.parse(fixtureText('firstagenda-api/hvidovre/agenda.json')).Dagsordenpunkter[2], Navn: 'Beslutning - Blå Kors Varmestue' };
    const id = server.addMeeting({ committeeId: OEK, start: '2026-05-26T17:00:00+02:00', released: '2026-05-19T12:00:00+02:00', place: 'KB-Salen', items: [item] });
    expect(id).toBe('00000000-0000-4000-8000-000000000001');
    const added = (await catalogNow()).periods[0]!.committees.find((c) => c.id === OEK)!.meetings[0];
    expect(added).toEqual({ id, committeeId: OEK, date: '2026-05-26', startTime: '17:00', releasedAt: '2026-05-19T12:00:00+02:00', concluded: false, name: 'Dagsorden', supplementary: false, place: 'KB-Salen' });
    const answer = await meeting(id);
    expect([answer.Udvalg.Navn, answer.Moede.Dato, answer.Dagsordenpunkter.map((i) => [i.Punktnummer, i.Navn])]).toEqual(['Økonomiudvalget', '2026-05-26T17:00:00+02:00', [['3', 'Beslutning - Blå Kors Varmestue']]]);
    expect(decisions(answer)).toEqual([]);
  });

  it('turns the agenda into minutes under its own id: released again, Afsluttet, Referat, a decision in each open item', async () => {
    expect(server.publishMinutes(AGENDA, { released: '2026-05-20T10:00:00+02:00', decision: 'Indstillingen godkendt.' })).toBe(AGENDA);
    const entry = (await catalogNow()).periods[0]!.committees.find((c) => c.id === OEK)!.meetings.find((m) => m.id === AGENDA);
    expect(entry).toMatchObject({ releasedAt: '2026-05-20T10:00:00+02:00', concluded: true, name: 'Referat' });
    const answer = await meeting(AGENDA);
    expect(answer.Moede).toMatchObject({ Afsluttet: true, Navn: 'Referat' });
    expect(decisions(answer)).toEqual(Array(21).fill("<h3>Beslutning i Økonomiudvalget den 18-05-2026</h3>\r\n<span class='beslutning'><div><p><span>Indstillingen godkendt."));
    // The decision is the item's last section, inside its container.
    expect(answer.Dagsordenpunkter[0]!.Felter[0]!.Html.endsWith("Indstillingen godkendt.</span></p></div></span>\r\n</div></div>")).toBe(true);
  });

  it('publishes minutes as a new entry beside the agenda, as Hvidovre does, and adds a supplementary agenda', async () => {
    const minutesId = server.publishMinutes(AGENDA, { released: '2026-05-20T10:00:00+02:00', newEntry: true });
    const supplementaryId = server.addSupplementary(AGENDA, { released: '2026-05-15T09:00:00+02:00' });
    const oek = (await catalogNow()).periods[0]!.committees.find((c) => c.id === OEK)!;
    expect(oek.meetings.filter((m) => m.date === '2026-05-18').map((m) => [m.id, m.name, m.concluded, m.supplementary, m.startTime])).toEqual([
      [supplementaryId, 'Tillægsdagsorden', false, true, '17:00'],
      [minutesId, 'Referat', true, false, '17:00'],
      [AGENDA, 'Dagsorden', false, false, '17:00'],
    ]);
    expect(decisions(await meeting(minutesId)).length).toBe(21);
    expect(decisions(await meeting(AGENDA)).length).toBe(0);
    const supplementary = await meeting(supplementaryId);
    expect([supplementary.TillaegsDagsorden, supplementary.Dagsordenpunkter.map((i) => i.Punktnummer)]).toEqual([true, ['20', '21']]);
  });
});

describe('the cookie handshake', () => {
  it('anonymous-auth: the API and the front page redirect to AnonymousAuthentication until the cookie is sent', async () => {
    server.handshake = 'anonymous-auth';
    const api = await get('/api/agenda/udvalgsliste');
    const callback = `${server.origin}/api/agenda/udvalgsliste`;
    expect([api.status, api.headers.get('location')]).toEqual([302, `/Home/AnonymousAuthentication?callback=${encodeURIComponent(callback)}`]);
    const auth = await get(api.headers.get('location')!);
    expect([auth.status, auth.headers.get('location'), auth.headers.getSetCookie()]).toEqual([302, callback, ['.AspNet.Cookies=anonym-1; path=/; HttpOnly']]);
    const front = await get('/');
    expect([front.status, front.headers.get('location')]).toEqual([302, `/Home/AnonymousAuthentication?callback=${encodeURIComponent(`${server.origin}/`)}`]);
    const withCookie = await get('/api/agenda/udvalgsliste', { headers: { cookie: '.AspNet.Cookies=anonym-1' } });
    expect(withCookie.status).toBe(200);
    expect(server.log.map((e) => [e.path.split('?')[0], e.cookie])).toEqual([
      ['/api/agenda/udvalgsliste', false], ['/Home/AnonymousAuthentication', false], ['/', false], ['/api/agenda/udvalgsliste', true],
    ]);
  });

  it('anonymous-auth sends a callback to another origin to the front page instead', async () => {
    const auth = await get(`/Home/AnonymousAuthentication?callback=${encodeURIComponent('https://evil.example/')}`);
    expect(auth.headers.get('location')).toBe('/');
  });

  it('front-page: the API redirects to the front page, which sets the cookie', async () => {
    server.handshake = 'front-page';
    const api = await get('/api/agenda/udvalgsliste');
    expect([api.status, api.headers.get('location')]).toEqual([302, '/']);
    const front = await get('/');
    expect([front.status, front.headers.getSetCookie()]).toEqual([200, ['.AspNet.Cookies=anonym-1; path=/; HttpOnly']]);
  });
});

describe('failures', () => {
  it.each([
    ['html', 200, 'text/html; charset=utf-8', null],
    ['redirect-loop', 302, 'text/html', '/api/agenda/udvalgsliste'],
    ['not-found', 404, 'text/html; charset=utf-8', null],
    ['gone', 410, 'text/html; charset=utf-8', null],
    ['server-error', 500, 'text/html; charset=utf-8', null],
    ['busy', 429, 'text/plain', null],
    ['unauthorized', 401, 'text/plain', null],
    ['moved', 301, 'text/html', 'https://dagsordener.example.invalid/api/agenda/udvalgsliste'],
    ['invalid-json', 200, 'application/json; charset=utf-8', null],
  ] as const)('%s answers %i', async (mode, status, type, location) => {
    server.fail('catalog', mode);
    const res = await get('/api/agenda/udvalgsliste');
    expect([res.status, res.headers.get('content-type'), res.headers.get('location')]).toEqual([status, type, location]);
    if (mode === 'busy') expect(res.headers.get('retry-after')).toBe('7200');
    const body = await res.text();
    if (mode === 'invalid-json') expect(() => JSON.parse(body)).toThrow(SyntaxError);
  });

  it('fails as many times as asked, then answers again; other routes are not touched', async () => {
    server.fail('catalog', 'server-error', { times: 2 });
    expect((await get(`/api/agenda/dagsorden/${AGENDA}`)).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('/api/agenda/udvalgsliste')).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('huge: 21 MB of valid JSON without a declared length', async () => {
    server.fail('catalog', 'huge');
    const res = await get('/api/agenda/udvalgsliste');
    expect(res.headers.get('content-length')).toBe(null);
    const text = await res.text();
    expect([text.length, (JSON.parse(text) as { Fyld: string }).Fyld.length]).toEqual([21 + 21_000_000 + 2, 21_000_000]);
  });

  it('slow answers after the delay; stall sends the first bytes at once and the rest after the delay', async () => {
    server.fail('catalog', 'slow', { delayMs: 300 });
    let started = Date.now();
    await (await get('/api/agenda/udvalgsliste')).text();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    server.fail('catalog', 'stall', { delayMs: 300 });
    started = Date.now();
    const res = await get('/api/agenda/udvalgsliste');
    const headersAfter = Date.now() - started;
    await res.text();
    expect([headersAfter < 250, Date.now() - started >= 290]).toEqual([true, true]);
  });

  it('reset drops the connection', async () => {
    server.fail('meeting', 'reset');
    await expect(get(`/api/agenda/dagsorden/${AGENDA}`)).rejects.toThrow(TypeError);
  });

  it('script puts markup in the texts of the meeting and the list', async () => {
    server.fail('meeting', 'script');
    const answer = (await (await get(`/api/agenda/dagsorden/${AGENDA}`)).json()) as Answer;
    expect(answer.Dagsordenpunkter[0]!.Navn).toBe('Godkendelse af dagsorden <script>document.title="hacked"</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">klik</a>');
    expect(answer.Dagsordenpunkter.filter((i) => i.Felter[0]!.Html.includes('<script>')).length).toBe(21);
    server.fail('catalog', 'script');
    const list = readCatalog(await (await get('/api/agenda/udvalgsliste')).json(), NOW);
    expect(list.periods[0]!.committees[0]!.name).toBe('By- og Planudvalget<script>document.title="hacked"</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">klik</a>');
  });

  it('the list with missing fields and with meetings listed twice, as the catalog reader sees them', async () => {
    const list = JSON.parse(fixtureText('firstagenda-api/hvidovre/udvalgsliste.json'));
    const missing = readCatalog(catalogVariant(list, 'missing-fields'), NOW);
    expect([missing.warnings.length, missing.periods.flatMap((p) => p.committees.flatMap((c) => c.meetings)).length]).toEqual([42, 1372]);
    expect(missing.warnings.filter((w) => w.includes('ingen gyldig dato')).length).toBe(14);
    expect(missing.warnings.filter((w) => w.includes('intet id')).length).toBe(14);
    expect(missing.warnings.filter((w) => w.includes('afsluttet')).length).toBe(14);
    const twice = readCatalog(catalogVariant(list, 'duplicate-ids'), NOW);
    expect([twice.warnings.length, twice.periods.flatMap((p) => p.committees.flatMap((c) => c.meetings)).length]).toEqual([33, 1400]);
    server.fail('catalog', 'duplicate-ids');
    expect(readCatalog(await (await get('/api/agenda/udvalgsliste')).json(), NOW).warnings.length).toBe(33);
  });
});
