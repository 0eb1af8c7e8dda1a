/**
 * A corpus of meetings generated from the five seed minutes, for the search
 * benchmark: deterministic (a seeded PRNG), so every run measures the same
 * library. Meeting i takes a seed's head and a random 60–100 % of its items and
 * varies what a real library varies: the date (spread over ten years, oldest
 * first, with one in ten saved late), the municipality and committee, item
 * numbers, case numbers, amounts and years, and the wording: some words are
 * swapped for synonyms and about one in forty becomes a new compound of two seed
 * words (Danish grows its vocabulary by compounds, so the lexicon keeps growing).
 * Pure: runs in Node and in the browser.
 */
import type { AgendaItem, Meeting } from '../lib/parse/types';

/** mulberry32. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` random bytes from `next`. */
export function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

const MUNICIPALITIES = ['Herning Kommune', 'Hvidovre Kommune', 'Vejen Kommune', 'Aarhus Kommune', 'Odense Kommune', 'Viborg Kommune', 'Holstebro Kommune', 'Ikast-Brande Kommune', 'Silkeborg Kommune', 'Kolding Kommune', 'Esbjerg Kommune', 'Randers Kommune'];
const COMMITTEES = ['Beskæftigelsesudvalget', 'Social- og Sundhedsudvalget', 'Børne- og Ungeudvalget', 'Teknik- og Miljøudvalget', 'Kultur- og Fritidsudvalget', 'Økonomiudvalget', 'Social- og Arbejdsmarkedsudvalget', 'Udvalget for arbejdsmarked og integration', 'Plan- og Boligudvalget'];
const SYNONYMS: Array<[string, string[]]> = [
  ['udvalget', ['udvalget', 'fagudvalget', 'komitéen']],
  ['borgere', ['borgere', 'indbyggere', 'brugere']],
  ['indsats', ['indsats', 'aktivitet', 'initiativ']],
  ['orientering', ['orientering', 'information', 'status']],
  ['godkendt', ['godkendt', 'vedtaget', 'tiltrådt']],
  ['projekt', ['projekt', 'forsøg', 'pilotprojekt']],
  ['økonomi', ['økonomi', 'budget', 'finansiering']],
  ['forvaltningen', ['forvaltningen', 'administrationen', 'direktionen']],
];
const SYNONYM = new Map(SYNONYMS);

export interface Corpus {
  /**
   * Meeting `i` of `count`; the same i and count always give the same meeting.
   * `base` picks the seed and `share` the part of its items to keep (else random).
   */
  meeting(i: number, options?: { base?: number; share?: number }): Meeting;
  count: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function corpus(seeds: readonly Meeting[], count: number, seed = 1): Corpus {
  // Words to build compounds from: letters only, five or more.
  const pool = [...new Set(seeds.flatMap((m) => m.items.flatMap((i) => [i.title, ...i.sections.map((s) => s.text)]).join(' ').toLowerCase().match(/\p{L}{5,}/gu) ?? []))].sort();
  const start = Date.UTC(2015, 0, 1);
  const day = 86_400_000;

  function vary(text: string, next: () => number): string {
    return text.replace(WORD, (w) => {
      const r = next();
      if (/^\d+$/.test(w)) return r < 0.3 && w.length <= 6 ? String(Math.floor(next() * 10 ** w.length)).padStart(w.length, '0') : w;
      if (r < 0.025 && w.length >= 4) {
        const a = pool[Math.floor(next() * pool.length)]!;
        const b = pool[Math.floor(next() * pool.length)]!;
        const compound = a + (next() < 0.3 ? 's' : '') + b;
        return w[0] === w[0]!.toUpperCase() ? compound[0]!.toUpperCase() + compound.slice(1) : compound;
      }
      const alternatives = SYNONYM.get(w.toLowerCase());
      if (alternatives && r < 0.5) return alternatives[Math.floor(next() * alternatives.length)]!;
      return w;
    });
  }

  function meeting(i: number, options: { base?: number; share?: number } = {}): Meeting {
    const next = prng(seed * 1_000_003 + i);
    const pick = Math.floor(next() * seeds.length);
    const base = seeds[options.base ?? pick]!;
    // Saved in date order, but one in ten is an older meeting saved late.
    const late = next() < 0.1;
    const chrono = (i / Math.max(1, count)) * 3650 + next() * 5;
    const offset = late ? next() * chrono : chrono;
    const date = new Date(start + Math.floor(offset) * day).toISOString().slice(0, 10);
    const firstNumber = 1 + Math.floor(next() * 300);
    const share = options.share ?? 0.6 + next() * 0.4;
    const kept = base.items.filter(() => next() < share || share >= 1);
    const items: AgendaItem[] = (kept.length ? kept : base.items.slice(0, 1)).map((item, k) => ({
      ...item,
      number: firstNumber + k,
      title: vary(item.title, next),
      caseNumber: item.caseNumber ? item.caseNumber.replace(/\d/g, () => String(Math.floor(next() * 10))) : null,
      sections: item.sections.map((s) => ({ heading: s.heading, text: vary(s.text, next) })),
      decisions: item.decisions.map((d) => ({ ...d, date, text: vary(d.text, next) })),
      attachments: item.attachments.map((a) => ({ ...a })),
      history: item.history.map((h) => ({ ...h })),
      references: item.references.map((r) => ({ ...r })),
    }));
    return {
      ...base,
      municipality: MUNICIPALITIES[Math.floor(next() * MUNICIPALITIES.length)]!,
      committee: COMMITTEES[Math.floor(next() * COMMITTEES.length)]!,
      date,
      startTime: `${String(8 + (i % 10)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      items,
      warnings: [],
    };
  }

  return { meeting, count };
}

/** Bytes of the text an item's search fields hold (UTF-8), for the index-to-text ratio. */
export function textBytes(items: readonly AgendaItem[], fieldTexts: (item: AgendaItem) => Array<{ text: string }>): number {
  const encoder = new TextEncoder();
  let n = 0;
  for (const item of items) for (const f of fieldTexts(item)) n += encoder.encode(f.text).length;
  return n;
}
