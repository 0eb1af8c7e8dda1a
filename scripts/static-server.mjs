// A small static file server for the demo and the browser tests: routes map URL
// prefixes to folders; "/vis?id=…" serves a FirstAgenda-like meeting page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.pdf': 'application/pdf', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
};

/** routes: [{ prefix: '/demo/', dir: 'test/fixtures' }, …], longest prefix first; `pages` maps exact paths to files. */
export function startStaticServer({ routes, pages = {}, port = 0, host = '127.0.0.1' }) {
  const sorted = [...routes].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let file = pages[url.pathname] ?? null;
      if (!file) {
        const route = sorted.find((r) => url.pathname.startsWith(r.prefix));
        if (!route) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
        const root = resolve(route.dir);
        const rel = decodeURIComponent(url.pathname.slice(route.prefix.length)) || 'index.html';
        file = join(root, normalize('/' + rel));
        if (!file.startsWith(root)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Ikke fundet');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, origin: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
