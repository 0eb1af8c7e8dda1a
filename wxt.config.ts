import { defineConfig } from 'wxt';

// The extension: thin shells in entrypoints/, shared UI in components/, logic in lib/.
export default defineConfig({
  outDir: '.output',
  manifest: {
    name: 'Referat – gem og følg kommunale referater',
    description: 'Gem danske kommunale referater og dagsordener med ét klik, og følg sagerne på tværs af møder.',
    action: { default_title: 'Referat' },
    // scripting: the page parser is injected only into pages the detector recognised.
    // storage: IndexedDB for the library; unlimitedStorage so a library of years is not evicted.
    // notifications: a saved meeting that brings news to a followed topic says so.
    permissions: ['scripting', 'storage', 'unlimitedStorage', 'activeTab', 'notifications'],
    // Municipal sites are *.dk; localhost serves the demo and the tests.
    host_permissions: ['*://*.dk/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  },
  vite: () => ({ esbuild: { jsx: 'automatic', jsxImportSource: 'preact' } }),
});
