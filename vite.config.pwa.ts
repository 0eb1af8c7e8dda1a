import { defineConfig } from 'vite';

// The web app: the shared components/ built as a standalone site into .output/pwa.
export default defineConfig({
  root: 'pwa',
  base: './',
  publicDir: '../public',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: '../.output/pwa', emptyOutDir: true, target: 'es2022' },
});
