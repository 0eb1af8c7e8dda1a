import { defineConfig } from 'wxt';
import { sitesFor } from './lib/bridge/origins';

// The extension: thin shells in entrypoints/, shared UI in components/, logic in lib/.
// REFERAT_APP_URL (the web app's public address) makes a release build: see lib/bridge/origins.ts.
const sites = sitesFor(process.env.REFERAT_APP_URL);

export default defineConfig({
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Referat – gem og følg kommunale referater',
    description: 'Gem danske kommunale referater og dagsordener med ét klik, og følg sagerne på tværs af møder.',
    action: { default_title: 'Referat' },
    // scripting: the page parser is injected only into pages the detector recognised.
    // storage: IndexedDB for the library; unlimitedStorage so a library of years is not evicted.
    // notifications: a saved meeting that brings news to a followed topic says so.
    // alarms: followed committees are checked every few hours.
    // offscreen (Chromium): the background service worker has no DOMParser; the meeting texts the
    // checks fetch are read in an offscreen document (Firefox's background page has its own).
    permissions: ['scripting', 'storage', 'unlimitedStorage', 'activeTab', 'notifications', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Municipal sites are *.dk; in development localhost serves the demo and the tests.
    host_permissions: sites.hostPermissions,
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // A fixed id: the add-on site, the data the add-on keeps and the tests (which fix its moz-extension UUID) need one.
        // 140 (the ESR) and 142 on Android are the first to read data_collection_permissions; the add-on collects nothing.
        gecko: { id: 'referat@kommunale-referater', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    define: { __REFERAT_APP_URL__: JSON.stringify(sites.appUrl ?? '') },
  }),
  zip: {
    // The sources archive the Firefox add-on site asks for: what rebuilds the add-on, without tests and benchmarks.
    excludeSources: ['test/**', 'bench/**', 'test-results/**', 'vitest*.config.ts', 'stats.html'],
  },
  hooks: {
    'zip:start': () => {
      // A store package is a release: it must name the web app, and so leave localhost out.
      if (!sites.appUrl) throw new Error('npm run zip makes store packages: set REFERAT_APP_URL to the web app\'s address (see README, "Udgiv webappen").');
    },
  },
});
