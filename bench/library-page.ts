/**
 * The library benchmark in the browser (bundled by bench/library.ts, run in
 * Chromium on real IndexedDB): fills a library of generated meetings once
 * (`fill`), then each call measures in the page it runs in. A page is ready to
 * read when the component shows its content (a MutationObserver watches for it).
 */
import Dexie from 'dexie';
import { h, render, type ComponentChild } from 'preact';
import { LibraryDb } from '../lib/db/schema';
import { followTopic } from '../lib/db/topics';
import type { Meeting } from '../lib/parse/types';
import { search } from '../lib/search/search';
import { ItemPage } from '../components/library/ItemPage';
import { MeetingList, MEETINGS_SHOWN } from '../components/library/MeetingList';
import { ThreadPage } from '../components/topics/ThreadPage';
import { TopicPage } from '../components/topics/TopicPage';
import { corpus } from './corpus';
import { percentile, round } from './measure';
import { fillLibrary, LIMIT, measureSave, measureSearch } from './search-core';
import { benchMiniSearch } from './minisearch';

const nameOf = (count: number) => `bench-library-${count}`;

/** Topics a reader would follow, from the bench's query set: names, things, a phrase. */
export const TOPICS = ['Blå Kors Varmestue', 'gadeplan', 'dobbeltdiagnose', 'handicaprådet', 'flygtninge Ukraine', 'sameksistens', 'budgetopfølgning', '"socialt udsatte borgere"'];

async function fill(seeds: Meeting[], count: number) {
  await Dexie.delete(nameOf(count));
  const db = new LibraryDb(nameOf(count));
  await db.open();
  const before = (await navigator.storage.estimate()).usage ?? 0;
  const t = performance.now();
  const { rawTextBytes, threadsMs } = await fillLibrary(db, corpus(seeds, count), count);
  // Followed topics, and one meeting in a hundred read whole.
  for (const q of TOPICS) await followTopic(db, q, 1);
  const ids = (await db.meetings.toCollection().primaryKeys()).filter((_, i) => i % 100 === 0);
  const items = await db.items.where('meetingId').anyOf(ids).primaryKeys();
  await db.reads.bulkPut(items.map(([meetingId, number]) => ({ meetingId, number, readAt: 2 })));
  const fillMs = Math.round(performance.now() - t);
  const storedBytes = ((await navigator.storage.estimate()).usage ?? 0) - before;
  db.close();
  return { count, fillMs, threadsMs, rawTextBytes, storedBytes, reads: items.length };
}

const root = () => document.getElementById('app')!;

/** Renders `vnode` and gives the milliseconds until `ready()` holds; first a pause, as between a reader's clicks. */
async function open(vnode: ComponentChild, ready: () => boolean, timeout = 60_000): Promise<number> {
  render(null, root());
  await new Promise((resolve) => setTimeout(resolve, 50));
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`not ready after ${timeout} ms: ${root().textContent?.slice(0, 200)}`));
    }, timeout);
    observer.observe(root(), { childList: true, subtree: true, characterData: true });
    render(vnode, root());
  });
}

const has = (selector: string) => () => document.querySelector(selector) !== null;

/** Resolves once `ready()` holds, looking after each change of the page. */
function until(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root(), { childList: true, subtree: true, characterData: true });
  });
}

async function library(count: number): Promise<{ db: LibraryDb; openMs: number }> {
  const db = new LibraryDb(nameOf(count));
  const t = performance.now();
  await db.open();
  return { db, openMs: performance.now() - t };
}

/** In a page just opened: the database opened, then one search (its hits ready), the list's first screen, or a topic's page. */
async function cold(count: number, what: 'search' | 'list' | 'topic') {
  const { db, openMs } = await library(count);
  const t = performance.now();
  if (what === 'search') await search(db, 'Blå Kors Varmestue', { limit: LIMIT });
  else if (what === 'list') await open(h(MeetingList, { db, howToSave: null }), () => document.querySelectorAll('.meeting-list li').length >= MEETINGS_SHOWN);
  else await open(h(TopicPage, { db, id: 1 }), has('.topic-page .topic-group'));
  return { openMs: round(openMs, 1), ms: round(performance.now() - t, 1) };
}

/** In one page, warm: topic, thread and item pages opened in turn, p95 of each; the search's query mix. */
async function warm(count: number, rounds = 3) {
  const { db } = await library(count);
  const keys = (await db.threads.orderBy('key').uniqueKeys()) as string[];
  const sample = Array.from({ length: 40 }, (_, i) => keys[Math.floor(((i + 0.5) * keys.length) / 40)]!);
  const threads = await db.threads.where('key').anyOf(sample).toArray();
  const items = threads.map((t) => t.entries.find((e) => e.saved)!).map((e) => [e.meetingId!, e.number!] as const);
  const topics = (await db.topics.toArray()).map((t) => t.id);
  const times = { topic: [] as number[], thread: [] as number[], item: [] as number[] };
  const byTopic: Record<string, number[]> = {};
  const counted: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [k, id] of topics.entries()) {
      const start = performance.now();
      const ms = await open(h(TopicPage, { db, id }), has('.topic-page .topic-group'));
      times.topic.push(ms);
      (byTopic[TOPICS[k]!] ??= []).push(round(ms, 1));
      // The reader stays until the counts are in (read from every match, after the groups).
      await until(() => !/Tæller/.test(document.querySelector('.topic-page header .meta')?.textContent ?? 'Tæller'));
      counted.push(performance.now() - start - 50);
    }
    for (const key of sample) times.thread.push(await open(h(ThreadPage, { db, threadKey: key }), has('.thread-page .tl-row')));
    for (const [id, number] of items) times.item.push(await open(h(ItemPage, { db, id, number }), has('.item-page .item-case .tl-row')));
  }
  render(null, root());
  const stats = (list: number[]) => ({ p50Ms: round(percentile(list, 50), 1), p95Ms: round(percentile(list, 95), 1), n: list.length });
  const searchFigures = await measureSearch(db);
  const threadSizes = threads.map((t) => t.entries.length);
  db.close();
  return {
    topicPage: stats(times.topic), topicCounts: stats(counted), threadPage: stats(times.thread), itemPage: stats(times.item), search: searchFigures,
    byTopic, sample: { topics: TOPICS, threads: sample.length, threadEntries: { p50: percentile(threadSizes, 50), max: Math.max(...threadSizes) } },
  };
}

/** Saves of 60 KB meetings with their search and thread indexing (after the reads: they change the library). */
async function saves(seeds: Meeting[], count: number) {
  const { db } = await library(count);
  const figures = await measureSave(db, corpus(seeds, count), 20);
  db.close();
  return figures;
}

/** The topic page opened, its counts in, for the heap measure that follows (bench/library.ts collects garbage and reads the heap). */
async function topicOpen(count: number) {
  const { db } = await library(count);
  const ms = await open(h(TopicPage, { db, id: 1 }), has('.topic-page .topic-group'));
  await until(() => !/Tæller/.test(document.querySelector('.topic-page header .meta')?.textContent ?? 'Tæller'));
  return ms;
}

async function peer(seeds: Meeting[], count: number) {
  const { db } = await library(count);
  try {
    return await benchMiniSearch(db, corpus(seeds, count), count);
  } finally {
    db.close();
  }
}

Object.assign(globalThis, { Dexie, fill, cold, warm, saves, topicOpen, peer });

