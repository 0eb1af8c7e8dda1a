/**
 * The web app's end of the bridge to the extension (lib/bridge/protocol.ts): a
 * HELLO to its own origin, a private port from the bridge content script when the
 * extension is installed, then a sync on start and whenever the app gets focus or
 * is shown again: the inventory out, a bundle of what the app lacks in (checked
 * with checkBundle, imported all or nothing), and the app's topics and read marks
 * back; those also go back on their own as soon as they change in the app.
 * Without the extension nothing answers, and nothing happens.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { BRIDGE_VERSION, HELLO, isBridgeMessage, isWelcome, MAX_READS, MAX_TOPICS, type BridgeMessage, type Inventory, type Push } from '../../lib/bridge/protocol';

/** Retries of the HELLO: the content script may start after the app. */
const HELLO_DELAYS_MS = [0, 200, 500, 1000, 2000, 4000];
const ANSWER_TIMEOUT_MS = 30_000;
/** Bundles pulled in one sync at most (each holds up to MAX_PULL_MEETINGS meetings). */
const MAX_ROUNDS = 50;

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The port from the bridge, or null when no extension answers in time. */
export function connectBridge(win: Window = window): Promise<MessagePort | null> {
  const nonce = newNonce();
  return new Promise((resolve) => {
    const timers: number[] = [];
    const done = (port: MessagePort | null) => {
      win.removeEventListener('message', onMessage);
      timers.forEach((t) => clearTimeout(t));
      resolve(port);
    };
    function onMessage(event: MessageEvent) {
      if (event.source !== win || event.origin !== win.location.origin || !isWelcome(event.data, nonce) || event.ports.length !== 1) return;
      done(event.ports[0]!);
    }
    win.addEventListener('message', onMessage);
    for (const delay of HELLO_DELAYS_MS) {
      timers.push(win.setTimeout(() => win.postMessage({ type: HELLO, v: BRIDGE_VERSION, nonce }, win.location.origin), delay));
    }
    timers.push(win.setTimeout(() => done(null), HELLO_DELAYS_MS.at(-1)! + 1000));
  });
}

/** One request on the port, one checked answer (or null on timeout). */
function ask(port: MessagePort, message: unknown): Promise<BridgeMessage | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(null), ANSWER_TIMEOUT_MS);
    const finish = (m: BridgeMessage | null) => {
      clearTimeout(timer);
      port.removeEventListener('message', onMessage);
      resolve(m);
    };
    const onMessage = (e: MessageEvent) => finish(isBridgeMessage(e.data) ? e.data : null);
    port.addEventListener('message', onMessage);
    port.start();
    port.postMessage(message);
  });
}

async function inventoryOf(db: LibraryDb): Promise<Inventory> {
  const meetings = (await db.meetings.toArray()).map((m) => ({
    municipality: m.municipality, committee: m.committee, date: m.date, startTime: m.startTime, kind: m.kind, itemCount: m.itemCount, decisionCount: m.decisionCount,
  }));
  const topics = (await db.topics.toArray()).map((t) => t.query);
  return { meetings, topics };
}

async function pushOf(db: LibraryDb): Promise<Push> {
  const records = new Map((await db.meetings.toArray()).map((m) => [m.id, m]));
  const topics = (await db.topics.toArray()).slice(0, MAX_TOPICS).map(({ id: _id, ...t }) => t);
  const reads = (await db.reads.toArray()).flatMap((r) => {
    const m = records.get(r.meetingId);
    return m ? [{ meeting: { municipality: m.municipality, committee: m.committee, date: m.date, startTime: m.startTime }, number: r.number, readAt: r.readAt }] : [];
  });
  return { topics, reads: reads.slice(-MAX_READS) };
}

/** One sync over an open port: the number of meetings added or updated here. */
export async function syncOnce(db: LibraryDb, port: MessagePort): Promise<number> {
  const { checkBundle, importBundle } = await import('../../lib/sync');
  let fetched = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const answer = await ask(port, { type: 'inventory', inventory: await inventoryOf(db) });
    if (answer?.type !== 'bundle') break;
    const checked = checkBundle(answer.bundle);
    if (!checked.ok) break;
    if (checked.bundle.meetings.length === 0 && checked.bundle.topics.length === 0) break;
    const summary = await importBundle(db, checked.bundle);
    fetched += summary.created + summary.updated;
    if (!answer.more) break;
  }
  await pushOnce(db, port);
  return fetched;
}

/** The app's own topics and read marks, to the extension (no pull). */
export async function pushOnce(db: LibraryDb, port: MessagePort): Promise<void> {
  await ask(port, { type: 'push', push: await pushOf(db) });
}

type Job = 'sync' | 'push';

/**
 * For PwaApp: connects once; syncs on start, whenever the app gets focus or
 * becomes visible again (a meeting saved in another tab arrives without a
 * reload), and pushes the app's topics and read marks as soon as they change.
 * One request at a time on the port: jobs asked for meanwhile run after, merged.
 * The status line to show, or null.
 */
export function useBridgeStatus(db: LibraryDb): string | null {
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
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
          if (n > 0 && !closed) setStatus(`Hentet ${n} ${n === 1 ? 'møde' : 'møder'} fra udvidelsen`);
        } catch {
          // The extension went away or the library refused the write: try again on the next focus.
        }
      }
      running = false;
    };
    const onFocus = () => void run('sync');
    const onVisible = () => document.visibilityState === 'visible' && void run('sync');
    // The first answer is the marks as they are at start; the start sync pushes those.
    let first = true;
    const marks = liveQuery(() => Promise.all([db.topics.toArray(), db.reads.toArray()])).subscribe({
      next: () => (first ? (first = false) : void run('push')),
      error: () => {},
    });
    void connectBridge().then((p) => {
      if (closed) return p?.close();
      port = p;
      void run('sync');
    });
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      closed = true;
      port?.close();
      marks.unsubscribe();
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [db]);
  return status;
}
