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

function urlOf(address: string): URL | null {
  try {
    return new URL(address);
  } catch {
    return null;
  }
}

/** Is `origin` ("http://127.0.0.1:8787") one the web app may run on? */
export function isBridgeOrigin(origin: string): boolean {
  const url = urlOf(origin);
  return url !== null && url.origin === origin && ALLOWED.some((a) => a.protocol === url.protocol && a.hostname === url.hostname);
}

/** A runtime message's sender, as far as the check needs it. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
  origin?: string;
}

/** Did the message come from the top frame of a tab on one of the web app's origins (the bridge content script there)? */
export function fromBridgeFrame(sender: Sender): boolean {
  if (sender.tab?.id === undefined || sender.frameId !== 0 || !sender.url) return false;
  const origin = urlOf(sender.url)?.origin;
  return origin !== undefined && isBridgeOrigin(origin) && (sender.origin === undefined || sender.origin === origin);
}
