/** What the update prompt needs from the service worker registration (pwa/register.ts), so the prompt knows nothing of Workbox. */
export interface AppUpdates {
  /** Calls `listener` once a new version is installed and waiting (at once if one already is); returns an unsubscribe. */
  onWaiting(listener: () => void): () => void;
  /** Lets the waiting version take over, then reloads the page. */
  apply(): void;
}

/** For pages without a service worker (an old browser, or a test). */
export const noUpdates: AppUpdates = { onWaiting: () => () => {}, apply: () => {} };
