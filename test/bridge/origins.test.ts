/**
 * The one build setting, REFERAT_APP_URL: development (unset) keeps localhost;
 * a release names the web app's address, and then the bridge, the detector and
 * the manifest know that address only. Checks lib/bridge/origins.ts and the
 * manifest wxt.config.ts makes from it, building nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appUrlSetting, isOriginOf, SITES, sitesFor } from '../../lib/bridge/origins';

const APP = 'https://example.github.io/referat/';

const DEVELOPMENT = {
  appUrl: null,
  bridgeMatches: ['http://localhost/*', 'http://127.0.0.1/*'],
  detectorMatches: ['*://*.dk/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  hostPermissions: ['*://*.dk/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  bridgeOrigins: [
    { protocol: 'http:', hostname: 'localhost', port: null },
    { protocol: 'http:', hostname: '127.0.0.1', port: null },
  ],
};

const RELEASE = {
  appUrl: APP,
  bridgeMatches: ['https://example.github.io/referat/*'],
  detectorMatches: ['*://*.dk/*'],
  hostPermissions: ['*://*.dk/*'],
  bridgeOrigins: [{ protocol: 'https:', hostname: 'example.github.io', port: '' }],
};

describe('the sites of a build', () => {
  it('keeps localhost and 127.0.0.1 (any port) without the setting, as the unit tests run', () => {
    expect(sitesFor(undefined)).toEqual(DEVELOPMENT);
    expect(sitesFor('')).toEqual(DEVELOPMENT);
    expect(SITES).toEqual(DEVELOPMENT);
  });

  it('names only the web app, and the municipal sites, in a release', () => {
    expect(sitesFor(APP)).toEqual(RELEASE);
    expect(sitesFor('https://referat.example.org/').bridgeMatches).toEqual(['https://referat.example.org/*']);
    expect(JSON.stringify(sitesFor(APP))).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('accepts bridge messages from exactly the web app\'s origin in a release', () => {
    const release = sitesFor(APP);
    expect(isOriginOf(release, 'https://example.github.io')).toBe(true);
    for (const o of [
      'http://example.github.io',
      'https://example.github.io:8443',
      'https://example.github.io/',
      'https://other.github.io',
      'https://example.github.io.evil.dk',
      'http://localhost:8787',
      'http://127.0.0.1:8787',
      'null',
      '',
    ]) {
      expect(isOriginOf(release, o), o).toBe(false);
    }
  });

  it('accepts localhost and 127.0.0.1 on any port in development, and not the release origin', () => {
    const development = sitesFor(undefined);
    expect(isOriginOf(development, 'http://127.0.0.1:8787')).toBe(true);
    expect(isOriginOf(development, 'http://localhost')).toBe(true);
    expect(isOriginOf(development, 'https://example.github.io')).toBe(false);
    expect(isOriginOf(development, 'https://localhost:8787')).toBe(false);
  });
});

describe('the setting', () => {
  it('is an https address of a folder', () => {
    expect(appUrlSetting(APP)?.href).toBe(APP);
    expect(appUrlSetting('https://Example.GitHub.io/referat/')?.href).toBe(APP);
    expect(appUrlSetting(undefined)).toBe(null);
  });

  it.each([
    ['example.github.io/referat/', 'REFERAT_APP_URL must be an address such as https://example.github.io/referat/, not "example.github.io/referat/"'],
    ['http://example.github.io/referat/', 'REFERAT_APP_URL=http://example.github.io/referat/: it must start with https://'],
    ['https://example.github.io/referat', 'REFERAT_APP_URL=https://example.github.io/referat: its path must end in /'],
    ['https://example.github.io:8443/referat/', 'REFERAT_APP_URL=https://example.github.io:8443/referat/: it must have no port'],
    ['https://me:pw@example.github.io/', 'REFERAT_APP_URL=https://me:pw@example.github.io/: it must have no user or password'],
    ['https://example.github.io/?a=1', 'REFERAT_APP_URL=https://example.github.io/?a=1: it must have no ?, # or *'],
    ['https://example.github.io/#', 'REFERAT_APP_URL=https://example.github.io/#: it must have no ?, # or *'],
    ['https://*.github.io/', 'REFERAT_APP_URL=https://*.github.io/: its host must be a plain domain name; it must have no ?, # or *'],
    ['http://localhost:8787/app', 'REFERAT_APP_URL=http://localhost:8787/app: it must start with https://; it must have no port; its path must end in /'],
  ])('refuses %s', (raw, message) => {
    expect(() => appUrlSetting(raw)).toThrow(new Error(message));
  });
});

describe('the manifest wxt.config.ts makes', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function config(appUrl: string | undefined) {
    vi.stubEnv('REFERAT_APP_URL', appUrl);
    vi.resetModules();
    const { default: wxtConfig } = await import('../../wxt.config');
    const manifest = wxtConfig.manifest as (env: { browser: string }) => Record<string, unknown>;
    const vite = wxtConfig.vite as () => { define: Record<string, string> };
    return { firefox: manifest({ browser: 'firefox' }), chrome: manifest({ browser: 'chrome' }), define: vite().define };
  }

  it('asks for localhost in development', async () => {
    const { firefox, chrome, define } = await config(undefined);
    expect(chrome.host_permissions).toEqual(DEVELOPMENT.hostPermissions);
    expect(firefox.host_permissions).toEqual(DEVELOPMENT.hostPermissions);
    expect(define).toEqual({ __REFERAT_APP_URL__: '""' });
  });

  it('asks for no localhost in a release, and passes the address to the code', async () => {
    const { firefox, chrome, define } = await config(APP);
    expect(chrome.host_permissions).toEqual(['*://*.dk/*']);
    expect(firefox.host_permissions).toEqual(['*://*.dk/*']);
    expect(define).toEqual({ __REFERAT_APP_URL__: JSON.stringify(APP) });
  });

  it('gives Firefox, desktop and Android, a fixed add-on id and the versions it needs; Chrome none of it', async () => {
    const { firefox, chrome } = await config(undefined);
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'referat@kommunale-referater', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(chrome.browser_specific_settings).toBe(undefined);
  });
});
