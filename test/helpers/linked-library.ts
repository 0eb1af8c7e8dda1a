/**
 * A generated library whose items link in every way the thread rules know, for
 * comparing the kept threads with buildThreads: meetings of two municipalities and
 * a few committees (one spelled two ways) on a small set of dates, so that history
 * entries and dated references name saved meetings, two meetings share a day, case
 * numbers recur across meetings, a standing item ("Godkendelse af dagsorden") sits
 * under one number in every meeting with a title that drifts now and then, and
 * titles repeat. The items are the seeds' (bench/corpus.ts), their text shortened:
 * the rules read no text. Deterministic.
 */
import { corpus, prng } from '../../bench/corpus';
import { seedMeetings } from '../../bench/seeds';
import type { AgendaItem, Meeting } from '../../lib/parse/types';

const MUNICIPALITIES = ['Herning Kommune', 'Vejen Kommune'];
const COMMITTEES = ['Beskæftigelsesudvalget', 'Udvalget for arbejdsmarked og integration 2022-2025', 'Udvalget for Arbejdsmarked og Integration', 'Økonomiudvalget'];
const BODIES = [...COMMITTEES, 'Byrådet', ''];
const STANDING = ['Godkendelse af dagsorden', 'Godkendelse af dagsorden.', 'Meddelelser'];
const TITLES = ['Status på gadeplanindsatsen', 'Budgetopfølgning', 'Beskæftigelsesplan 2023', 'Orientering'];

export interface LinkedLibrary {
  meeting(i: number): Meeting;
  /** Meeting `i` changed as a later save could change it (`round` picks how). */
  changed(i: number, round: number): Meeting;
}

export function linkedLibrary(count: number): LinkedLibrary {
  const base = corpus(seedMeetings(), count, 7);
  const dates = Array.from({ length: Math.max(20, Math.floor(count / 6)) }, (_, k) => new Date(Date.UTC(2020, 0, 1) + k * 7 * 86_400_000).toISOString().slice(0, 10));
  const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

  function item(next: () => number, source: AgendaItem, number: number): AgendaItem {
    const r = next();
    const caseNumber = r < 0.45 ? `24/${Math.floor(next() * count * 1.5)}` : r < 0.55 ? null : source.caseNumber;
    const title = next() < 0.1 ? pick(next, TITLES) : source.title;
    const history = next() < 0.25
      ? Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
          body: pick(next, BODIES), date: pick(next, dates), ...(next() < 0.4 ? { number: 1 + Math.floor(next() * 12) } : {}),
          ...(next() < 0.7 ? { text: pick(next, ['Udsat.', 'Godkendt.', 'Taget til efterretning.', '  ']) } : {}),
        }))
      : [];
    const references = next() < 0.2
      ? Array.from({ length: 1 + Math.floor(next() * 2) }, () => ({
          date: pick(next, dates), text: 'Udvalget besluttede på mødet den …', ...(next() < 0.6 ? { body: pick(next, BODIES) } : {}),
          ...(next() < 0.4 ? { number: 1 + Math.floor(next() * 12) } : {}),
        }))
      : [];
    return {
      ...source, number, title, caseNumber, history, references,
      sections: source.sections.slice(0, 2).map((s) => ({ heading: s.heading, text: s.text.slice(0, 160) })),
      decisions: next() < 0.15 ? [] : source.decisions.map((d) => ({ ...d, text: d.text.slice(0, 120) })),
    };
  }

  function meeting(i: number): Meeting {
    const next = prng(90_001 + i);
    const m = base.meeting(i);
    const municipality = pick(next, MUNICIPALITIES);
    const items = m.items.slice(0, 10).map((source, k) => item(next, source, k + 2));
    // The standing item: one case number in every meeting of a municipality, its title mostly the same.
    items.unshift({ ...items[0]!, number: 1, title: next() < 0.8 ? STANDING[0]! : pick(next, STANDING), caseNumber: `00.01.00-A00-1-${municipality[0]}`, history: [], references: [] });
    return {
      ...m, municipality, committee: pick(next, COMMITTEES), date: pick(next, dates),
      startTime: next() < 0.5 ? null : pick(next, ['09:00', '14:00']), items, warnings: [],
    };
  }

  function changed(i: number, round: number): Meeting {
    const m = meeting(i);
    const next = prng(77_003 + i * 31 + round);
    switch (round % 4) {
      case 0: // an agenda: the same meeting without decisions (kept if minutes are saved), or minutes of it later
        return { ...m, kind: 'dagsorden', items: m.items.map((it) => ({ ...it, decisions: [] })) };
      case 1: // a partial document: a supplementary item and a changed one
        return { ...m, partial: true, items: [{ ...m.items[1]!, caseNumber: `24/${Math.floor(next() * 50)}` }, { ...m.items[2]!, number: 40 + (round % 7), title: pick(next, TITLES) }] };
      case 2: // case numbers and titles changed: some items leave their cases, others join
        return { ...m, items: m.items.map((it) => (next() < 0.4 ? { ...it, caseNumber: next() < 0.5 ? null : `24/${Math.floor(next() * 50)}`, title: next() < 0.3 ? STANDING[2]! : it.title } : it)) };
      default: // fewer items
        return { ...m, items: m.items.filter(() => next() < 0.6) };
    }
  }

  return { meeting, changed };
}
