/** "Send til telefonen": the Danish lines of what a file holds and when, the file's name, and how the file is handed over. */
import { describe, expect, it } from 'vitest';
import { handOver } from '../../components/transfer/hand-over';
import { lastReceivedText, lastSentText, sinceText, transferFileName, transferText } from '../../components/transfer/texts';
import type { Bundle } from '../../lib/sync/bundle';

/** 14 May 2026, 12:00 in Denmark. */
const NOW = Date.parse('2026-05-14T12:00:00+02:00');
const HOUR = 3_600_000;
const may3 = Date.parse('2026-05-03T09:15:00+02:00');

const parts = (meetings: number, topics: number, committees?: number): Pick<Bundle, 'meetings' | 'topics' | 'committees'> => ({
  meetings: Array.from({ length: meetings }) as Bundle['meetings'],
  topics: Array.from({ length: topics }) as Bundle['topics'],
  ...(committees === undefined ? {} : { committees: Array.from({ length: committees }) as NonNullable<Bundle['committees']> }),
});

describe('the lines of a transfer', () => {
  it('say since when, in Danish time: today and yesterday with the time, this year without the year', () => {
    expect(sinceText(NOW - 2 * HOUR, NOW)).toBe('i dag kl. 10:00');
    expect(sinceText(NOW - 13 * HOUR, NOW)).toBe('i går kl. 23:00');
    expect(sinceText(may3, NOW)).toBe('3. maj');
    expect(sinceText(Date.parse('2025-12-31T22:30:00Z'), NOW)).toBe('31. december 2025');
    // 23:30 UTC on 31 December is New Year's Day in Denmark.
    expect(sinceText(Date.parse('2025-12-31T23:30:00Z'), NOW)).toBe('1. januar');
  });

  it('say what the file holds', () => {
    expect(transferText(parts(12, 2, 1), may3, NOW)).toBe('12 møder ændret siden 3. maj, 2 emner og 1 fulgt udvalg.');
    expect(transferText(parts(1, 1, 3), may3, NOW)).toBe('1 møde ændret siden 3. maj, 1 emne og 3 fulgte udvalg.');
    expect(transferText(parts(0, 2), NOW - HOUR, NOW)).toBe('Ingen møder ændret siden i dag kl. 11:00; 2 emner.');
    expect(transferText(parts(0, 0), NOW - HOUR, NOW)).toBe('Ingen møder ændret siden i dag kl. 11:00.');
    expect(transferText(parts(3, 0, 0), may3, NOW)).toBe('3 møder ændret siden 3. maj.');
    expect(transferText(parts(40, 2), null, NOW)).toBe('Hele biblioteket: 40 møder og 2 emner.');
    expect(transferText(parts(1, 0), null, NOW)).toBe('Hele biblioteket: 1 møde.');
    expect(transferText(parts(1, 1, 2), null, NOW)).toBe('Hele biblioteket: 1 møde, 1 emne og 2 fulgte udvalg.');
    expect(transferText(parts(0, 1, 1), may3, NOW)).toBe('Ingen møder ændret siden 3. maj; 1 emne og 1 fulgt udvalg.');
  });

  it('say when the last file went and came', () => {
    expect(lastSentText(null, NOW)).toBe('Du har ikke sendt noget til telefonen endnu: første gang kommer hele biblioteket med.');
    expect(lastSentText(may3, NOW)).toBe('Sidst sendt 3. maj.');
    expect(lastReceivedText(null, NOW)).toBe('Der er ikke kommet nogen overførsel fra udvidelsen endnu.');
    expect(lastReceivedText(NOW - 30 * 60_000, NOW)).toBe('Sidste overførsel kom ind i dag kl. 11:30.');
  });

  it('name the file by the local day and minute', () => {
    expect(transferFileName(new Date(2025, 4, 3, 14, 5))).toBe('referat-til-telefonen-2025-05-03-1405.json');
  });
});

describe('handing the file over', () => {
  const file = new File(['{}'], 'pakke.json', { type: 'application/json' });

  function fakeNavigator(result: 'ok' | string, canShare = true) {
    const shared: ShareData[] = [];
    return {
      shared,
      nav: {
        canShare: (data?: ShareData) => canShare && (data?.files?.length ?? 0) > 0,
        share: async (data?: ShareData) => {
          shared.push(data!);
          if (result !== 'ok') throw new DOMException('no', result);
        },
      },
    };
  }

  it('gives it to the share sheet where the browser shares files', async () => {
    const saved: File[] = [];
    const { nav, shared } = fakeNavigator('ok');
    expect(await handOver(file, nav, (f) => saved.push(f))).toBe('shared');
    expect(shared).toEqual([{ files: [file], title: 'Referat' }]);
    expect(saved).toEqual([]);
  });

  it.each([
    ['AbortError', 'cancelled', 0],
    ['NotAllowedError', 'blocked', 0],
    ['DataError', 'downloaded', 1],
  ] as const)('after a share that ends in %s: %s', async (error, answer, downloads) => {
    const saved: File[] = [];
    expect(await handOver(file, fakeNavigator(error).nav, (f) => saved.push(f))).toBe(answer);
    expect(saved).toHaveLength(downloads);
  });

  it('downloads it where the browser has no share sheet or cannot share files', async () => {
    const saved: File[] = [];
    expect(await handOver(file, {}, (f) => saved.push(f))).toBe('downloaded');
    const { nav, shared } = fakeNavigator('ok', false);
    expect(await handOver(file, nav, (f) => saved.push(f))).toBe('downloaded');
    expect(shared).toEqual([]);
    expect(saved).toEqual([file, file]);
  });
});
