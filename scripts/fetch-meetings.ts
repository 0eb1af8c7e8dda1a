/**
 * npm run --silent fetch-meetings -- --host HOST [--committee NAME] [--since YYYY-MM-DD] --out DIR
 * Fetches the published meetings of a FirstAgenda host with the extension's own client
 * (one request at a time, a second apart, backoff) and reader, and writes one Meeting
 * JSON per meeting to DIR: "<date>_<committee>_<meeting id>.json". A progress line per
 * meeting goes to stderr. Exit 0 when every meeting was written; 1 with a sentence when
 * the host cannot be read, a meeting could not be, or the arguments are wrong.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail } from './cli';
import { parseHtmlAsBrowser } from '../lib/parse/linkedom';
import { addItems } from '../lib/parse/meeting';
import type { Meeting } from '../lib/parse/types';
import { originOf } from '../lib/sites/firstagenda/addresses';
import { meetingFromApi } from '../lib/sites/firstagenda/api';
import { municipalityOfHost } from '../lib/sites/firstagenda/hosts';
import { cookieJarFetch } from '../lib/watch/cookie-jar-fetch';
import { fetchHostMeetings, type HostMeeting } from '../lib/watch/fetch-host';
import { createPoliteClient } from '../lib/watch/polite-fetch';

const USAGE = 'Brug: npm run --silent fetch-meetings -- --host VÆRT [--committee UDVALG] [--since ÅÅÅÅ-MM-DD] --out MAPPE';

interface Args {
  origin: string;
  committee?: string;
  since?: string;
  out: string;
}

function readArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!['--host', '--committee', '--since', '--out'].includes(name!)) fail(1, `Ukendt tilvalg "${arg}". ${USAGE}`);
    const value = inline ?? argv[++i];
    if (!value) fail(1, `${name} mangler en værdi. ${USAGE}`);
    values.set(name!, value);
  }
  const host = values.get('--host');
  const out = values.get('--out');
  if (!host || !out) fail(1, `Angiv --host og --out. ${USAGE}`);
  const origin = originOf(host);
  if (!origin) fail(1, `"${host}" er ikke en værtsnavn eller en adresse som http://127.0.0.1:8080. ${USAGE}`);
  const since = values.get('--since');
  if (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since)) fail(1, `--since skal være en dato som 2026-01-31. ${USAGE}`);
  return { origin, committee: values.get('--committee'), since, out };
}

/** "Social- og Arbejdsmarkedsudvalget" → "social-og-arbejdsmarkedsudvalget". */
function slug(name: string): string {
  const ascii = name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'udvalg';
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const host = new URL(args.origin).host;
  await mkdir(args.out, { recursive: true }).catch(() => fail(1, `Mappen "${args.out}" kan ikke oprettes.`));
  const client = createPoliteClient({ fetch: cookieJarFetch(), isOnline: () => true });
  // One file per meeting: a supplementary agenda is written into its agenda's file.
  const written = new Map<string, { file: string; meeting: Meeting }>();
  const writes: Promise<void>[] = [];
  const save = ({ entry, committee, meeting }: HostMeeting): void => {
    const key = `${committee.id}|${entry.date}|${entry.startTime ?? ''}`;
    const earlier = written.get(key);
    const whole = earlier && meeting.partial ? addItems(earlier.meeting, meeting) : meeting;
    const file = earlier?.file ?? join(args.out, `${entry.date}_${slug(committee.name)}_${entry.id}.json`);
    written.set(key, { file, meeting: whole });
    writes.push(writeFile(file, JSON.stringify(whole, null, 2) + '\n'));
  };
  let skipped = 0;
  const result = await fetchHostMeetings(
    {
      client, origin: args.origin, municipality: municipalityOfHost(host), committee: args.committee, since: args.since,
      readMeeting: (json, context) => meetingFromApi(json, { ...context, parseHtml: parseHtmlAsBrowser }), now: Date.now,
    },
    (event) => {
      if (event.kind === 'planned') process.stderr.write(`${host}: ${event.total} møder at hente\n`);
      else if (event.kind === 'meeting') {
        save(event.result);
        process.stderr.write(`[${event.done}/${event.total}] ${event.result.entry.date} ${event.result.committee.name} (${event.result.entry.name})\n`);
      } else {
        skipped++;
        process.stderr.write(`[${event.done}/${event.total}] ${event.entry.date} ${event.committee.name}: sprunget over. ${event.reason}\n`);
      }
    },
  );
  await Promise.all(writes).catch(() => fail(1, `Møderne kunne ikke skrives i "${args.out}".`));
  if (!result.ok) fail(1, result.unreadable ? `${host} kunne ikke læses: ${result.reason}` : result.reason);
  if (skipped > 0) fail(1, `${skipped} af ${result.fetched + skipped} møder kunne ikke hentes; de øvrige ${written.size} er skrevet i ${args.out}.`);
  process.stderr.write(`${written.size} møder skrevet i ${args.out}.\n`);
}

main().catch(() => fail(1, 'Møderne kunne ikke hentes på grund af en intern fejl.'));
