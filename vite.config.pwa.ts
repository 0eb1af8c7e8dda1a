import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { PDFJS_CHUNK, PDFJS_GLOBS } from './pwa/assets';
import { SHARE_ACCEPT, SHARE_ACTION, SHARE_FIELD } from './components/pwa/share';

// The web app: the shared components/ built as a standalone, installable, offline site into .output/pwa.
// PWA_OUT_DIR and PWA_BUILD_ID let the browser test build a second, newer version of the app.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const version = process.env.PWA_BUILD_ID ? `${pkg.version}+${process.env.PWA_BUILD_ID}` : pkg.version;
const THEME = '#0b5c8a';

/**
 * snowball-stemmers ships the stemmers of 24 languages in one UMD file (37 KB
 * gzipped, nearly half the first load); the library uses Danish only. This keeps
 * Danish and drops the other languages' classes from the web app's bundle. The
 * Danish code is untouched, so stems are the same as in the extension and in Node.
 * A package whose layout no longer matches fails the build rather than ship wrong.
 */
function danishStemmerOnly(): Plugin {
  return {
    name: 'referat:danish-stemmer-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]snowball-stemmers[\\/]snowball-stemmers\.js$/.test(id)) return null;
      let dropped = 0;
      const out = code
        .replace(/^ {4}var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{\n[\s\S]*?^ {4}\}\(SnowballStemmer\);\n/gm, (block, lang: string) => {
          if (lang === 'danish') return block;
          dropped++;
          return '';
        })
        .replace(/^ {12}(\w+): \w+Stemmer,?\n/gm, (line, lang: string) => (lang === 'danish' ? line.replace(',', '') : ''));
      if (dropped < 20 || !out.includes('danish: danishStemmer')) {
        throw new Error(`snowball-stemmers' layout changed (${dropped} languages found): update danishStemmerOnly() in vite.config.pwa.ts`);
      }
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  root: 'pwa',
  base: './',
  publicDir: '../public',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: process.env.PWA_OUT_DIR ?? '../.output/pwa',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      output: {
        // pdf.js in a chunk of a known name, so the service worker can leave it out of the precache.
        manualChunks: (id) => (id.includes('/node_modules/pdfjs-dist/') ? PDFJS_CHUNK : undefined),
      },
    },
  },
  plugins: [
    danishStemmerOnly(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      includeManifestIcons: false,
      injectManifest: {
        // The manifest and its icons are added by the plugin itself.
        globPatterns: ['**/*.{js,css,html,png,svg}'],
        globIgnores: PDFJS_GLOBS,
      },
      manifest: {
        id: './',
        name: 'Referat – kommunale møder',
        short_name: 'Referat',
        description: 'Læs og følg kommunale referater og dagsordener på telefonen, også uden net. Intet sendes nogen steder hen.',
        lang: 'da',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME,
        background_color: '#fbfaf7',
        categories: ['news', 'government', 'productivity'],
        // Android: "Del" a bundle or a minutes file with the installed app (pwa/sw.ts takes the POST).
        share_target: {
          action: SHARE_ACTION,
          method: 'POST',
          enctype: 'multipart/form-data',
          params: { files: [{ name: SHARE_FIELD, accept: SHARE_ACCEPT }] },
        },
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});
