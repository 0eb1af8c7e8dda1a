/** A page in another municipality's CMS house style, written from seed 002. */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lib/sites/parse-file';
import { nodeEnvironment } from '../../lib/parse/node';
import { fixtureBytes } from '../helpers/fixtures';

const PAGE = 'pages/kommune-cms-referat.html';
const URL = 'https://www.hvidovre.dk/politik/referater/social-og-arbejdsmarkedsudvalget-5-september-2022';
const SAU = 'Social- og Arbejdsmarkedsudvalget';

describe('generic page adapter', async () => {
  const result = await parseFile({ bytes: fixtureBytes(PAGE), name: PAGE, url: URL }, nodeEnvironment);
  if (!result.ok) throw new Error(result.reason);
  const m = result.meeting;

  it('reads the head from a definition list', () => {
    expect({ ...m, items: undefined }).toEqual({
      kind: 'referat', municipality: 'Hvidovre Kommune', committee: SAU, date: '2022-09-05', startTime: '12:00',
      location: 'Hvidovre Rådhus, mødelokale 1',
      participants: ['Silas Fisker', 'Marie-Louise Jørgensen', 'Karin Kofod', 'Idris Yorulmaz', 'Maria Durhuus'],
      absent: ['Maria Durhuus'], sourceUrl: URL, items: undefined, warnings: [],
    });
  });

  it('takes numbered headings as items, with "Sagsnr.:" case numbers', () => {
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsorden', '21/33982'],
      [2, 'Meddelelser', '21/33982'],
      [8, 'Orientering - Status på målgrupper og medarbejdere i Jobcentret', '22/1093'],
      [12, 'Eventuelt', '21/33982'],
    ]);
  });

  it('reads decisions with long-form dates, oldest first, without the absence lines', () => {
    expect(m.items[2]!.decisions).toEqual([
      { body: SAU, date: '2022-06-07', text: 'Udsat.' },
      { body: SAU, date: '2022-09-05', text: 'Taget til efterretning.' },
    ]);
    expect(m.items.map((i) => i.absent)).toEqual(m.items.map(() => ['Maria Durhuus']));
  });

  it('links attachments to http(s) addresses only', () => {
    expect(m.items[2]!.attachments).toEqual([
      { title: 'Benchmarking af jobcentre 2022', url: 'https://www.hvidovre.dk/media/bilag/benchmark-2022.pdf' },
      { title: 'Sagsfordeling pr. medarbejder' },
    ]);
  });
});

describe('generic page adapter on a page whose script nested links and headings', () => {
  it('reads each outermost link and heading once, as the parsed page has them', async () => {
    const { parseHTML } = await import('linkedom');
    const html = new TextDecoder().decode(fixtureBytes(PAGE));
    const doc = parseHTML(html).document as unknown as Document;
    // 2,000 links and headings put inside the attachment link and the first heading, as a script could.
    const wrapDeep = (el: Element, tag: string, attrs: Record<string, string>) => {
      let inner = el;
      for (let i = 0; i < 2_000; i++) {
        const child = doc.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) child.setAttribute(k, v);
        inner.appendChild(child);
        inner = child;
      }
    };
    const link = Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === 'Benchmarking af jobcentre 2022')!;
    wrapDeep(link, 'a', { href: 'https://ondt.example/' });
    wrapDeep(doc.querySelector('h2')!, 'h2', {});
    const { parseDocument } = await import('../../lib/sites/parsers');
    const nested = parseDocument(doc, URL);
    const plain = await parseFile({ bytes: fixtureBytes(PAGE), name: PAGE, url: URL }, nodeEnvironment);
    if (!nested.ok || !plain.ok) throw new Error('not parsed');
    expect(nested.meeting.items).toEqual(plain.meeting.items);
    // The attachment keeps the address of its own (outermost) link.
    expect(nested.meeting.items[2]!.attachments[0]).toEqual({ title: 'Benchmarking af jobcentre 2022', url: 'https://www.hvidovre.dk/media/bilag/benchmark-2022.pdf' });
  });
});
