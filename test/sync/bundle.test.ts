/** Checking a bundle: every kind of fault gets a Danish message that says where it is. */
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, MAX_BUNDLE_BYTES, readBundle, sizeProblem, type Bundle } from '../../lib/sync/bundle';
import type { Meeting } from '../../lib/parse/types';
import { meetingOf, SEEDS } from '../helpers/fixtures';

const herning = meetingOf(SEEDS.herning2023);
const vejen = meetingOf(SEEDS.vejen);
const ref = (m: Meeting) => ({ municipality: m.municipality, committee: m.committee, date: m.date, startTime: m.startTime });

function bundle(): Bundle {
  return {
    format: BUNDLE_FORMAT,
    version: 1,
    exportedAt: '2025-01-31T12:00:00.000Z',
    meetings: [structuredClone(herning), structuredClone(vejen)],
    topics: [{ query: 'Blå Kors', label: 'Blå Kors', createdAt: 500, lastSeenAt: 900, notify: true }],
    reads: [{ meeting: ref(herning), number: 48, readAt: 1000 }],
    notes: [{ meeting: ref(vejen), number: 4, text: 'Følg op', updatedAt: 2000 }],
  };
}

/** A bundle with one change made to its JSON form. */
function broken(change: (b: Record<string, any>) => void): string {
  const b = JSON.parse(JSON.stringify(bundle()));
  change(b);
  return JSON.stringify(b);
}

function problems(text: string): string[] {
  const result = readBundle(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('readBundle', () => {
  it('accepts a good bundle and gives back exactly its meetings and marks', () => {
    const result = readBundle(JSON.stringify(bundle()));
    expect(result).toEqual({ ok: true, bundle: bundle() });
  });

  it('accepts a bundle without topics, reads and notes, and a byte order mark', () => {
    const text = '\uFEFF' + broken((b) => { delete b.topics; delete b.reads; delete b.notes; });
    const result = readBundle(text);
    expect(result.ok && [result.bundle.topics, result.bundle.reads, result.bundle.notes]).toEqual([[], [], []]);
  });

  it('drops fields it does not know, at every level', () => {
    const result = readBundle(broken((b) => { b.extra = 1; b.meetings[0].secret = 'x'; b.meetings[0].items[0].html = '<b>'; }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect('extra' in result.bundle).toBe(false);
    expect('secret' in result.bundle.meetings[0]!).toBe(false);
    expect('html' in result.bundle.meetings[0]!.items[0]!).toBe(false);
  });

  it.each<[string, string, string[]]>([
    ['non-JSON junk', 'this is not json {', ['Filen er ikke en pakke fra Referat: den er ikke gyldig JSON.']],
    ['an empty file', '', ['Filen er tom.']],
    ['a PDF', '%PDF-1.7\n…', ['Filen er en PDF, ikke en pakke. Brug «Åbn et referat» til PDF-filer.']],
    ['a JSON list', '[1,2]', ['Filen er ikke en pakke fra Referat: den skal være et JSON-objekt, ikke en liste.']],
    ['a meeting instead of a bundle', JSON.stringify(herning), ['format mangler: filen er ikke en pakke fra Referat.']],
    ['a wrong format', broken((b) => { b.format = 'zotero'; }), ['format skal være "minutes-bundle", ikke teksten "zotero": filen er ikke en pakke fra Referat.']],
    ['a newer version', broken((b) => { b.version = 2; }), ['Pakken har version 2, men denne udgave af Referat læser kun version 1, så opdater appen, og prøv igen.']],
    ['a version as text', broken((b) => { b.version = '1'; }), ['version skal være 1, ikke teksten "1".']],
    ['no version', broken((b) => { delete b.version; }), ['version mangler.']],
    ['no meetings', broken((b) => { delete b.meetings; }), ['meetings mangler']],
    ['meetings not a list', broken((b) => { b.meetings = {}; }), ['meetings skal være en liste, ikke et objekt']],
    ['a bad exportedAt', broken((b) => { b.exportedAt = 'i går'; }), ['exportedAt skal være et tidspunkt som "2025-01-31T12:00:00.000Z", ikke teksten "i går"']],
    ['an item number as text', broken((b) => { b.meetings[1].items[2].number = '3'; }), [
      'meetings[1].items[2].number skal være et tal, ikke teksten "3"',
      // The read and note lists are checked against the meetings that passed.
    ]],
    ['a missing committee', broken((b) => { delete b.meetings[0].committee; }), ['meetings[0].committee mangler']],
    ['an empty committee', broken((b) => { b.meetings[0].committee = ' '; }), ['meetings[0].committee må ikke være tom']],
    ['a wrong kind', broken((b) => { b.meetings[0].kind = 'protokol'; }), ['meetings[0].kind skal være "referat" eller "dagsorden", ikke teksten "protokol"']],
    ['a Danish date', broken((b) => { b.meetings[0].date = '22-08-2023'; }), ['meetings[0].date skal være en dato som "2023-08-22", ikke teksten "22-08-2023"']],
    ['a day not on the calendar', broken((b) => { b.meetings[0].items[3].decisions[0].date = '2023-02-29'; }), ['meetings[0].items[3].decisions[0].date skal være en dato som "2023-08-22" eller null, ikke teksten "2023-02-29"']],
    ['a bad start time', broken((b) => { b.meetings[0].startTime = 8; }), ['meetings[0].startTime skal være et klokkeslæt som "08:00" eller null, ikke tallet 8']],
    ['a municipality as a number', broken((b) => { b.meetings[0].municipality = 7; }), ['meetings[0].municipality skal være en tekst eller null, ikke tallet 7']],
    ['a decision without text', broken((b) => { delete b.meetings[0].items[3].decisions[0].text; }), ['meetings[0].items[3].decisions[0].text mangler']],
    ['closed as text', broken((b) => { b.meetings[0].items[0].closed = 'nej'; }), ['meetings[0].items[0].closed skal være true eller false, ikke teksten "nej"']],
    ['an attachment url as a number', broken((b) => { b.meetings[0].items[0].attachments = [{ title: 'Bilag', url: 5 }]; }), ['meetings[0].items[0].attachments[0].url skal være en tekst, ikke tallet 5']],
    ['a fractional item number', broken((b) => { b.meetings[0].items[0].number = 1.5; }), ['meetings[0].items[0].number skal være et helt tal, ikke tallet 1.5']],
    ['participants not a list', broken((b) => { b.meetings[0].participants = 'Alle'; }), ['meetings[0].participants skal være en liste, ikke teksten "Alle"']],
    ['the same meeting twice', broken((b) => { b.meetings.push(b.meetings[0]); }), ['meetings[2] er det samme møde som meetings[0] (Herning Kommune, Beskæftigelsesudvalget, 2023-08-22 kl. 08:00)']],
    ['the same meeting twice, once without a start time', broken((b) => { b.meetings.push({ ...b.meetings[0], startTime: null, committee: 'BESKÆFTIGELSESUDVALGET' }); }), [
      'meetings[2] er det samme møde som meetings[0] (Herning Kommune, BESKÆFTIGELSESUDVALGET, 2023-08-22)',
    ]],
    ['an item number twice', broken((b) => { b.meetings[1].items[5].number = b.meetings[1].items[4].number; }), [
      `meetings[1].items[5].number: punkt ${vejen.items[4]!.number} findes allerede i meetings[1].items[4]`,
    ]],
    ['a read mark on a meeting not in the bundle', broken((b) => { b.reads[0].meeting.date = '2023-08-23'; }), [
      'reads[0].meeting findes ikke blandt pakkens møder (Herning Kommune, Beskæftigelsesudvalget, 2023-08-23 kl. 08:00)',
    ]],
    ['a note on an item the meeting lacks', broken((b) => { b.notes[0].number = 99; }), ['notes[0].number: mødet meetings[1] har intet punkt 99']],
    ['a note without text', broken((b) => { delete b.notes[0].text; }), ['notes[0].text mangler']],
    ['a negative read time', broken((b) => { b.reads[0].readAt = -5; }), ['reads[0].readAt skal være et tidspunkt (millisekunder siden 1970), ikke tallet -5']],
    ['a topic that is not an object', broken((b) => { b.topics = ['Blå Kors']; }), ['topics[0] skal være et objekt, ikke teksten "Blå Kors"']],
    ['a topic without a query', broken((b) => { delete b.topics[0].query; }), ['topics[0].query mangler']],
    ['a topic with notify as text', broken((b) => { b.topics[0].notify = 'ja'; }), ['topics[0].notify skal være true eller false, ikke teksten "ja"']],
    ['the same topic twice', broken((b) => { b.topics.push({ ...b.topics[0], query: ' Blå  Kors ' }); }), ['topics[1] er det samme emne som topics[0] ("Blå Kors")']],
  ])('refuses %s', (_, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('lists every problem, up to fifty, then counts the rest', () => {
    const text = broken((b) => { for (const item of b.meetings[0].items) { item.number = 'x'; item.title = null; item.closed = 0; item.recovered = 'no'; } });
    const list = problems(text);
    expect(list).toHaveLength(51);
    expect(list[0]).toBe('meetings[0].items[0].number skal være et tal, ikke teksten "x"');
    expect(list[50]).toBe(`… og ${herning.items.length * 4 - 50} fejl mere.`);
  });

  it('refuses a file too large before reading it', () => {
    expect(sizeProblem(MAX_BUNDLE_BYTES + 1)).toBe('Filen er for stor (100 MB). En pakke må højst fylde 100 MB.');
    expect(sizeProblem(250_000_000)).toBe('Filen er for stor (250 MB). En pakke må højst fylde 100 MB.');
    expect(sizeProblem(1_000)).toBeNull();
  });
});
