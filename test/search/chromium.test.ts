/**
 * Saving, searching and upgrading on Chromium's own IndexedDB (fake-indexeddb is
 * more forgiving about what a transaction may await). Skipped without Chromium.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../scripts/chromium';
import { selfTestChromium } from '../../bench/search-chromium';

describe.skipIf(!existsSync(CHROMIUM))('search in Chromium', () => {
  it('finds 2023-08-22 punkt 48 first after saveMeeting and after the version 2 upgrade', async () => {
    const { saved, upgraded } = await selfTestChromium();
    expect(saved[0]).toBe('2023-08-22 48');
    expect(upgraded).toEqual(saved);
  }, 60_000);
});
