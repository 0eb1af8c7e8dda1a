/** Planning a check on Hvidovre's real committee list, the day after it was captured. */
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../lib/sites/firstagenda/catalog';
import { addMonths } from '../../lib/sites/firstagenda/time';
import { planCheck, windowStart, type Follow } from '../../lib/watch/plan';
import { fixtureText } from '../helpers/fixtures';

const NOW = Date.parse('2026-05-13T12:00:00+02:00');
const DAY = 86_400_000;

const OEK = '5dd92504-8e21-4dc9-90cc-1584b1ca0882';
const KULTUR = '739fac5e-68dc-46f3-8138-d0edd775d003';
const BOERNE = '42846e2a-cedd-492d-883e-e85922357039';
const SOCIAL = '496bf5ec-0189-49b6-9dbe-db97313bb268';
const OEK_2018 = '88734e17-b506-43a2-b910-cfd1a5d652fe';
/** Økonomiudvalget 18 May 2026, the meeting of agenda.json. */
const AGENDA = '0cad2b4d-c4a2-4583-a053-60704b2da0e5';

type Entry = Record<string, unknown>;
type Raw = { Udvalg: Record<string, { Id: string; Moeder: Entry[] }[]> };

function catalogWith(change: (committee: (id: string) => Entry[]) => void = () => {}) {
  const raw = JSON.parse(fixtureText('firstagenda-api/hvidovre/udvalgsliste.json')) as Raw;
  const all = Object.values(raw.Udvalg).flat();
  change((id) => all.find((c) => c.Id === id)!.Moeder);
  return readCatalog(raw, NOW);
}

const follow = (committeeId: string, extra: Partial<Follow> = {}): Follow => ({ committeeId, followedAt: NOW, ...extra });
const ids = (plan: ReturnType<typeof planCheck>) => plan.fetch.map((f) => f.meeting.id);
const NOTHING_KNOWN = new Map<string, string | null>();

describe('a first follow', () => {
  const catalog = catalogWith();

  it('brings the upcoming meeting and the last three months of Økonomiudvalget', () => {
    const plan = planCheck(catalog, [follow(OEK)], NOTHING_KNOWN, NOW);
    expect(plan.missing).toEqual([]);
    expect(plan.fetch.map((f) => [f.meeting.id, f.meeting.date, f.meeting.name, f.reason])).toEqual([
      ['0ff7ca2a-de5c-4da7-9d92-d3e856b84198', '2026-02-16', 'Referat', 'new'],
      ['fcbbab17-fc61-4d01-af93-3c770e168990', '2026-03-09', 'Referat', 'new'],
      ['734b124d-6070-41c3-ac48-6fb037003a6f', '2026-03-16', 'Referat', 'new'],
      ['00e56b9b-3aeb-47d3-9e6e-2aac5956d86b', '2026-04-13', 'Referat', 'new'],
      ['915c068b-2a96-477a-b95a-e77ef12e515a', '2026-04-20', 'Referat', 'new'],
      [AGENDA, '2026-05-18', 'Dagsorden', 'new'],
    ]);
  });

  it('orders four committees by meeting time, one meeting\'s entries together, agenda before supplementary agenda before minutes', () => {
    const plan = planCheck(catalog, [follow(OEK), follow(KULTUR), follow(BOERNE), follow(SOCIAL)], NOTHING_KNOWN, NOW);
    expect(plan.fetch.map((f) => `${f.meeting.date} ${f.meeting.startTime} ${f.meeting.committeeId.slice(0, 8)} ${f.meeting.name} ${f.meeting.id.slice(0, 8)}`)).toEqual([
      '2026-02-16 17:00 5dd92504 Referat 0ff7ca2a',
      '2026-03-02 11:00 496bf5ec Referat 208f06b4',
      '2026-03-02 11:00 739fac5e Dagsorden 0332f3c0',
      '2026-03-02 11:00 739fac5e Referat 3e80684a',
      '2026-03-02 14:00 42846e2a Referat 989d9efa',
      '2026-03-09 17:00 5dd92504 Referat fcbbab17',
      '2026-03-16 16:00 496bf5ec Referat 567ce32b',
      '2026-03-16 17:00 5dd92504 Referat 734b124d',
      '2026-04-07 11:00 496bf5ec Referat ac28c322',
      '2026-04-07 11:00 739fac5e Referat 73a0f07c',
      '2026-04-07 14:00 42846e2a Tillægsdagsorden 4df7c4bd',
      '2026-04-07 14:00 42846e2a Referat 42462214',
      '2026-04-13 17:00 5dd92504 Referat 00e56b9b',
      '2026-04-20 17:00 5dd92504 Referat 915c068b',
      '2026-05-04 11:00 496bf5ec Referat 6747b186',
      '2026-05-04 11:00 739fac5e Referat 60cebabb',
      '2026-05-04 14:00 42846e2a Referat 3d842d1f',
      '2026-05-18 16:30 496bf5ec Dagsorden 1f2b7b17',
      '2026-05-18 17:00 5dd92504 Dagsorden 0cad2b4d',
    ]);
  });

  it('reaches back as many months as the follow says: none, or a year (the committee began in December)', () => {
    expect(ids(planCheck(catalog, [follow(OEK, { backfillMonths: 0 })], NOTHING_KNOWN, NOW))).toEqual([AGENDA]);
    expect(ids(planCheck(catalog, [follow(SOCIAL, { backfillMonths: 12 })], NOTHING_KNOWN, NOW))).toEqual([
      '75f6ce96-4f62-42ab-82d0-9d3fef35243c', '448185b5-7151-4449-a561-2eaa54e0db56', 'f7c71868-2f6a-4ec0-ab72-dbd2937070d1',
      '208f06b4-e0db-4b81-a127-5e1997e612bf', '567ce32b-312e-4a24-9dc6-a2c050446b2e', 'ac28c322-f2a2-4e3b-93fd-f7ee627d7317',
      '6747b186-9f80-4032-8cfd-0bad75cd9dcc', '1f2b7b17-6028-4b2b-b56d-74fb76e9dfd4',
    ]);
  });

  it('counts the window from the follow, not from the check', () => {
    const followed = Date.parse('2025-12-01T09:00:00+01:00');
    expect(ids(planCheck(catalog, [follow(OEK, { followedAt: followed })], NOTHING_KNOWN, NOW))).toEqual([
      'b1a9d275-43f4-4ea6-b489-0fd60285d53c', '1c679c4a-f60b-4f66-91ba-d428d8a20e72', '0ff7ca2a-de5c-4da7-9d92-d3e856b84198',
      'fcbbab17-fc61-4d01-af93-3c770e168990', '734b124d-6070-41c3-ac48-6fb037003a6f', '00e56b9b-3aeb-47d3-9e6e-2aac5956d86b',
      '915c068b-2a96-477a-b95a-e77ef12e515a', AGENDA,
    ]);
    // A follow dated in the future (a clock that was wrong) counts from now.
    expect(ids(planCheck(catalog, [follow(OEK, { followedAt: NOW + 30 * DAY, backfillMonths: 0 })], NOTHING_KNOWN, NOW))).toEqual([AGENDA]);
  });

  it('says which followed committees the list does not have, and reads a committee followed twice once', () => {
    const plan = planCheck(catalog, [follow('gone'), follow(OEK, { backfillMonths: 0 }), follow(OEK), follow('gone')], NOTHING_KNOWN, NOW);
    expect([ids(plan), plan.missing]).toEqual([[AGENDA], ['gone']]);
  });
});

describe('later checks', () => {
  const first = planCheck(catalogWith(), [follow(OEK), follow(KULTUR), follow(BOERNE)], NOTHING_KNOWN, NOW);
  const known = new Map(first.fetch.map((f) => [f.meeting.id, f.meeting.releasedAt]));
  const later = NOW + 7 * DAY;

  it('fetch nothing when nothing changed', () => {
    expect(first.fetch.length).toBe(14);
    expect(planCheck(catalogWith(), [follow(OEK), follow(KULTUR), follow(BOERNE)], known, later).fetch).toEqual([]);
  });

  it('fetch the agenda again when it became minutes under its own id', () => {
    const catalog = catalogWith((committee) => {
      Object.assign(committee(OEK).find((m) => m.Id === AGENDA)!, { ReleasedDate: '2026-05-20T10:00:00.1+02:00', Afsluttet: true, Navn: 'Referat' });
    });
    const plan = planCheck(catalog, [follow(OEK), follow(KULTUR), follow(BOERNE)], known, later);
    expect(plan.fetch.map((f) => [f.meeting.id, f.meeting.name, f.reason])).toEqual([[AGENDA, 'Referat', 'changed']]);
  });

  it('fetch only the new minutes entry when the agenda entry stays listed beside it', () => {
    const catalog = catalogWith((committee) => {
      const agenda = committee(OEK).find((m) => m.Id === AGENDA)!;
      committee(OEK).unshift({ ...agenda, Id: 'referat-18-maj', ReleasedDate: '2026-05-20T10:00:00+02:00', Afsluttet: true, Navn: 'Referat' });
    });
    expect(planCheck(catalog, [follow(OEK)], known, later).fetch.map((f) => [f.meeting.id, f.reason])).toEqual([['referat-18-maj', 'new']]);
  });

  it('fetch a re-published agenda, a supplementary agenda and the minutes of one meeting in that order', () => {
    const catalog = catalogWith((committee) => {
      const agenda = committee(OEK).find((m) => m.Id === AGENDA)!;
      agenda.ReleasedDate = '2026-05-14T09:00:00+02:00';
      committee(OEK).unshift(
        { ...agenda, Id: 'referat', ReleasedDate: '2026-05-20T10:00:00+02:00', Afsluttet: true, Navn: 'Referat' },
        { ...agenda, Id: 'tillaeg', ReleasedDate: '2026-05-15T09:00:00+02:00', Navn: 'Tillægsdagsorden' },
      );
    });
    expect(planCheck(catalog, [follow(OEK)], known, later).fetch.map((f) => [f.meeting.id, f.reason])).toEqual([
      [AGENDA, 'changed'], ['tillaeg', 'new'], ['referat', 'new'],
    ]);
  });

  it('fetch a meeting added to the list, and leave an upcoming one that is not published yet', () => {
    const catalog = catalogWith((committee) => {
      const agenda = committee(OEK).find((m) => m.Id === AGENDA)!;
      committee(OEK).unshift(
        { ...agenda, Id: 'juni', Dato: '2026-06-08T17:00:00+02:00', MeetingBeginUtc: '2026-06-08T17:00:00+02:00', ReleasedDate: '2026-06-02T12:00:00+02:00' },
        { ...agenda, Id: 'august', Dato: '2026-08-17T17:00:00+02:00', MeetingBeginUtc: '2026-08-17T17:00:00+02:00', ReleasedDate: null },
      );
    });
    expect(ids(planCheck(catalog, [follow(OEK)], known, later))).toEqual(['juni']);
  });

  it('never fetch a meeting older than the window, even when it is re-released', () => {
    const catalog = catalogWith((committee) => {
      const oldest = committee(OEK).at(-1)!;
      expect([oldest.Id, oldest.Dato]).toEqual(['b1a9d275-43f4-4ea6-b489-0fd60285d53c', '2025-12-02T12:00:00+01:00']);
      oldest.ReleasedDate = '2026-05-14T09:00:00+02:00';
    });
    // Økonomiudvalget 2018-2021: its minutes were all re-released in September 2025.
    expect(ids(planCheck(catalog, [follow(OEK), follow(OEK_2018)], known, later))).toEqual([]);
  });

  it('fetch past meetings without a release date once', () => {
    const oek2014 = '3bbdcb5e-0ea0-4506-a3ad-c5bd39552624';
    const follows = [follow(oek2014, { followedAt: Date.parse('2017-09-01T12:00:00+02:00'), backfillMonths: 1 })];
    const plan = planCheck(catalogWith(), follows, NOTHING_KNOWN, NOW);
    expect(plan.fetch.map((f) => [f.meeting.id, f.meeting.releasedAt])).toEqual([
      'dd788e1a-078b-4431-8e7b-426586757f0a', '6b1fce5f-30e8-418d-9dca-f39a53d6a139', '35cdda95-7dc9-4268-a070-b449f1302cda',
      '9f4dc226-4128-47dc-9048-6eb6151592e4', 'd409a23d-9e40-4ada-a77d-8e5227d3ab7a', '3c35129b-633a-4c49-9f50-1b40115db6de',
      'b9806d21-06a7-44fc-8e95-c0830589d7e4', 'c233ea61-8f68-4a3a-a995-5c119419c50b', 'feddc162-7fac-49f8-bcdd-c514a3cd7538',
      'd90cbe88-2a2a-4a00-b1e5-95444c306a60',
    ].map((id) => [id, null]));
    const again = new Map(plan.fetch.map((f) => [f.meeting.id, f.meeting.releasedAt]));
    expect(planCheck(catalogWith(), follows, again, NOW).fetch).toEqual([]);
  });
});

describe('the window', () => {
  it('is the follow\'s Danish day less the months, the day kept where the month has it', () => {
    expect(windowStart(follow(OEK), NOW)).toBe('2026-02-13');
    expect(windowStart(follow(OEK, { followedAt: Date.parse('2026-05-31T23:30:00Z') }), NOW + 60 * DAY)).toBe('2026-03-01');
    expect(windowStart(follow(OEK, { followedAt: Date.parse('2026-05-31T12:00:00Z'), backfillMonths: 3 }), NOW + 60 * DAY)).toBe('2026-02-28');
    expect(windowStart(follow(OEK, { backfillMonths: -2 }), NOW)).toBe('2026-05-13');
    expect(windowStart(follow(OEK, { backfillMonths: Number.NaN, followedAt: Number.NaN }), NOW)).toBe('2026-02-13');
    expect([addMonths('2024-03-31', -1), addMonths('2026-01-15', -13), addMonths('2025-12-02', 1)]).toEqual(['2024-02-29', '2024-12-15', '2026-01-02']);
  });
});
