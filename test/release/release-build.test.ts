/**
 * The store packages, made as `npm run zip` makes them but into a temporary
 * folder: with REFERAT_APP_URL set, the Chrome and Firefox manifests name the web
 * app and no localhost anywhere, the version is package.json's, and the sources
 * archive the Firefox add-on site asks for holds what rebuilds the add-on and no
 * tests, dependencies or build output. Without the setting there is no package.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const APP = 'https://example.github.io/referat/';
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const run = promisify(execFile);

let out: string;

/** `wxt zip` for each browser, through WXT's own API (the CLI has no output folder option); `only` builds just those entrypoints. */
function zip(browsers: string[], appUrl: string | undefined, dir: string, only?: string[]) {
  const options = JSON.stringify({ outDir: dir, ...(only && { filterEntrypoints: only }) });
  const script = `import { zip } from 'wxt';
for (const browser of ${JSON.stringify(browsers)}) await zip({ ...${options}, browser });`;
  // As from a shell: without the test runner's NODE_ENV=test, which would make Vite build for development.
  const env: NodeJS.ProcessEnv = { ...process.env, REFERAT_APP_URL: appUrl ?? '' };
  delete env.NODE_ENV;
  return run(process.execPath, ['--input-type=module', '-e', script], { env, maxBuffer: 16 * 1024 * 1024 });
}

/** The names in a zip file, read from its central directory. */
function zipNames(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0, n = zip.readUInt16LE(end + 10); i < n; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

const manifest = (target: string) => JSON.parse(readFileSync(join(out, target, 'manifest.json'), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'referat-release-'));
  await zip(['chrome', 'firefox'], APP, out);
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the release build', () => {
  it('makes the Chrome and Firefox packages and the sources archive, named with package.json\'s version', () => {
    expect(readdirSync(out).filter((f) => f.endsWith('.zip')).sort()).toEqual([
      `referat-${VERSION}-chrome.zip`,
      `referat-${VERSION}-firefox.zip`,
      `referat-${VERSION}-sources.zip`,
    ]);
    expect(manifest('chrome-mv3').version).toBe(VERSION);
    expect(manifest('firefox-mv2').version).toBe(VERSION);
  });

  it('asks for no localhost and injects nothing there: the bridge runs on the web app only', () => {
    for (const target of ['chrome-mv3', 'firefox-mv2']) {
      const text = readFileSync(join(out, target, 'manifest.json'), 'utf8');
      expect(text, target).not.toMatch(/localhost|127\.0\.0\.1/);
      const scripts = (manifest(target).content_scripts as { matches: string[]; js: string[] }[]).map((s) => [s.js, s.matches]);
      expect(scripts, target).toEqual([
        [['content-scripts/bridge.js'], ['https://example.github.io/referat/*']],
        [['content-scripts/detector.js'], ['*://*.dk/*']],
      ]);
    }
    expect(manifest('chrome-mv3').host_permissions).toEqual(['*://*.dk/*']);
    expect(manifest('firefox-mv2').permissions).toEqual(['scripting', 'storage', 'unlimitedStorage', 'activeTab', 'notifications', 'alarms', '*://*.dk/*']);
    // Chromium's background has no DOMParser: the meetings a check fetches are read in an offscreen document.
    expect(manifest('chrome-mv3').permissions).toEqual(['scripting', 'storage', 'unlimitedStorage', 'activeTab', 'notifications', 'alarms', 'offscreen']);
  });

  it('packs the built add-on, and sources that rebuild it without tests, dependencies or output', () => {
    expect(zipNames(join(out, `referat-${VERSION}-firefox.zip`))).toContain('manifest.json');
    const sources = zipNames(join(out, `referat-${VERSION}-sources.zip`));
    for (const needed of ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background/index.ts', 'lib/bridge/origins.ts', 'components/styles.css', 'public/icons/icon-192.png']) {
      expect(sources, needed).toContain(needed);
    }
    expect(sources.filter((name) => /^(node_modules|\.output|\.wxt|test|bench|test-results)\/|^\./.test(name))).toEqual([]);
  });

  it('refuses to make a store package without the web app\'s address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-release-'));
    try {
      await expect(zip(['chrome'], undefined, dir, ['bridge'])).rejects.toThrow('npm run zip makes store packages: set REFERAT_APP_URL');
      expect(readdirSync(dir).filter((f) => f.endsWith('.zip'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
