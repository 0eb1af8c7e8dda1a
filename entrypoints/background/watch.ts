/**
 * Followed committees in the background: the watch service (lib/watch/service.ts)
 * with this browser's fetch and document parser, checked when the browser starts,
 * every few hours by an alarm, and on "Tjek nu". Chromium stops an idle service
 * worker after 30 s; a check keeps it awake while it runs.
 */
import type { LibraryDb } from '../../lib/db/schema';
import { watchSettings } from '../../lib/db/watch';
import { libraryStore } from '../../lib/watch/library-store';
import { createPoliteClient } from '../../lib/watch/polite-fetch';
import { createWatchService, type WatchService } from '../../lib/watch/service';
import { announceCheck } from './news';
import { readMeeting } from './read-meeting';

const ALARM = 'watch';
const KEEP_AWAKE_MS = 20_000;

async function schedule(hours: number): Promise<void> {
  await browser.alarms.create(ALARM, { periodInMinutes: hours * 60, delayInMinutes: hours * 60 });
}

/** Calls a cheap extension API now and then while `work` runs: an extension event keeps a service worker alive. */
async function awake<T>(work: Promise<T>): Promise<T> {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), KEEP_AWAKE_MS);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

/** Made when the background starts; its listeners are registered at once, as a service worker's must be. */
export function startWatch(db: LibraryDb): WatchService {
  const service = createWatchService(
    db,
    { store: libraryStore(db), client: createPoliteClient({ fetch: (url, init) => fetch(url, init) }), readMeeting, now: Date.now },
    { checked: (report) => announceCheck(db, report).catch(() => undefined), rescheduled: schedule },
  );
  const check = () => void awake(service.check()).catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) check();
  });
  browser.runtime.onStartup.addListener(check);
  // Installed or updated: the alarm at the chosen interval (an alarm survives restarts, not an update).
  browser.runtime.onInstalled.addListener(() => void watchSettings(db).then((s) => schedule(s.intervalHours)).catch(() => undefined));
  return { ...service, handle: (request) => awake(service.handle(request)) };
}
