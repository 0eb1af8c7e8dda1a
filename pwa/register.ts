/**
 * Registers the service worker through workbox-window and turns its life cycle
 * into AppUpdates for the prompt: a new version waits until the user clicks
 * "Opdater" (waiting → SKIP_WAITING → controlling → reload).
 */
import { Workbox } from 'workbox-window';
import { noUpdates, type AppUpdates } from '../components/pwa/updates';

export function registerServiceWorker(url = './sw.js'): AppUpdates {
  if (!('serviceWorker' in navigator)) return noUpdates;
  const wb = new Workbox(url, { scope: './' });
  const listeners = new Set<() => void>();
  let waiting = false;
  // Also fired when a version was already waiting before this page loaded.
  wb.addEventListener('waiting', () => {
    waiting = true;
    for (const listener of listeners) listener();
  });
  void wb.register().catch(() => {
    // No service worker (a private window, a blocked origin): the app still runs online.
  });
  // A phone keeps the app open for days: look for a new version when it comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void wb.update().catch(() => {});
  });
  return {
    onWaiting(listener) {
      listeners.add(listener);
      if (waiting) listener();
      return () => listeners.delete(listener);
    },
    apply() {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    },
  };
}
