/**
 * The web app's side of the bridge, over an open port (connect.ts): its inventory
 * out, a bundle of what it lacks in (checked with checkBundle, imported all or
 * nothing), and its topics and read marks back. startBridgeSync runs it on start,
 * whenever the app gets focus or is shown again, and pushes the marks as soon as
 * they change. Without the extension nothing answers, and nothing happens.
 */
import { allReadMarks, watchReadsAndTopics } from '../db/marks';
import { meetingRecords } from '../db/meetings';
import type { LibraryDb } from '../db/schema';
import { allTopics } from '../db/topics';
import { bundleTopic, refOf } from '../sync/refs';
import { ask, connectBridge } from './connect';
import { MAX_READS, MAX_TOPICS, type Inventory, type Push } from './protocol';

/** Bundles pulled in one sync at most (each holds up to MAX_PULL_MEETINGS meetings). */
const MAX_ROUNDS = 50;

async function inventoryOf(db: LibraryDb): Promise<Inventory> {
  const meetings = (await meetingRecords(db)).map((m) => ({
    municipality: m.municipality, committee: m.committee, date: m.date, startTime: m.startTime, kind: m.kind, itemCount: m.itemCount, decisionCount: m.decisionCount,
  }));
  const topics = (await allTopics(db)).map((t) => t.query);
  return { meetings, topics };
}

async function pushOf(db: LibraryDb): Promise<Push> {
  const records = new Map((await meetingRecords(db)).map((m) => [m.id, m]));
  const topics = (await allTopics(db)).slice(0, MAX_TOPICS).map(bundleTopic);
  const reads = (await allReadMarks(db)).flatMap((r) => {
    const m = records.get(r.meetingId);
    return m ? [{ meeting: refOf(m), number: r.number, readAt: r.readAt }] : [];
  });
  return { topics, reads: reads.slice(-MAX_READS) };
}

/** One sync over an open port: the number of meetings added or updated here. */
async function syncOnce(db: LibraryDb, port: MessagePort): Promise<number> {
  // The bundle checks load only when an extension answers: they stay out of the app's first load.
  const { checkBundle, importBundle } = await import('../sync');
  let fetched = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const answer = await ask(port, { type: 'inventory', inventory: await inventoryOf(db) });
    if (answer?.type !== 'bundle') break;
    const checked = checkBundle(answer.bundle);
    if (!checked.ok) break;
    const { meetings, topics, committees } = checked.bundle;
    // An extension from before followed committees sends none: then an empty bundle is the end.
    if (meetings.length === 0 && topics.length === 0 && committees === undefined) break;
    // The extension's followed committees replace the app's: it alone follows and checks them.
    const summary = await importBundle(db, checked.bundle, { watch: 'replace' });
    fetched += summary.created + summary.updated;
    if (!answer.more || (meetings.length === 0 && topics.length === 0)) break;
  }
  await pushOnce(db, port);
  return fetched;
}

/** The app's own topics and read marks, to the extension (no pull). */
async function pushOnce(db: LibraryDb, port: MessagePort): Promise<void> {
  await ask(port, { type: 'push', push: await pushOf(db) });
}

type Job = 'sync' | 'push';

/**
 * Connects once; syncs on start, whenever `win` gets focus or becomes visible
 * again (a meeting saved in another tab arrives without a reload), and pushes
 * the app's topics and read marks as soon as they change. One request at a time
 * on the port: jobs asked for meanwhile run after, merged. `onFetched` hears how
 * many meetings a sync brought, when it brought any. Returns the stop.
 */
export function startBridgeSync(db: LibraryDb, win: Window, onFetched: (count: number) => void): () => void {
  let port: MessagePort | null = null;
  let pending: Job | null = null;
  let running = false;
  let closed = false;
  const run = async (job: Job) => {
    pending = pending === 'sync' || job === 'sync' ? 'sync' : 'push';
    const open = port;
    if (!open || running || closed) return;
    running = true;
    while (pending && !closed) {
      const next: Job = pending;
      pending = null;
      try {
        if (next === 'push') {
          await pushOnce(db, open);
          continue;
        }
        const n = await syncOnce(db, open);
        if (n > 0 && !closed) onFetched(n);
      } catch {
        // The extension went away or the library refused the write: try again on the next focus.
      }
    }
    running = false;
  };
  const onFocus = () => void run('sync');
  const onVisible = () => win.document.visibilityState === 'visible' && void run('sync');
  // The first answer is the marks as they are at start; the start sync pushes those.
  let first = true;
  const stopWatching = watchReadsAndTopics(db, () => (first ? (first = false) : void run('push')));
  void connectBridge(win).then((p) => {
    if (closed) return p?.close();
    port = p;
    void run('sync');
  });
  win.addEventListener('focus', onFocus);
  win.document.addEventListener('visibilitychange', onVisible);
  return () => {
    closed = true;
    port?.close();
    stopWatching();
    win.removeEventListener('focus', onFocus);
    win.document.removeEventListener('visibilitychange', onVisible);
  };
}
