/**
 * The web app's service worker (Workbox, built by vite-plugin-pwa's injectManifest):
 * - precaches the app shell (HTML, JS, CSS, icons, manifest): the app starts and
 *   shows everything saved with no network;
 * - answers navigations to the app (its folder or index.html; routes live in the
 *   hash) with the cached index.html; other pages of the origin (the demo's
 *   meeting pages under /demo/ and /vis) are left to the network;
 * - caches pdf.js and its worker (about 1.5 MB) on first use instead of on install,
 *   so a phone that only reads never downloads them; a PDF opened once online
 *   opens offline from then on;
 * - takes files shared with the installed app (share_target, POST to ./del) into
 *   a cache of their own and opens the Overfør view, which asks before importing;
 * - waits with a new version until the page asks (SKIP_WAITING, sent by
 *   workbox-window's messageSkipWaiting when the user clicks "Opdater").
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { isPdfJsAsset } from './assets';
import { NAME_HEADER, SHARE_ACTION, SHARE_CACHE, SHARE_FIELD, SHARE_MAX_FILES, sharedKey } from '../components/pwa/share';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

// The first version takes the open page at once, so pdf.js is cached if a PDF is opened in that first visit.
// A later version waits for the user's word (below); the page then reloads into it.
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
const scope = new URL(self.registration.scope).pathname;
const escaped = scope.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [new RegExp(`^${escaped}(index\\.html)?(\\?.*)?$`)] }));

// Hashed file names never change content: cache-first is safe; old versions age out.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && isPdfJsAsset(url.pathname),
  new CacheFirst({ cacheName: 'referat-pdfjs', plugins: [new ExpirationPlugin({ maxEntries: 6 })] }),
);

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname === `${scope}${SHARE_ACTION}`,
  async ({ request }) => {
    try {
      const files = (await request.formData()).getAll(SHARE_FIELD).filter((f): f is File => f instanceof File).slice(0, SHARE_MAX_FILES);
      await caches.delete(SHARE_CACHE);
      const cache = await caches.open(SHARE_CACHE);
      await Promise.all(
        files.map((file, n) =>
          cache.put(sharedKey(scope, n), new Response(file, { headers: { 'content-type': file.type || 'application/octet-stream', [NAME_HEADER]: encodeURIComponent(file.name) } })),
        ),
      );
    } catch {
      // Nothing readable was shared: the view says there is nothing to import.
    }
    return Response.redirect(`${scope}#/overfoer`, 303);
  },
  'POST',
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
