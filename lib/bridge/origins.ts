/**
 * Where the web app runs: the bridge content script is injected there only, and
 * the background answers bridge messages only from a top frame on one of these.
 * Match patterns (any port); configurable later.
 */
export const BRIDGE_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The hosts of BRIDGE_MATCHES, each with its scheme. */
const ALLOWED = BRIDGE_MATCHES.map((m) => {
  const [, scheme, host] = /^(\w+):\/\/([^/]+)\//.exec(m)!;
  return { protocol: `${scheme}:`, hostname: host! };
});

/** Is `origin` ("http://127.0.0.1:8787") one the web app may run on? */
export function isBridgeOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  return ALLOWED.some((a) => a.protocol === url.protocol && a.hostname === url.hostname);
}
