/**
 * Hostile pages through the page adapters (linkedom): script, style, template,
 * noscript, SVG, iframe and hidden content never become minutes text; payloads
 * written as text stay that exact text; only http(s) attachments keep an address;
 * a page that fakes FirstAgenda's item table without content is refused.
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lib/sites/parse-file';
import { nodeEnvironment } from '../../lib/parse/node';
import type { Meeting } from '../../lib/parse/types';
import { textOf } from '../../lib/parse/dom/elements';
import { fixtureBytes } from '../helpers/fixtures';

const GUID = '4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';
const FA_URL = `http://127.0.0.1:8080/vis?id=${GUID}`;
const PAGE_URL = 'http://127.0.0.1:8080/politik/hostile';

async function parsePage(path: string, url: string) {
  return parseFile({ bytes: fixtureBytes(path), name: path, url }, nodeEnvironment);
}

async function meetingOf(path: string, url: string): Promise<Meeting> {
  const result = await parsePage(path, url);
  if (!result.ok) throw new Error(`${path} was refused: ${result.reason}`);
  return result.meeting;
}

/** Every string in the meeting, for checks that must hold everywhere. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const empty = { history: [], references: [] };

describe('a hostile page in another municipality\'s style', async () => {
  const m = await meetingOf('pages/hostile-referat.html', PAGE_URL);

  it('reads the head, without the code inside it', () => {
    expect({ ...m, items: undefined }).toEqual({
      kind: 'referat', municipality: null, committee: 'Teknik- og Miljøudvalget', date: '2024-10-07', startTime: '16:00',
      location: 'Hvidovre Rådhus, mødelokale 2', participants: ['Anne Holm', 'Bo Jensen', 'Carla Friis'], absent: ['Carla Friis'],
      sourceUrl: PAGE_URL, items: undefined, warnings: [],
    });
  });

  it('finds the item whose heading holds a script, and keeps payloads written as text verbatim', () => {
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsorden', '24/1001'],
      [2, 'Skilte med <img src=x onerror=alert(1)> på Strandvejen', '24/2002'],
      [3, 'Eventuelt', '24/1001'],
    ]);
    expect(m.items[0]!.decisions).toEqual([
      { body: 'Teknik- og Miljøudvalget', date: '2024-10-07', text: 'Godkendt. Teksten <script>top.__pwned=1;alert(1)</script> er kun tekst.' },
    ]);
    expect(m.items[1]!).toMatchObject({
      ...empty,
      sections: [
        { heading: 'Sagsfremstilling', text: 'Borgerne har klaget over skiltene.\n\nSkriv <svg onload=alert(1)> og </mark><b>fed</b> som tekst.' },
        { heading: 'Indstilling', text: 'Forvaltningen indstiller, at skiltene tages ned.' },
      ],
      decisions: [{ body: 'Teknik- og Miljøudvalget', date: '2024-10-07', text: 'Godkendt med tilføjelsen "><a href=javascript:alert(1)>klik</a>.' }],
    });
  });

  it('links attachments to http(s) only, however the other schemes are disguised', () => {
    expect(m.items[1]!.attachments).toEqual([
      { title: 'Skiltning på Strandvejen', url: 'http://127.0.0.1:8080/media/bilag/skiltning.pdf' },
      { title: 'Kort over <Strandvejen>', url: 'https://example.org/bilag/kort.pdf' },
      { title: 'Bilag med javascript' },
      { title: 'Bilag med skjult javascript' },
      { title: 'Bilag med kodet javascript' },
      { title: 'Bilag med data' },
      { title: 'Bilag med vbscript' },
    ]);
  });

  it('takes nothing from scripts, styles, templates, noscript, SVG, iframes, comments or hidden elements', () => {
    const all = strings(m).join('\n');
    expect(all).not.toContain('__hit');
    expect(all).not.toContain('hører ikke til referatet');
    expect(all).not.toContain('Gem referat');
  });
});

describe('a hostile FirstAgenda page', async () => {
  const m = await meetingOf('pages/hostile-firstagenda.html', FA_URL);

  it('reads the head and participants as visible text', () => {
    expect({ ...m, items: undefined }).toEqual({
      kind: 'referat', municipality: null, committee: 'Teknisk Udvalg <img src=x onerror=alert(1)>', date: '2025-10-09', startTime: '15:00',
      location: 'Rådhuset, lokale 1', participants: ['Dorthe Lund', 'Erik Møller', 'Frida Nielsen'], absent: ['Frida Nielsen'],
      sourceUrl: FA_URL, items: undefined, warnings: [],
    });
  });

  it('reads titles without the script inside them, and text payloads verbatim', () => {
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber, i.closed])).toEqual([
      [1, 'Godkendelse af dagsorden', 'EMN-2025-000101', false],
      [2, 'Cykelsti <script>top.__pwned=1;alert(1)</script> ved skolen', 'EMN-2025-000202', false],
      [3, 'Køb af <b>grund</b>', 'EMN-2025-000303', true],
    ]);
    expect(m.items[1]!.sections).toEqual([
      { heading: 'Resume', text: 'Forvaltningen foreslår en cykelsti.\n\nSkriv <img src=x onerror=alert(1)> som tekst.' },
    ]);
    expect(m.items[1]!.decisions).toEqual([{ body: null, date: null, text: 'Godkendt. <iframe src=javascript:alert(1)></iframe> er kun tekst.' }]);
  });

  it('keeps http(s) attachment links, drops the address of every other scheme, and skips a link with only a script', () => {
    expect(m.items[1]!.attachments).toEqual([
      { title: 'Bilag 1: Kort over cykelstien', url: 'http://127.0.0.1:8080/vis/pdf/bilag/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa/?redirectDirectlyToPdf=false' },
      { title: 'Bilag 2: Trafiktal <2025>', url: 'https://example.org/bilag/trafiktal.pdf' },
      { title: 'Bilag 3: javascript' },
      { title: 'Bilag 4: skjult javascript' },
      { title: 'Bilag 5: kodet javascript' },
      { title: 'Bilag 6: data' },
      { title: 'Bilag 7: vbscript' },
    ]);
  });

  it('takes nothing from code, templates, hidden parts or the fake button', () => {
    const all = strings(m).join('\n');
    expect(all).not.toContain('__hit');
    expect(all).not.toContain('hører ikke til referatet');
    expect(all).not.toContain('Falsk udvalg');
    expect(all).not.toContain('Gem referat');
  });
});

describe('a page faking FirstAgenda markers', () => {
  const refusal = 'Siden har ingen dagsordenspunkter, så den ligner ikke et referat eller en dagsorden.';

  it('is refused: no row has both a whole number and a title', async () => {
    expect(await parsePage('pages/fake-firstagenda.html', FA_URL)).toEqual({ ok: false, reason: refusal });
  });

  it('keeps the real rows of a table that also holds junk rows, and says what it skipped', async () => {
    const html = new TextDecoder().decode(fixtureBytes('pages/fake-firstagenda.html')).replace(
      '<tbody>',
      '<tbody><tr class="punktrow" id="punktrow_ok"><td><span class="label">5</span></td><td><h2 class="overskrift">Budget</h2></td></tr>',
    );
    const result = await parseFile({ bytes: new TextEncoder().encode(html), name: 'x.html', url: FA_URL }, nodeEnvironment);
    if (!result.ok) throw new Error(result.reason);
    expect(result.meeting.items.map((i) => [i.number, i.title])).toEqual([[5, 'Budget']]);
    expect(result.meeting.warnings).toEqual([
      'Et punkt uden nummer ("") er sprunget over.',
      'Et punkt uden nummer ("") er sprunget over.',
      'Et punkt uden nummer ("Punkt uden nummer") er sprunget over.',
      'Et punkt uden nummer ("�� ÿþ ýü") er sprunget over.',
      'Punkt 7 har ingen titel og er sprunget over.',
      'Punkt 8 har ingen titel og er sprunget over.',
    ]);
  });
});

describe('textOf', () => {
  it('is the visible text of an element, never the code in it', () => {
    const doc = nodeEnvironment.parseHtml(
      '<h2 id="h">1. Budget<script>alert(1)</script><style>h2{}</style><template>t</template><span hidden>skjult</span> &lt;b&gt;2026&lt;/b&gt;</h2>',
    );
    expect(textOf(doc.getElementById('h'))).toBe('1. Budget <b>2026</b>');
    expect(textOf(null)).toBe('');
  });
});
