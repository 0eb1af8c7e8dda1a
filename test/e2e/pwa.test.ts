/**
 * The web app as a phone sees it (390×844, Chromium), served on 127.0.0.1 from a
 * copy of .output/pwa (`npm run build` first): installable; a bundle made from
 * the five seeds imported (meetings, a read mark, a note, two topics); the
 * topics, a topic's thread and an item; the same list, thread and item read again
 * offline after a reload; a new version deployed, announced and taken on the user's word; a PDF
 * opened with "Åbn et referat", also offline once pdf.js has been cached.
 * Screenshots go to test/screenshots/.
 */
import 'fake-indexeddb/auto';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { markRead, setNote } from '../../lib/db/marks';
import { meetingId } from '../../lib/db/identity';
import { followTopic } from '../../lib/db/topics';
import { buildBundle, bundleJson } from '../../lib/sync/export';
import { readBundle } from '../../lib/sync/bundle';
import { FIXTURES, meetingOf, SEEDS } from '../helpers/fixtures';
import { launchBrowser } from '../../scripts/chromium';
import { controlled, PHONE, shareWithApp, tab } from './phone';

const SHOTS = new URL('../screenshots/', import.meta.url).pathname;
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** Builds the web app again into `outDir` as version "<version>+<id>": the deploy of a new version. */
function buildVersion(outDir: string, id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.config.pwa.ts', '--logLevel', 'error'], {
      env: { ...process.env, PWA_OUT_DIR: outDir, PWA_BUILD_ID: id },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed: ${err}`))));
  });
}

/** The files the service worker precaches that are missing from `dir`. */
function missingPrecache(dir: string): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  return urls.filter((url) => !existsSync(join(dir, url)));
}

/** Replaces what the server serves (it reads files on every request); a copy taken while another build rewrote the folder is taken again. */
async function deploy(from: string, site: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    rmSync(site, { recursive: true, force: true });
    cpSync(from, site, { recursive: true });
    const missing = missingPrecache(site);
    if (missing.length === 0) return;
    if (attempt === 3) throw new Error(`${from} is incomplete (${missing.join(', ')}): run npm run build`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function seedBundle(path: string): Promise<void> {
  const db = new LibraryDb('e2e-bundle');
  for (const seed of Object.values(SEEDS)) await saveMeeting(db, meetingOf(seed), 'file');
  const id = meetingId(meetingOf(SEEDS.herning2023));
  await markRead(db, id, 48);
  await setNote(db, id, 48, 'Spørg til åbningstiderne');
  await followTopic(db, 'Blå Kors Varmestue');
  await followTopic(db, 'gadeplan');
  writeFileSync(path, bundleJson(await buildBundle(db)));
  await db.delete();
}

const meetingLinks = (page: Page) => page.locator('a.meeting-link');
/** The first search loads the stemmer and the index: more than expect.poll's default second. */
const SLOW = { timeout: 15_000 };
const THREAD_TITLE = 'Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalget';
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: false });

describe('the web app, offline first', () => {
  let tmp: string;
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let built: Promise<void>;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'referat-pwa-'));
    site = join(tmp, 'site');
    mkdirSync(SHOTS, { recursive: true });
    await deploy('.output/pwa', site);
    // The next version builds while the first is being tested.
    built = buildVersion(join(tmp, 'v2'), 'e2e-2');
    built.catch(() => {});
    await seedBundle(join(tmp, 'referat-pakke.json'));
    // As in npm start: other pages share the app's origin (and its service worker's scope).
    server = await startStaticServer({ routes: [{ prefix: '/demo/', dir: 'test/fixtures' }, { prefix: '/', dir: site }] });
    browser = await launchBrowser();
    context = await browser.newContext(PHONE);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('starts empty, installable, with its service worker in control', async () => {
    await page.goto(server.origin + '/');
    await expect.poll(() => page.locator('main h2').textContent()).toBe('Biblioteket er tomt');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    // Test contexts are incognito, where Chromium never installs; nothing else may stand in the way.
    expect(installabilityErrors.filter((e) => (e as { errorId: string }).errorId !== 'in-incognito')).toEqual([]);
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
    expect(errors).toEqual([]);
    const manifest = await (await page.request.get(server.origin + '/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ name: 'Referat – kommunale møder', short_name: 'Referat', lang: 'da', display: 'standalone' });
    expect(await page.locator('.version').textContent()).toBe(`Referat ${VERSION}`);
    // The service worker answers navigations to the app only; the origin's other pages come from the network.
    const other = await context.newPage();
    await other.goto(server.origin + '/demo/seeds/000_185fcd858e7dcb18.txt');
    expect(await other.locator('body').textContent()).toContain('REFERAT Beskæftigelsesudvalget d. 22-08-2023');
    await other.close();
  });

  it('refuses a broken bundle with a message per problem, and changes nothing', async () => {
    await tab(page, 'Overfør').click();
    const bad = { format: 'minutes-bundle', version: 1, exportedAt: '2025-01-31T12:00:00.000Z', meetings: [{ kind: 'referat' }] };
    await page.setInputFiles('input[accept^=".json"]', { name: 'forkert.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const problems = page.locator('.problems li');
    await expect.poll(() => problems.first().textContent()).toBe('meetings[0].municipality mangler');
    expect(await problems.count()).toBe(10);
    await tab(page, 'Møder').click();
    await expect.poll(() => page.locator('main h2').textContent()).toBe('Biblioteket er tomt');
  });

  it('imports a bundle of the five seeds and shows the meetings, a meeting and an item', async () => {
    await tab(page, 'Overfør').click();
    await page.setInputFiles('input[accept^=".json"]', join(tmp, 'referat-pakke.json'));
    await expect.poll(() => page.locator('.transfer .status.done').textContent(), { timeout: 15_000 }).toBe(
      'Importeret: 5 møder (5 nye), 1 læsemarkering, 1 note og 2 emner. Se møderne',
    );
    await shot(page, 'pwa-import.png');
    await page.getByRole('link', { name: 'Se møderne' }).click();
    await expect.poll(() => meetingLinks(page).count()).toBe(5);
    await shot(page, 'pwa-meetings.png');

    await meetingLinks(page).filter({ hasText: '22. august 2023' }).click();
    await expect.poll(() => page.locator('details.item').count()).toBe(17);
    expect(await page.locator('.meeting h2').textContent()).toBe('Beskæftigelsesudvalget');
    await shot(page, 'pwa-meeting.png');

    const item48 = page.locator('#punkt-48');
    await item48.locator('summary').click();
    await item48.getByRole('link', { name: 'Vis punkt 48 for sig' }).click();
    await expect.poll(() => page.locator('.item-page h2').textContent()).toBe('Punkt 48 Samling af Blå Kors Varmestue og det øvrige misbrug/udsatte-område');
    expect(await page.locator('.item-page .decision p').first().textContent()).toBe('Indstillingen blev tiltrådt.');
    await shot(page, 'pwa-item.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'pwa-item-dark.png');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows the topics that came with the bundle, a topic grouped by thread, and the thread', async () => {
    await tab(page, 'Emner').click();
    const topics = page.locator('.topic-list li');
    await expect.poll(() => topics.count(), SLOW).toBe(2);
    expect(await topics.locator('.topic-label').allTextContents()).toEqual(['Blå Kors Varmestue', 'gadeplan']);
    // What came with the import is not news.
    expect(await topics.locator('.news-mark').count()).toBe(0);
    // The four tabs stay on one row at 390 px.
    const tops = await page.locator('nav.tabs a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await shot(page, 'pwa-topics.png');
    await topics.filter({ hasText: 'gadeplan' }).locator('.topic-link').click();
    await expect.poll(() => page.locator('.topic-group').count(), SLOW).toBe(1);
    await shot(page, 'pwa-topic.png');
    await page.getByRole('link', { name: 'Se hele sagens forløb' }).click();
    await expect.poll(() => page.locator('.thread-page h2').textContent(), SLOW).toBe(THREAD_TITLE);
    expect(await page.locator('.thread-page .tl-row').count()).toBe(3);
    await shot(page, 'pwa-thread.png');
    // Each item shows its case: punkt 51 with the earlier punkt 76 and punkt 46 of its own meeting.
    await page.locator('.thread-page').getByRole('link', { name: /^Punkt 51:/ }).click();
    const rows = page.locator('.item-page .item-case .tl-row');
    await expect.poll(() => rows.count(), SLOW).toBe(3);
    expect(await rows.locator('time').allTextContents()).toEqual(['20. september 2022', '22. august 2023', '22. august 2023']);
    expect(await page.locator('.item-case .tl-row.current .tl-title').textContent()).toBe('Punkt 51: Fællesmøde mellem Socialt Udsatte Forum og Beskæftigelsesudvalgetdette punkt');
    await shot(page, 'pwa-item-case.png');
  });

  it('exports the library as a bundle that reads back the same', async () => {
    await tab(page, 'Overfør').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér biblioteket' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^referat-pakke-\d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const read = readBundle(text);
    const original = readBundle(readFileSync(join(tmp, 'referat-pakke.json'), 'utf8'));
    expect(read.ok && original.ok).toBe(true);
    if (!read.ok || !original.ok) return;
    expect(read.bundle.meetings).toEqual(original.bundle.meetings);
    expect([read.bundle.reads.length, read.bundle.notes, read.bundle.topics.map((t) => t.query)]).toEqual([1, original.bundle.notes, ['Blå Kors Varmestue', 'gadeplan']]);
  });

  it('reads the same list and item with the network off, after a reload', async () => {
    await context.setOffline(true);
    await page.goto(server.origin + '/');
    await expect.poll(() => meetingLinks(page).count()).toBe(5);
    expect(await meetingLinks(page).first().locator('.committee').textContent()).toBe('Beskæftigelsesudvalget');
    await page.reload();
    await expect.poll(() => meetingLinks(page).count()).toBe(5);
    await meetingLinks(page).filter({ hasText: '22. august 2023' }).click();
    await page.locator('#punkt-48 summary').click();
    await page.locator('#punkt-48').getByRole('link', { name: 'Vis punkt 48 for sig' }).click();
    await expect.poll(() => page.locator('.item-page .decision p').first().textContent()).toBe('Indstillingen blev tiltrådt.');
    await page.reload();
    await expect.poll(() => page.locator('.item-page .decision p').first().textContent()).toBe('Indstillingen blev tiltrådt.');
    // The thread, from the topic, as online.
    await tab(page, 'Emner').click();
    await page.locator('.topic-list li').filter({ hasText: 'gadeplan' }).locator('.topic-link').click();
    await page.getByRole('link', { name: 'Se hele sagens forløb' }).click();
    await expect.poll(() => page.locator('.thread-page h2').textContent(), SLOW).toBe(THREAD_TITLE);
    await page.reload();
    await expect.poll(() => page.locator('.thread-page .tl-row').count(), SLOW).toBe(3);
    expect(await page.locator('.thread-page .tl-decision').allTextContents()).toContainEqual(expect.stringContaining('styrket gadeplansindsats'));
    // The lazily loaded view is in the precache too.
    await tab(page, 'Overfør').click();
    await expect.poll(() => page.locator('main h2').textContent()).toBe('Overfør: importér / eksportér');
    await context.setOffline(false);
  });

  it('announces a new version and moves to it when the user says so', async () => {
    await built;
    await deploy(join(tmp, 'v2'), site);
    await page.goto(server.origin + '/');
    const prompt = page.locator('.update-prompt');
    await expect.poll(() => prompt.locator('p').textContent(), { timeout: 20_000 }).toBe('Der er en ny version af Referat.');
    // Still the old version until the click.
    expect(await page.locator('.version').textContent()).toBe(`Referat ${VERSION}`);
    await shot(page, 'pwa-update.png');
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Opdater' }).click()]);
    await expect.poll(() => page.locator('.version').textContent()).toBe(`Referat ${VERSION}+e2e-2`);
    expect(await prompt.locator('p').count()).toBe(0);
    await expect.poll(() => meetingLinks(page).count()).toBe(5);
  });

  it('opens a PDF with "Åbn et referat" and saves it; once pdf.js is cached, a PDF opens offline too', async () => {
    // A fresh phone: its own storage.
    const fresh = await browser.newContext(PHONE);
    try {
      const p = await fresh.newPage();
      await p.goto(server.origin + '/');
      await controlled(p);
      await p.setInputFiles('.open-minutes input[type=file]', FIXTURES + 'pdf/000_185fcd858e7dcb18.pdf');
      await expect.poll(() => p.locator('.open-minutes .status').textContent(), { timeout: 20_000 }).toBe('Gemt – 17 punkter.');
      await expect.poll(() => p.locator('details.item').count()).toBe(17);
      expect(await p.locator('.meeting h2').textContent()).toBe('Beskæftigelsesudvalget');

      await fresh.setOffline(true);
      await p.goto(server.origin + '/');
      await expect.poll(() => meetingLinks(p).count()).toBe(1);
      await p.setInputFiles('.open-minutes input[type=file]', FIXTURES + 'pdf/002_a0a4e38bb360a38c.pdf');
      await expect.poll(() => p.locator('.open-minutes .status').textContent(), { timeout: 20_000 }).toBe('Gemt – 12 punkter.');
      await tab(p, 'Møder').click();
      await expect.poll(() => meetingLinks(p).count()).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it('takes files shared with the app (share target), and imports them only when the user says so', async () => {
    const fresh = await browser.newContext(PHONE);
    try {
      const p = await fresh.newPage();
      await p.goto(server.origin + '/');
      await controlled(p);
      await shareWithApp(p, server.origin, [FIXTURES + 'pdf/002_a0a4e38bb360a38c.pdf', join(tmp, 'referat-pakke.json')]);
      const panel = p.locator('.panel.shared');
      await expect.poll(() => panel.locator('p').first().textContent()).toBe('Du har delt 2 filer med Referat:');
      expect(await panel.locator('li').allTextContents()).toEqual(['002_a0a4e38bb360a38c.pdf', 'referat-pakke.json']);
      // Nothing is in the library before the click.
      expect(await p.evaluate(() => new Promise<number>((resolve) => {
        const open = indexedDB.open('referat');
        open.onsuccess = () => { const db = open.result; const n = db.objectStoreNames.contains('meetings') ? db.transaction('meetings').objectStore('meetings').count() : null; if (!n) return resolve(0); n.onsuccess = () => resolve(n.result); };
      }))).toBe(0);
      await panel.getByRole('button', { name: 'Importér' }).click();
      await expect.poll(() => panel.locator('li').allTextContents(), SLOW).toEqual([
        '002_a0a4e38bb360a38c.pdf: Gemt – 12 punkter.',
        'referat-pakke.json: pakken er importeret (se nedenfor).',
      ]);
      expect(await p.locator('.transfer .status.done').textContent()).toMatch(/^Importeret: 5 møder \(4 nye, 1 (opdateret|uændret)\)/);
      // The share is used up: the view opens without it next time.
      await p.reload();
      await expect.poll(() => p.locator('main h2').textContent()).toBe('Overfør: importér / eksportér');
      expect(await p.locator('.panel.shared').count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
