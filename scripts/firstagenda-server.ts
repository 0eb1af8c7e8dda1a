/**
 * A FirstAgenda Publication host for the tests and the bench: Node http on 127.0.0.1 with a random port,
 * serving Hvidovre's real answers (test/fixtures/firstagenda-api/hvidovre/) as the real host
 * would, with a request log, changes between requests and the ways a host fails.
 *
 * - `/api/agenda/udvalgsliste`: the committee list (live: changes show at once).
 * - `/api/agenda/dagsorden/<id>`: agenda.json for its meeting; for any other meeting of the
 *   list, agenda.json's items under that meeting's Udvalg and Moede (as the fixtures' README
 *   suggests). Minutes (Afsluttet) get a "Beslutning i <udvalg> den DD-MM-YYYY" section in each open item.
 * - `/vis?id=<id>`: a small meeting page in FirstAgenda's markup; `/vis/pdf/bilag/<id>`: a PDF;
 *   `/`: the front page; `/Home/AnonymousAuthentication?callback=…`: sets the cookie.
 * - `handshake`: `none`; `anonymous-auth` (the API and the front page answer 302 to
 *   /Home/AnonymousAuthentication?callback=<address> until the `.AspNet.Cookies` cookie is
 *   sent, which that endpoint sets before redirecting back); `front-page` (the API answers 302
 *   to `/`, and the front page sets the cookie).
 * Links in the answers point to this server instead of Hvidovre's host.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';

/** A file of the test fixtures, as text. */
const fixtureText = (path: string): string => readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url), 'utf8');

export type Handshake = 'none' | 'anonymous-auth' | 'front-page';
export type Route = 'catalog' | 'meeting' | 'front' | 'page' | 'pdf';

/** How a route fails. */
export type FailureMode =
  | 'html' // 200 with a web page
  | 'redirect-loop' // 302 to itself
  | 'not-found' // 404
  | 'gone' // 410
  | 'server-error' // 500
  | 'busy' // 429, Retry-After: 7200
  | 'unauthorized' // 401
  | 'moved' // 301 to another host
  | 'invalid-json' // 200, JSON cut off
  | 'huge' // 200, 21 MB of valid JSON, without a Content-Length
  | 'slow' // the whole answer after `delayMs`
  | 'stall' // headers and the first bytes, the rest after `delayMs`
  | 'reset' // the connection is dropped
  | 'missing-fields' // catalog: fields left out (see catalogVariant)
  | 'duplicate-ids' // catalog: meetings listed twice
  | 'script'; // script and event handlers in the texts and HTML fields

export interface RequestLogEntry {
  method: string;
  /** Path and query, as requested. */
  path: string;
  /** Date.now() when the request arrived. */
  at: number;
  /** The request carried the anonymous cookie. */
  cookie: boolean;
}

export interface NewMeeting {
  committeeId: string;
  /** Local time with offset: "2026-05-26T17:00:00+02:00". */
  start: string;
  /** ReleasedDate; null for one not published yet. */
  released: string | null;
  place?: string;
  id?: string;
  /** The items of its answer; default agenda.json's. */
  items?: unknown[];
}

export interface FirstAgendaTestServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** "127.0.0.1:PORT" */
  host: string;
  log: RequestLogEntry[];
  handshake: Handshake;
  /** The live committee list. */
  catalog: Catalog;
  /** Make a route fail (`times` requests, default until `fail(route, null)`). */
  fail(route: Route, mode: FailureMode | null, options?: { times?: number; delayMs?: number }): void;
  /** A new agenda at the front of its committee's meetings; its id. */
  addMeeting(meeting: NewMeeting): string;
  /**
   * The agenda became minutes: released again, Afsluttet, "Referat", decisions in the items.
   * `newEntry`: as Hvidovre does, a new Referat entry beside the agenda (its id is returned).
   */
  publishMinutes(id: string, options: { released: string; decision?: string; newEntry?: boolean }): string;
  /** A Tillægsdagsorden entry for the same meeting; its id. */
  addSupplementary(id: string, options: { released: string; items?: unknown[] }): string;
  /** The answer of /api/agenda/dagsorden/<id> as an object (null for an unknown id). */
  meetingAnswer(id: string): Record<string, unknown> | null;
  close(): Promise<void>;
}

type Entry = Record<string, unknown> & { Id: string; Dato: string };
type Loose = Record<string, unknown>;
type Committee = { Id: string; Navn: string; Moeder: Entry[] };
type Catalog = { Udvalg: Record<string, Committee[]> };
type Item = Record<string, unknown> & { Felter: { Html: string }[]; IsOpen: boolean; Navn: string };

const HVIDOVRE = 'https://dagsordener-referater.hvidovre.dk';
const COOKIE = '.AspNet.Cookies';
const AUTH_PATH = '/Home/AnonymousAuthentication';
const ZERO = '00000000-0000-0000-0000-000000000000';
const SCRIPT = '<script>document.title="hacked"</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">klik</a>';

export async function startFirstAgendaServer(options: { handshake?: Handshake } = {}): Promise<FirstAgendaTestServer> {
  const agendaText = fixtureText('firstagenda-api/hvidovre/agenda.json');
  const agenda = JSON.parse(agendaText) as Record<string, unknown> & { Id: string; Dagsordenpunkter: Item[]; Udvalg: Record<string, unknown>; Moede: Record<string, unknown> };
  const catalog = JSON.parse(fixtureText('firstagenda-api/hvidovre/udvalgsliste.json')) as Catalog;
  const failures = new Map<Route, { mode: FailureMode; times: number; delayMs: number }>();
  const minutes = new Map<string, string>();
  const customItems = new Map<string, unknown[]>();
  const log: RequestLogEntry[] = [];
  let serial = 0;
  let cookies = 0;

  const find = (id: string) => {
    for (const list of Object.values(catalog.Udvalg)) {
      for (const committee of list) {
        const entry = committee.Moeder.find((m) => m.Id === id);
        if (entry) return { committee, entry };
      }
    }
    return null;
  };
  const newId = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;

  function meetingAnswer(id: string): Record<string, unknown> | null {
    const found = find(id);
    if (!found) return null;
    const { committee, entry } = found;
    const items = structuredClone((customItems.get(id) ?? agenda.Dagsordenpunkter) as Item[]);
    // Minutes carry their decisions: those published here, or "Godkendt." for minutes already in the list.
    const decision = minutes.get(id) ?? (entry.Afsluttet === true ? 'Godkendt.' : undefined);
    for (const item of items) {
      item.AgendaUid = id;
      if (decision !== undefined && item.IsOpen && item.Felter[0]) item.Felter[0].Html = withDecision(item.Felter[0].Html, committee.Navn, entry.Dato, decision);
    }
    return {
      Dagsordenpunkter: items,
      Udvalg: { ...agenda.Udvalg, Id: committee.Id, Navn: committee.Navn },
      Moede: { ...entry, Id: ZERO, Moededeltagere: agenda.Moede.Moededeltagere },
      TillaegsDagsorden: entry.Navn === 'Tillægsdagsorden',
      Id: id,
      Lydfiler: null,
      LiveIntegrationEnabled: false,
    };
  }

  /** The body of a meeting's answer: the captured file itself for its meeting while it is unchanged. */
  function meetingBody(id: string, mode: FailureMode | undefined): string | null {
    if (id === agenda.Id && !minutes.has(id) && !customItems.has(id) && mode !== 'script') return agendaText;
    const answer = meetingAnswer(id);
    if (!answer) return null;
    if (mode === 'script') {
      for (const item of answer.Dagsordenpunkter as Item[]) {
        item.Navn = `${item.Navn} ${SCRIPT}`;
        // Inside the first section's text where the item has one, else before the container.
        for (const f of item.Felter) if (f.Html) f.Html = f.Html.includes('</h3>') ? f.Html.replace('</h3>', `</h3>${SCRIPT}`) : SCRIPT + f.Html;
      }
    }
    return JSON.stringify(answer);
  }

  function respond(req: IncomingMessage, res: ServerResponse, origin: string): void {
    const url = new URL(req.url ?? '/', origin);
    const hasCookie = (req.headers.cookie ?? '').split(/;\s*/).some((c) => c.startsWith(`${COOKIE}=`));
    log.push({ method: req.method ?? 'GET', path: url.pathname + url.search, at: Date.now(), cookie: hasCookie });
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string | string[]> = {}) => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
      res.end(body);
    };
    const page = (title: string, body = '') => `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body}<footer>Powered by FirstAgenda Publication</footer></body></html>`;
    const setCookie = () => ({ 'set-cookie': `${COOKIE}=anonym-${++cookies}; path=/; HttpOnly` });
    const toAuth = (callback: string) => ({ location: `${AUTH_PATH}?callback=${encodeURIComponent(callback)}` });

    if (url.pathname === AUTH_PATH) {
      const callback = url.searchParams.get('callback') ?? '/';
      const back = sameOrigin(callback, origin) ? callback : '/';
      return send(302, 'text/html; charset=utf-8', page('Omstiller'), { ...setCookie(), location: back });
    }
    const route = routeOf(url.pathname);
    const gated = route === 'catalog' || route === 'meeting';
    if (!hasCookie && server.handshake === 'anonymous-auth' && (gated || route === 'front')) {
      return send(302, 'text/html; charset=utf-8', page('Omstiller'), toAuth(url.href));
    }
    if (!hasCookie && server.handshake === 'front-page' && gated) return send(302, 'text/html; charset=utf-8', page('Omstiller'), { location: '/' });
    const cookieHeader: Record<string, string> = !hasCookie && server.handshake === 'front-page' && route === 'front' ? setCookie() : {};
    const failure = route ? failures.get(route) : undefined;
    if (failure && --failure.times <= 0) failures.delete(route!);
    const mode = failure?.mode;

    const answer = (status: number, type: string, body: string | Buffer, headers: Record<string, string | string[]> = {}) => {
      const delay = failure?.delayMs ?? 3000;
      if (mode === 'slow') setTimeout(() => !res.destroyed && send(status, type, body, headers), delay);
      else if (mode === 'stall') {
        res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
        const bytes = Buffer.from(body);
        res.write(bytes.subarray(0, 10));
        setTimeout(() => !res.destroyed && res.end(bytes.subarray(10)), delay);
      } else send(status, type, body, headers);
    };
    switch (mode) {
      case 'html': return answer(200, 'text/html; charset=utf-8', page('Dagsordener og referater', '<h1>Velkommen</h1>'));
      case 'redirect-loop': return send(302, 'text/html', '', { location: url.pathname + url.search });
      case 'not-found': return send(404, 'text/html; charset=utf-8', page('Siden blev ikke fundet'));
      case 'gone': return send(410, 'text/html; charset=utf-8', page('Siden er fjernet'));
      case 'server-error': return send(500, 'text/html; charset=utf-8', page('Der opstod en fejl'));
      case 'busy': return send(429, 'text/plain', 'Too many requests', { 'retry-after': '7200' });
      case 'unauthorized': return send(401, 'text/plain', 'Unauthorized');
      case 'moved': return send(301, 'text/html', '', { location: `https://dagsordener.example.invalid${url.pathname}${url.search}` });
      case 'invalid-json': return answer(200, 'application/json; charset=utf-8', '{"Udvalg":{"Udvalg 2026-2029":[{"Id":"ac4bbfca-65b5-4a1a-9ff3-');
      case 'reset': return void req.socket.destroy();
      case 'huge': return void sendHuge(res);
    }
    const json = (body: string | null) => (body === null ? send(404, 'application/json', '{"Message":"Not found"}') : answer(200, 'application/json; charset=utf-8', body.split(HVIDOVRE).join(origin)));
    const id = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
    switch (route) {
      case 'catalog': return json(JSON.stringify(mode === 'missing-fields' || mode === 'duplicate-ids' || mode === 'script' ? catalogVariant(catalog, mode) : catalog));
      case 'meeting': return json(meetingBody(id, mode));
      case 'front': return answer(200, 'text/html; charset=utf-8', page('Dagsordener og referater', '<h1>Dagsordener og referater</h1>'), cookieHeader);
      case 'pdf': return answer(200, 'application/pdf', PDF);
      case 'page': {
        const meeting = meetingAnswer(url.searchParams.get('id') ?? '');
        if (!meeting) return send(404, 'text/html; charset=utf-8', page('Mødet findes ikke'));
        return answer(200, 'text/html; charset=utf-8', meetingPage(meeting).split(HVIDOVRE).join(origin));
      }
      default: return send(404, 'text/html; charset=utf-8', page('Siden blev ikke fundet'));
    }
  }

  const http = createServer((req, res) => {
    try {
      respond(req, res, server.origin);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;

  const server: FirstAgendaTestServer = {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    log,
    handshake: options.handshake ?? 'none',
    catalog,
    fail(route, mode, opts = {}) {
      if (mode === null) failures.delete(route);
      else failures.set(route, { mode, times: opts.times ?? Number.POSITIVE_INFINITY, delayMs: opts.delayMs ?? 3000 });
    },
    addMeeting(m) {
      const committee = Object.values(catalog.Udvalg).flat().find((c) => c.Id === m.committeeId);
      if (!committee) throw new Error(`no committee ${m.committeeId}`);
      const id = m.id ?? newId();
      committee.Moeder.unshift({
        Id: id, MeetingBeginUtc: m.start, MeetingEndUtc: null, ReleasedDate: m.released,
        Dato: m.start, Sted: m.place ?? 'Hvidovre ', Afsluttet: false, Moededeltagere: null, Navn: 'Dagsorden', Description: null,
        ElasticSearchResults: null, SourceId: null, IsSupplementaryAgenda: false,
      });
      if (m.items) customItems.set(id, m.items);
      return id;
    },
    publishMinutes(id, opts) {
      const found = find(id);
      if (!found) throw new Error(`no meeting ${id}`);
      const decision = opts.decision ?? 'Godkendt.';
      const changes = { ReleasedDate: opts.released, Afsluttet: true, Navn: 'Referat' };
      if (!opts.newEntry) {
        Object.assign(found.entry, changes);
        minutes.set(id, decision);
        return id;
      }
      const minutesId = newId();
      found.committee.Moeder.unshift({ ...found.entry, ...changes, Id: minutesId });
      minutes.set(minutesId, decision);
      if (customItems.has(id)) customItems.set(minutesId, customItems.get(id)!);
      return minutesId;
    },
    addSupplementary(id, opts) {
      const found = find(id);
      if (!found) throw new Error(`no meeting ${id}`);
      const supplementaryId = newId();
      found.committee.Moeder.unshift({ ...found.entry, Id: supplementaryId, ReleasedDate: opts.released, Afsluttet: false, Navn: 'Tillægsdagsorden' });
      customItems.set(supplementaryId, opts.items ?? agenda.Dagsordenpunkter.slice(19, 21));
      return supplementaryId;
    },
    meetingAnswer,
    close: () => new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    }),
  };
  return server;
}

/**
 * The committee list with faults: `missing-fields` drops Dato and MeetingBeginUtc from every
 * 100th meeting, Id from every 100th (offset 50) and Afsluttet from every 100th (offset 25);
 * `duplicate-ids` lists the first meeting of every committee again at the end of the next
 * committee; `script` puts markup in every place and committee name.
 */
export function catalogVariant(catalog: Catalog, mode: 'missing-fields' | 'duplicate-ids' | 'script'): Catalog {
  const copy = structuredClone(catalog);
  const committees = Object.values(copy.Udvalg).flat();
  let n = 0;
  committees.forEach((committee, i) => {
    if (mode === 'script') committee.Navn = `${committee.Navn}${SCRIPT}`;
    const previous = committees[i - 1]?.Moeder[0];
    if (mode === 'duplicate-ids' && previous) committee.Moeder.push(structuredClone(previous));
    for (const m of committee.Moeder) {
      const k = n++;
      if (mode === 'script') m.Sted = `${String(m.Sted)}${SCRIPT}`;
      if (mode !== 'missing-fields') continue;
      const loose: Loose = m;
      if (k % 100 === 0) {
        delete loose.Dato;
        delete loose.MeetingBeginUtc;
      }
      if (k % 100 === 50) delete loose.Id;
      if (k % 100 === 25) delete loose.Afsluttet;
    }
  });
  return copy;
}

function routeOf(path: string): Route | null {
  if (path === '/') return 'front';
  if (path === '/api/agenda/udvalgsliste') return 'catalog';
  if (/^\/api\/agenda\/dagsorden\/[^/]+$/.test(path)) return 'meeting';
  if (/^\/vis\/?$/i.test(path)) return 'page';
  if (/^\/vis\/pdf\/bilag\/[^/]+\/?$/i.test(path)) return 'pdf';
  return null;
}

/** "Beslutning i Økonomiudvalget den 18-05-2026" and the decision, as the last section of the item's text. */
function withDecision(html: string, committee: string, dato: string, decision: string): string {
  const [y, m, d] = dato.slice(0, 10).split('-');
  const section = `<h3>Beslutning i ${escape(committee)} den ${d}-${m}-${y}</h3>\r\n<span class='beslutning'><div><p><span>${escape(decision)}</span></p></div></span>\r\n`;
  const end = html.lastIndexOf('</div></div>');
  return end < 0 ? html + section : html.slice(0, end) + section + html.slice(end);
}

const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** The meeting page as FirstAgenda's script leaves it: head table and item rows; titles as text, the case HTML as the site shows it. */
function meetingPage(meeting: Record<string, unknown>): string {
  const moede = meeting.Moede as Entry;
  const udvalg = meeting.Udvalg as { Navn: string };
  const [y, m, d] = moede.Dato.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const when = `${weekday} den ${d}. ${MONTHS[m - 1]} ${y} kl. ${moede.Dato.slice(11, 13)}.${moede.Dato.slice(14, 16)}`;
  const kind = moede.Afsluttet ? 'Referat' : 'Dagsorden';
  const rows = (meeting.Dagsordenpunkter as (Item & { Punktnummer: string; SagsNummer: string; Id: string; Bilag: { Id: string; Navn: string }[] })[]).map((item) =>
    `<tr class="punktrow" id="punktrow_${escape(item.Id)}"><td><span class="label label-default">${escape(item.Punktnummer)}</span></td>` +
    `<td><h2 class="overskrift">${escape(item.Navn)}</h2><div class="details"><span class="sagsnummer">${escape(item.SagsNummer ?? '')}</span>` +
    `<div class="punkt">${item.Felter.map((f) => f.Html).join('')}</div>` +
    `<ul>${(item.Bilag ?? []).map((b) => `<li><a class="bilag-link" href="/vis/pdf/bilag/${escape(b.Id)}/?redirectDirectlyToPdf=false">${escape(b.Navn)}</a></li>`).join('')}</ul></div></td></tr>`,
  ).join('');
  return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>${escape(udvalg.Navn)}</title></head><body>` +
    `<div class="title"><h1 class="green dato">${kind} ${d}. ${MONTHS[m - 1]} ${y} kl. ${moede.Dato.slice(11, 13)}.${moede.Dato.slice(14, 16)}</h1></div>` +
    `<table class="dagsordeninfo"><tbody><tr><td>Udvalg:</td><td><span class="udvalg">${escape(udvalg.Navn)}</span></td></tr>` +
    `<tr><td>Mødedato:</td><td><span class="dato">${when}</span></td></tr>` +
    `<tr class="sted-container"><td>Mødested:</td><td><span class="sted">${escape(String(moede.Sted ?? '').trim())}</span></td></tr></tbody></table>` +
    `<table id="dagsordenDetaljer" class="table dagsorden"><tbody>${rows}</tbody></table>` +
    `<footer>Powered by FirstAgenda Publication</footer></body></html>`;
}

/** 21 MB of valid JSON in 1 MB chunks, without a Content-Length, so only reading finds its size. */
function sendHuge(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  const chunk = 'x'.repeat(1_000_000);
  let sent = 0;
  res.write('{"Udvalg":{},"Fyld":"');
  const more = () => {
    while (sent < 21) {
      sent++;
      if (!res.write(chunk)) return void res.once('drain', more);
    }
    res.end('"}');
  };
  res.on('close', () => (sent = 21));
  more();
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url, origin).origin === origin;
  } catch {
    return false;
  }
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A one-page PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
