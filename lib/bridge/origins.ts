/**
 * Where the extension runs, decided at build time by one setting: REFERAT_APP_URL,
 * the web app's public address (origin and path, "https://example.github.io/referat/").
 *
 * - Set (a release): the bridge content script is injected on that address only,
 *   the background answers bridge messages only from a top frame of that origin,
 *   and nothing runs on or asks for localhost.
 * - Unset (development, the demo and the tests): the web app runs on
 *   http://localhost and http://127.0.0.1 (any port), and the detector runs there
 *   too, so the fixture pages can be served locally.
 *
 * wxt.config.ts reads the setting for the manifest and passes it to the code as
 * `__REFERAT_APP_URL__`. The web app needs none: it is built with relative
 * addresses, so one build works at any path.
 */
declare const __REFERAT_APP_URL__: string | undefined;

/** The municipal sites the detector reads. */
const MUNICIPAL_MATCHES = ['*://*.dk/*'];
/** The web app (and the fixture pages) in development and the tests. */
const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export interface Sites {
  /** The web app's address in a release; null in development. */
  appUrl: string | null;
  /** The bridge content script's match patterns. */
  bridgeMatches: string[];
  /** The detector content script's match patterns. */
  detectorMatches: string[];
  /** The manifest's host permissions (the parser is injected where the detector recognised a meeting). */
  hostPermissions: string[];
  /** The origins the web app may talk to the extension from. */
  bridgeOrigins: { protocol: string; hostname: string; port: string | null }[];
}

/**
 * Checks the setting: an https address with no port, user, query, fragment or *, whose
 * path ends in "/" (match patterns cannot name a port, and the app is a folder).
 * Throws a message naming the setting; undefined or "" is development.
 */
export function appUrlSetting(raw: string | undefined): URL | null {
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`REFERAT_APP_URL must be an address such as https://example.github.io/referat/, not ${JSON.stringify(raw)}`);
  }
  const problems = [
    url.protocol !== 'https:' && 'it must start with https://',
    !/^[a-z0-9.-]+$/.test(url.hostname) && 'its host must be a plain domain name',
    url.port !== '' && 'it must have no port',
    (url.username !== '' || url.password !== '') && 'it must have no user or password',
    /[?#*]/.test(raw) && 'it must have no ?, # or *',
    !url.pathname.endsWith('/') && 'its path must end in /',
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length > 0) throw new Error(`REFERAT_APP_URL=${raw}: ${problems.join('; ')}`);
  return url;
}

/** What the extension matches and accepts for the setting (see the top of this file). */
export function sitesFor(raw: string | undefined): Sites {
  const app = appUrlSetting(raw);
  if (!app) {
    return {
      appUrl: null,
      bridgeMatches: LOCAL_MATCHES,
      detectorMatches: [...MUNICIPAL_MATCHES, ...LOCAL_MATCHES],
      hostPermissions: [...MUNICIPAL_MATCHES, ...LOCAL_MATCHES],
      bridgeOrigins: LOCAL_MATCHES.map((m) => new URL(m.replace('*', ''))).map((u) => ({ protocol: u.protocol, hostname: u.hostname, port: null })),
    };
  }
  return {
    appUrl: app.href,
    bridgeMatches: [`${app.origin}${app.pathname}*`],
    detectorMatches: MUNICIPAL_MATCHES,
    hostPermissions: MUNICIPAL_MATCHES,
    bridgeOrigins: [{ protocol: app.protocol, hostname: app.hostname, port: app.port }],
  };
}

/** This build's sites: the setting as wxt.config.ts passed it (undefined in Node and the unit tests). */
export const SITES = sitesFor(typeof __REFERAT_APP_URL__ === 'string' ? __REFERAT_APP_URL__ : undefined);

export const BRIDGE_MATCHES = SITES.bridgeMatches;
export const DETECTOR_MATCHES = SITES.detectorMatches;

/** Is `origin` ("http://127.0.0.1:8787") one the web app may run on, for these sites? */
export function isOriginOf(sites: Sites, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  return sites.bridgeOrigins.some((a) => a.protocol === url.protocol && a.hostname === url.hostname && (a.port === null || a.port === url.port));
}

/** Is `origin` one the web app of this build may run on? */
export function isBridgeOrigin(origin: string): boolean {
  return isOriginOf(SITES, origin);
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
  if (sender.tab?.id === undefined || sender.frameId !== 0 || !sender.url || !URL.canParse(sender.url)) return false;
  const origin = new URL(sender.url).origin;
  return isBridgeOrigin(origin) && (sender.origin === undefined || sender.origin === origin);
}
