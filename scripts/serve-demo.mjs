// npm start (after the build): the web app at / and real meeting pages under /demo/
// to try the extension on. Nothing leaves this machine.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8787);
const { origin } = await startStaticServer({
  port,
  host: '127.0.0.1',
  routes: [
    { prefix: '/demo/', dir: 'test/fixtures' },
    { prefix: '/', dir: '.output/pwa' },
  ],
  pages: {
    // FirstAgenda Publication's address form: /vis?…&id=<GUID>
    '/vis': 'test/fixtures/firstagenda/aarhus-byraad-dagsorden-2025-10-08.html',
  },
});

console.log(`Referat kører på ${origin}/
  Webappen:            ${origin}/
  FirstAgenda-mødeside: ${origin}/vis?fk=1&id=4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f
  Anden kommunes side: ${origin}/demo/pages/kommune-cms-referat.html
  Et referat som tekst: ${origin}/demo/seeds/000_185fcd858e7dcb18.txt
Udvidelsen ligger i .output/chrome-mv3 (Chromium: chrome://extensions → Udviklertilstand → Indlæs upakket).
Stop med Ctrl+C.`);
