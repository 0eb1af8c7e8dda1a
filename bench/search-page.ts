/**
 * The search benchmark in the browser: bundled by bench/search-chromium.ts and
 * run in Chromium on real IndexedDB. Exposes `window.benchSearch(seeds, options)`.
 */
import Dexie from 'dexie';
import { LibraryDb } from '../lib/db/schema';
import type { Meeting } from '../lib/parse/types';
import { corpus } from './corpus';
import { saveMeeting } from '../lib/db/meetings';
import { search } from '../lib/search/search';
import { writeVersion1Library } from './v1-library';
import { fillLibrary, measureSave, measureSearch } from './search-core';

export interface PageOptions {
  count: number;
  saves: number;
  search: boolean;
}

let phase = 'open';

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

async function benchSearch(seeds: Meeting[], { count, saves, search }: PageOptions) {
  const name = `bench-search-${count}`;
  await Dexie.delete(name);
  const db = new LibraryDb(name);
  await db.open();
  const before = await usage();
  let t = performance.now();
  const c = corpus(seeds, count);
  phase = 'fill';
  const { rawTextBytes } = await fillLibrary(db, c, count);
  const fillMs = Math.round(performance.now() - t);
  const storedBytes = (await usage()) - before;
  phase = 'search';
  const searchFigures = search ? await measureSearch(db) : null;
  phase = 'save';
  t = performance.now();
  const save = await measureSave(db, c, saves);
  const out = { count, fillMs, rawTextBytes, storedBytes, search: searchFigures, save, saveTotalMs: Math.round(performance.now() - t) };
  db.close();
  await Dexie.delete(name);
  return out;
}

/**
 * The extension's own paths on Chromium's IndexedDB: the seeds saved through
 * saveMeeting and searched, and a version 1 library upgraded to version 2.
 */
async function selfTest(seeds: Meeting[]) {
  const name = 'bench-search-selftest';
  await Dexie.delete(name);
  const db = new LibraryDb(name);
  for (const m of seeds) await saveMeeting(db, m, 'file');
  const hits = await search(db, 'Blå Kors Varmestue');
  db.close();
  await Dexie.delete(name);

  await writeVersion1Library(name, seeds);
  const upgraded = new LibraryDb(name);
  const after = await search(upgraded, 'Blå Kors Varmestue');
  upgraded.close();
  await Dexie.delete(name);
  return { saved: hits.map((h) => `${h.date} ${h.number}`), upgraded: after.map((h) => `${h.date} ${h.number}`) };
}
(globalThis as unknown as { selfTest: typeof selfTest }).selfTest = (seeds) =>
  selfTest(seeds).catch((e: Error & { inner?: Error }) => {
    throw new Error(`${e.name}: ${e.message}${e.inner ? ` (${e.inner.name}: ${e.inner.message})` : ''}\n${e.stack ?? ''}`);
  });

// Errors cross into Playwright as their name only: give the message and cause.
(globalThis as unknown as { benchSearch: typeof benchSearch }).benchSearch = (seeds, options) =>
  benchSearch(seeds, options).catch((e: Error & { inner?: Error }) => {
    throw new Error(`${phase}: ${e.name}: ${e.message}${e.inner ? ` (${e.inner.name}: ${e.inner.message})` : ''}\n${e.stack ?? ''}`);
  });
