import { defineConfig } from 'wxt';

// The extension: thin shells in entrypoints/, shared UI in components/, logic in lib/.
export default defineConfig({
  outDir: '.output',
  manifest: {
    name: 'Referat – gem og følg kommunale referater',
    description: 'Gem danske kommunale referater og dagsordener med ét klik, og følg sagerne på tværs af møder.',
    action: { default_title: 'Referat – åbn biblioteket' },
  },
  vite: () => ({ esbuild: { jsx: 'automatic', jsxImportSource: 'preact' } }),
});
