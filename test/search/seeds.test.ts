/** Search over the five real minutes, saved through saveMeeting as the extension does. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { deleteMeeting, saveMeeting } from '../../lib/db/meetings';
import { IndexBuilder } from '../../lib/db/search-index/build';
import { slotParts } from '../../lib/db/search-index/compact';
import { LEXICON_TAIL, LEXICON_UP_TO } from '../../lib/db/search-index/stores';
import { lexiconSeen } from '../helpers/lexicon';
import { FIELD_BIT, fieldTexts } from '../../lib/db/search-index/fields';
import type { PostingKey } from '../../lib/db/search-index/stores';
import { matchItem } from '../../lib/search/match';
import { parseQuery } from '../../lib/search/query';
import { BLOCK_SHIFT, termCount, termRefs } from '../../lib/db/search-index/postings';
import { search, type SearchHit } from '../../lib/search/search';
import { meetingId } from '../../lib/db/identity';
import type { Meeting } from '../../lib/parse/types';
import { meetingOf, SEEDS } from '../helpers/fixtures';
import { writeVersion1Library } from '../../bench/v1-library';

let db: LibraryDb;
let n = 0;
const seeds = () => Object.values(SEEDS).map(meetingOf);

async function saveSeeds(): Promise<void> {
  for (const m of seeds()) await saveMeeting(db, m, 'file', 1000);
}

const at = (hits: SearchHit[]) => hits.map((h) => `${h.date} ${h.number}`);

beforeEach(() => {
  db = new LibraryDb(`search-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('search on the five seeds', () => {
  beforeEach(saveSeeds);

  it('ranks 2023-08-22 punkt 48 first for "Blå Kors Varmestue"', async () => {
    const hits = await search(db, 'Blå Kors Varmestue');
    expect(at(hits)[0]).toBe('2023-08-22 48');
    expect(hits[0]).toMatchObject({ committee: 'Beskæftigelsesudvalget', title: 'Samling af Blå Kors Varmestue og det øvrige misbrug/udsatte-område', strong: true, score: 3 });
    expect(hits[0]!.snippet.filter((s) => s.hit).map((s) => s.text)).toContain('Blå Kors Varmestue');
    expect(hits[0]!.snippetText).toContain('«Blå Kors Varmestue»');
  });

  it('"gadeplan" finds punkt 76 (2022-09-20) and punkt 46 (2023-08-22) through their compounds', async () => {
    const hits = await search(db, 'gadeplan');
    expect(at(hits)).toEqual(expect.arrayContaining(['2022-09-20 76', '2023-08-22 46']));
    const p46 = hits.find((h) => h.number === 46)!;
    expect(p46.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase()).join(' ')).toMatch(/gadeplans?medarbejdere/);
  });

  it('"dobbeltdiagnose" finds punkt 45 "Dobbeldiagnosetilbud" despite the missing t', async () => {
    const hits = await search(db, 'dobbeltdiagnose');
    expect(at(hits)).toContain('2023-08-22 45');
    expect(hits.find((h) => h.number === 45)).toMatchObject({ title: 'Dobbeldiagnosetilbud', strong: true });
  });

  it('"varmestue" finds every item whose text says varmestue, varmestuens or varmestuer', async () => {
    const expected = seeds().flatMap((m) =>
      m.items.filter((i) => fieldTexts(i).some((f) => /varmestue(ns|r|n)?\b/i.test(f.text))).map((i) => `${m.date} ${i.number}`),
    );
    expect(expected).toEqual(expect.arrayContaining(['2023-08-22 48', '2023-08-22 46']));
    const hits = await search(db, 'varmestue', { limit: Infinity });
    expect(at(hits)).toEqual(expect.arrayContaining(expected));
    expect(hits[0]).toMatchObject({ date: '2023-08-22', number: 48 });
    const texts = hits.flatMap((h) => h.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase()));
    expect(texts).toEqual(expect.arrayContaining(['varmestuer']));
  });

  it('"aarhus" and "århus" give the same hits', async () => {
    const a = await search(db, 'aarhus', { limit: Infinity });
    const b = await search(db, 'Århus', { limit: Infinity });
    expect(a.length).toBeGreaterThan(0);
    expect(at(a)).toEqual(at(b));
  });

  it('a quoted phrase matches only adjacent words, in order', async () => {
    expect(at(await search(db, '"blå kors"'))[0]).toBe('2023-08-22 48');
    expect(await search(db, '"kors blå"')).toEqual([]);
    expect(at(await search(db, 'kors blå'))[0]).toBe('2023-08-22 48');
  });

  it('ranks title and decision hits above body-only hits, newer above older within each', async () => {
    const hits = await search(db, 'beskæftigelse', { limit: Infinity });
    const firstWeak = hits.findIndex((h) => !h.strong);
    expect(firstWeak).toBeGreaterThan(0);
    expect(hits.slice(firstWeak).every((h) => !h.strong)).toBe(true);
    for (const part of [hits.slice(0, firstWeak), hits.slice(firstWeak)]) {
      const dates = part.map((h) => h.date);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('lists every hit without snippets when asked, in the same order', async () => {
    const full = await search(db, 'udsatte', { limit: Infinity });
    const bare = await search(db, 'udsatte', { limit: Infinity, snippets: false });
    expect(at(bare)).toEqual(at(full));
    expect(bare.every((h) => h.snippet.length === 0)).toBe(true);
    expect(at(await search(db, 'udsatte', { limit: 3 }))).toEqual(at(full).slice(0, 3));
  });

  it('matchItem, in memory, agrees with the index on every hit', async () => {
    const items = new Map(seeds().flatMap((m) => m.items.map((i) => [`${m.date} ${i.number}`, i] as const)));
    // The last ones with a typo each: the index reads the typo terms by prefix ranges (candidates.ts).
    for (const q of ['Blå Kors Varmestue', 'gadeplan', 'dobbeltdiagnose', 'varmestue', 'beskæftigelse', '"socialt udsatte"', 'aarhus', 'rusmidelbehandling', 'beskæftigelsesudvalgt', 'handicaprådte', 'sameksistenz', 'udsate']) {
      const query = parseQuery(q);
      const hits = await search(db, q, { limit: Infinity });
      for (const h of hits) {
        const bits = h.fields.reduce((n, f) => n | FIELD_BIT[f], 0);
        expect(matchItem(query, items.get(`${h.date} ${h.number}`)!), `${q}: ${h.date} ${h.number}`).toEqual({ fields: bits, strong: h.strong, score: h.score });
      }
      // And no item the index left out matches.
      const found = new Set(at(hits));
      for (const [k, item] of items) if (!found.has(k)) expect(matchItem(query, item), `${q}: ${k}`).toBeNull();
    }
  });

  it('a misspelt compound head finds every compound it begins, as matchItem does, whatever bucket rows they share', async () => {
    const heads = ['rusmiddelbehandling', 'rusmiddelbehandlingstilbud', 'rusmidlerne', 'rusmiddel', 'rusmiddelbehandlings', 'rusmidelbehandlingen', 'rumfart'];
    const tails = ['', 'sted', 'plads', 'indsats', 'område', 'tilbud', 'gruppe', 'udvalg'];
    const words = heads.flatMap((h) => tails.map((t) => h + t));
    const base = meetingOf(SEEDS.herning2023);
    const items = words.map((w, k) => ({ ...base.items[0]!, number: k + 1, title: `Punkt ${k + 1}`, sections: [{ heading: 'Sagsfremstilling', text: `Om ${w} i kommunen.` }], decisions: [] }));
    // Beside the seeds (saved before each test), a meeting of its own.
    const { meetingId: id } = await saveMeeting(db, { ...base, committee: 'Sundhedsudvalget', items }, 'file', 1000);
    for (const q of ['rusmidelbehandling', 'rusmiddelbehandlng', 'rusmidelbehandlingstilbud', 'rusmidlere']) {
      const query = parseQuery(q);
      const hits = (await search(db, q, { limit: Infinity })).filter((h) => h.meetingId === id);
      const expected = items.flatMap((i) => (matchItem(query, i) ? [i.number] : []));
      expect(hits.map((h) => h.number).sort((a, b) => a - b), q).toEqual(expected);
      for (const h of hits) expect(h.score, `${q} ${h.number}`).toBe(matchItem(query, items[h.number - 1]!)!.score);
    }
    // Not nothing: the misspelt head reaches the compounds of its right spelling, and more.
    expect((await search(db, 'rusmidelbehandling', { limit: Infinity })).filter((h) => h.meetingId === id).length).toBeGreaterThan(3 * tails.length);
  });

  it('requires every word', async () => {
    expect(await search(db, 'varmestue dobbeltdiagnose')).toEqual([]);
    expect(await search(db, 'og i at')).toEqual([]);
  });
});

describe('the index follows saves and deletes', () => {
  /** The minutes as an agenda, with a word of its own in item 3's title. */
  function asAgenda(m: Meeting): Meeting {
    return { ...m, kind: 'dagsorden', items: m.items.map((i) => ({ ...i, decisions: [], title: i.number === 3 ? `${i.title} Agendaudkast` : i.title })) };
  }

  it('is updated by saveMeeting itself: an agenda re-saved as minutes leaves no stale hits', async () => {
    const minutes = meetingOf(SEEDS.vejen);
    await saveMeeting(db, asAgenda(minutes), 'page');
    expect(at(await search(db, 'agendaudkast'))).toEqual(['2022-10-25 3']);
    const before = await search(db, 'foretrækker model');
    expect(before.every((h) => !h.fields.includes('decision'))).toBe(true);

    expect((await saveMeeting(db, minutes, 'page')).status).toBe('updated');
    expect(await search(db, 'agendaudkast')).toEqual([]);
    const after = await search(db, 'foretrækker model');
    expect(after.find((h) => h.number === 3)).toMatchObject({ strong: true, fields: expect.arrayContaining(['decision']) });
    const all = await search(db, 'beskæftigelsesindsatsen', { limit: Infinity });
    expect(new Set(at(all)).size).toBe(all.length);
  });

  it('a deleted meeting leaves no hits, and the others stay', async () => {
    await saveSeeds();
    await deleteMeeting(db, meetingId(meetingOf(SEEDS.herning2023)));
    expect(await search(db, 'dobbeltdiagnose')).toEqual([]);
    expect(at(await search(db, 'gadeplan'))).toEqual(['2022-09-20 76']);
    // Nothing of it is left in the index either.
    const seqs = new Set((await db.searchDocs.toArray()).map((d) => d.seq));
    expect(seqs.size).toBe(4);
    for (const row of await db.postings.toArray()) {
      for (let i = 0; i < termCount(row); i++) {
        for (const ref of termRefs(row, i)) expect(seqs.has(Math.floor(ref / 8192))).toBe(true);
      }
    }
  });

  it('holds after saves the same rows as building the index at once', async () => {
    await saveSeeds();
    const docs = await db.searchDocs.orderBy('seq').toArray();
    expect(docs.every((d) => d.seq >> BLOCK_SHIFT === 0)).toBe(true);
    const builder = new IndexBuilder();
    for (const d of docs) {
      const items = seeds().find((m) => m.date === d.date)!.items;
      builder.add(d.seq, { meetingId: d.meetingId, date: d.date, committee: d.committee, items });
    }
    const keys = (await db.postings.toCollection().primaryKeys()) as PostingKey[];
    const rows = await db.postings.toArray();
    const stored = new Map(keys.map((k, i) => [k.join('|'), rows[i]]));
    const built = new Map(builder.postingRows().map(([k, v]) => [k.join('|'), v]));
    expect(stored.size).toBe(built.size);
    expect(stored).toEqual(built);
    // The lexicon a reader sees, and the dates and item counts by part (version 5), as built at once.
    expect(await lexiconSeen(db)).toEqual(builder.lexiconTerms());
    expect(await db.searchSlots.toArray()).toEqual(slotParts(docs));
  });

  it('folds the log into the lexicon rows once it runs LEXICON_TAIL saves past them, and finds by typo what it found before', async () => {
    await saveSeeds();
    const before = await search(db, 'dobbeltdiagnose', { limit: Infinity, snippets: false });
    const herning = seeds()[0]!;
    // A word of its own per save, its two letters where neither folding nor stemming touches them.
    const L = 'bcdfghjklmnpqrstvxz';
    const word = (k: number, o = 'ø') => `vask${L[k % L.length]}${L[Math.floor(k / L.length)]}ebj${o}rn`;
    const day = (k: number) => new Date(Date.UTC(2030, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    for (let k = 0; k < LEXICON_TAIL; k++) {
      await saveMeeting(db, { ...herning, date: day(k), items: herning.items.slice(k % 10, (k % 10) + 2).map((i) => ({ ...i, title: word(k) })) }, 'page');
    }
    // Five seeds and LEXICON_TAIL saves: the save at generation LEXICON_TAIL folded the log in; the five after wait in it.
    expect((await db.lexicon.get(LEXICON_UP_TO))?.upTo).toBe(LEXICON_TAIL);
    const held = (await db.lexicon.toArray()).flatMap((r) => r.terms);
    const words = (k: number) => (held.includes(word(k)) ? 'row' : 'log');
    expect([words(0), words(LEXICON_TAIL - 6), words(LEXICON_TAIL - 5), words(LEXICON_TAIL - 1)]).toEqual(['row', 'row', 'log', 'log']);
    expect(await lexiconSeen(db)).toEqual(expect.arrayContaining(['dobbeldiagnosetilbud']));
    expect((await search(db, 'dobbeltdiagnose', { limit: Infinity, snippets: false })).filter((h) => h.date < '2030-01-01')).toEqual(before);
    // A typo (ø for o) of a word the rows hold, and of one only the log after them holds.
    for (const k of [3, LEXICON_TAIL - 1]) {
      expect((await search(db, word(k, 'o'), { limit: 5 })).map((h) => h.date)).toEqual([day(k), day(k)]);
    }
  });

  it('version 2 indexes the meetings a version 1 library already holds', async () => {
    const name = `search-upgrade-${n++}`;
    await writeVersion1Library(name, seeds());
    const upgraded = new LibraryDb(name);
    try {
      expect(at(await search(upgraded, 'Blå Kors Varmestue'))[0]).toBe('2023-08-22 48');
      expect((await upgraded.searchDocs.orderBy('seq').toArray()).map((d) => d.date)).toEqual(['2019-04-24', '2022-09-05', '2022-09-20', '2022-10-25', '2023-08-22']);
      // Saves after the upgrade continue the numbering and keep the index current.
      const agenda = { ...meetingOf(SEEDS.vejen), date: '2024-01-09', kind: 'dagsorden' as const };
      await saveMeeting(upgraded, agenda, 'page');
      expect((await upgraded.searchDocs.where('meetingId').equals(meetingId(agenda)).first())?.seq).toBe(5);
      expect(at(await search(upgraded, 'danskuddannelse')).slice(0, 2)).toEqual(['2024-01-09 1', '2022-10-25 1']);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
