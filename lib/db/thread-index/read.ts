/** Reading the kept threads: a thread by key, an item's thread, the threads of many items. Each a read or two, whatever the library's size. */
import { compareThreads } from '../../threads/assemble';
import type { Thread } from '../../threads/types';
import type { LibraryDb } from '../schema';
import type { MeetingRef, ThreadRow } from './stores';

/** A stored thread as buildThreads gives it. */
function toThread({ key, title, entries, meetingCount, latest }: ThreadRow): Thread {
  return { key, title, entries, meetingCount, latest };
}

/** The thread with key `key`, if the library holds it. */
export async function threadByKey(db: LibraryDb, key: string): Promise<Thread | undefined> {
  const row = await db.threads.where('key').equals(key).first();
  return row && toThread(row);
}

/** The thread of each item ([meetingId, number]), undefined for an item in none. */
export async function threadsOfItems(db: LibraryDb, items: Array<[string, number]>): Promise<Array<Thread | undefined>> {
  const nodes = await db.threadNodes.bulkGet(items);
  const ids = [...new Set(nodes.flatMap((n) => (n?.thread ? [n.thread] : [])))];
  const rows = await db.threads.bulkGet(ids);
  const byId = new Map(rows.flatMap((r) => (r ? [[r.id, toThread(r)] as const] : [])));
  return nodes.map((n) => (n?.thread ? byId.get(n.thread) : undefined));
}

/** The thread of one item, if it is in one. */
export function threadOfItem(db: LibraryDb, meetingId: string, number: number): Promise<Thread | undefined> {
  return threadsOfItems(db, [[meetingId, number]]).then(([thread]) => thread);
}

/** Every thread, newest activity first (the order of buildThreads). */
export async function allThreads(db: LibraryDb): Promise<Thread[]> {
  return (await db.threads.toArray()).map(toThread).sort(compareThreads);
}

/** The index rows of the meetings `ids` (municipality, committee, date, last save); undefined where none. */
export function meetingRefs(db: LibraryDb, ids: string[]): Promise<Array<MeetingRef | undefined>> {
  return db.meetingIndex.bulkGet(ids);
}

/** The meetings saved or changed by a save after `at` (ms). */
export function meetingsUpdatedAfter(db: LibraryDb, at: number): Promise<string[]> {
  return db.meetingIndex.where('updatedAt').above(at).primaryKeys();
}
