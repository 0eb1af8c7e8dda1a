/**
 * The library on the phone without a server (issue 14), in Chromium: the extension's library
 * sends what the phone lacks ("Send til telefonen": the whole library first, then what changed;
 * downloaded here, to the share sheet where the browser shares files); the web app on a phone
 * (390×844, touch) takes the first file from Android's share target after the user confirms, the
 * second from the file picker, the same file again and the older one again (dropped on the app)
 * without any change to its raw database, and reads what came in offline after a reload. An
 * iPhone in Safari is told once to add the app to the home screen, and reminded after 7 days
 * without a transfer. The clocks are fixed (14 May 2026, Danish time) so the texts are exact.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { fixtureText, SEEDS } from '../helpers/fixtures';
import { rawDump, storeCounts } from './library-db';
import { controlled, PHONE, shareWithApp, tab } from './phone';

const at = (time: string) => new Date(`2026-05-14T${time}:00+02:00`);
const SLOW = { timeout: 20_000 };
const DRAFT_TITLE = 'Udkast til temadrøftelse - introduktion til danskuddannelse (B)';
const TITLE = 'Genoptagelse af temadrøftelse - introduktion til danskuddannelse (B)';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let tmp: string;
let server: StaticServer;
let ext: ExtensionBrowser;
let library: Page;
let browser: Browser;
let phone: BrowserContext;
let app: Page;
/** The files the extension sent: the whole library at 10:05, what changed at 10:15. */
const files = { first: '', second: '' };

const libraryUrl = (hash: string) => `chrome-extension://${ext.extensionId}/library.html${hash}`;

/** Adds a minutes file to the extension's library with "Tilføj en fil" (on a fresh page, so the status line is this file's). */
async function addFile(name: string, text: string, items: number): Promise<void> {
  await library.goto(libraryUrl('#/'));
  await library.reload();
  await library.setInputFiles('.open-minutes input[type=file]', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect.poll(() => library.locator('.open-minutes .status').textContent(), SLOW).toBe(`Gemt – ${items} punkter.`);
}

/** Clicks "Send til telefonen" in the extension's Overfør and keeps the downloaded file. */
async function send(path: string): Promise<Download> {
  const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Send til telefonen' }).click()]);
  await download.saveAs(path);
  return download;
}

const status = (page: Page) => page.locator('.send-to-phone .status.done');
const imported = (page: Page) => page.locator('.transfer .status.done');
const meetingLinks = (page: Page) => page.locator('a.meeting-link');

/** Drops a file on the web app, as dragging it from the files of a computer or tablet does. */
function dropOnApp(page: Page, name: string, text: string): Promise<void> {
  return page.evaluate(({ name, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    const target = document.querySelector('main')!;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
  }, { name, text });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'referat-phone-'));
  server = await startStaticServer({ routes: [{ prefix: '/', dir: '.output/pwa' }] });
  ext = await launchWithExtension();
  await ext.context.clock.setFixedTime(at('10:00'));
  library = await ext.context.newPage();
  await library.goto(libraryUrl(''));
  browser = await launchBrowser();
  phone = await browser.newContext(PHONE);
  await phone.clock.setFixedTime(at('10:20'));
  app = await phone.newPage();
});

afterAll(async () => {
  await ext?.close();
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('Send til telefonen, in the extension', () => {
  it('sends the whole library the first time', async () => {
    await addFile('hvidovre.txt', fixtureText(SEEDS.hvidovre), 12);
    // Vejen's minutes as a draft with another title on item 1; the real minutes come later.
    await addFile('vejen-udkast.txt', fixtureText(SEEDS.vejen).replace(`Punkt 1: ${TITLE}`, `Punkt 1: ${DRAFT_TITLE}`), 12);
    await library.goto(libraryUrl('#/overfoer'));
    await expect.poll(() => library.locator('main h2').textContent()).toBe('Overfør til telefonen');
    expect(await library.locator('nav.main-nav [aria-current=page]').textContent()).toBe('Overfør');
    expect(await library.locator('.last-sent').textContent()).toBe('Du har ikke sendt noget til telefonen endnu: første gang kommer hele biblioteket med.');
    await ext.context.clock.setFixedTime(at('10:05'));
    const download = await send(join(tmp, 'first.json'));
    files.first = join(tmp, 'first.json');
    expect(download.suggestedFilename()).toMatch(/^referat-til-telefonen-2026-05-14-\d{4}\.json$/);
    await expect.poll(() => status(library).textContent()).toMatch(
      new RegExp(`^Hentet som ${download.suggestedFilename().replaceAll('.', '\\.')} \\([\\d,]+ [kM]?B\\): Hele biblioteket: 2 møder\\.$`),
    );
    expect(await library.locator('.last-sent').textContent()).toBe('Sidst sendt i dag kl. 10:05.');
    expect(JSON.parse(readFileSync(files.first, 'utf8')).meetings.map((m: { date: string }) => m.date)).toEqual(['2022-09-05', '2022-10-25']);
  });

  it('then only what changed since: a meeting updated, one added, one with a new read mark', async () => {
    await ext.context.clock.setFixedTime(at('10:10'));
    await addFile('vejen.txt', fixtureText(SEEDS.vejen), 12);
    await addFile('herning-2019.txt', fixtureText(SEEDS.herning2019), 11);
    // A read mark on Hvidovre's item 1, as the topic page writes it (the meeting itself did not change).
    await library.evaluate((readAt) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('referat');
      open.onsuccess = () => {
        const tx = open.result.transaction(['meetings', 'reads'], 'readwrite');
        const meetings = tx.objectStore('meetings').getAll();
        meetings.onsuccess = () => {
          const hvidovre = (meetings.result as Array<{ id: string; municipality: string }>).find((m) => m.municipality === 'Hvidovre Kommune')!;
          tx.objectStore('reads').put({ meetingId: hvidovre.id, number: 1, readAt });
        };
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    }), at('10:10').getTime());
    await library.goto(libraryUrl('#/overfoer'));
    await ext.context.clock.setFixedTime(at('10:15'));
    await send(join(tmp, 'second.json'));
    files.second = join(tmp, 'second.json');
    await expect.poll(() => status(library).textContent()).toMatch(/ [kM]?B\): 3 møder ændret siden i dag kl\. 10:05\.$/);
    const bundle = JSON.parse(readFileSync(files.second, 'utf8'));
    expect(bundle.meetings.map((m: { date: string }) => m.date)).toEqual(['2019-04-24', '2022-09-05', '2022-10-25']);
    expect(bundle.reads).toEqual([{ meeting: expect.objectContaining({ municipality: 'Hvidovre Kommune' }), number: 1, readAt: at('10:10').getTime() }]);
  });

  it('hands the file to the share sheet where the browser shares files', async () => {
    const page = await ext.context.newPage();
    // Chromium on Linux has no share sheet: this one keeps what it is given.
    await page.addInitScript(() => {
      const shared: Array<{ name: string; text: string }> = [];
      Object.assign(window, { shared });
      Object.assign(navigator, {
        canShare: (data: ShareData) => (data.files?.length ?? 0) > 0,
        share: async (data: ShareData) => {
          for (const f of data.files ?? []) shared.push({ name: f.name, text: await f.text() });
        },
      });
    });
    await page.goto(libraryUrl('#/overfoer'));
    await ext.context.clock.setFixedTime(at('10:16'));
    await page.getByRole('button', { name: 'Send til telefonen' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Sendt \([\d,]+ [kM]?B\): Ingen møder ændret siden i dag kl\. 10:15\.$/);
    const shared = (await page.evaluate(() => (window as unknown as { shared: Array<{ name: string; text: string }> }).shared));
    expect(shared.map((f) => f.name)).toEqual([expect.stringMatching(/^referat-til-telefonen-2026-05-14-\d{4}\.json$/)]);
    expect(JSON.parse(shared[0]!.text).meetings).toEqual([]);
    expect(await page.locator('.last-sent').textContent()).toBe('Sidst sendt i dag kl. 10:16.');
    await page.close();
  });
});

describe('the web app on a phone', () => {
  it('takes the first file from the share target once the user says so', async () => {
    await app.goto(server.origin + '/');
    await controlled(app);
    await shareWithApp(app, server.origin, [files.first]);
    const panel = app.locator('.panel.shared');
    await expect.poll(() => panel.locator('p').first().textContent()).toBe('Du har delt en fil med Referat:');
    expect(await panel.locator('li').allTextContents()).toEqual(['first.json']);
    expect((await storeCounts(app, ['meetings'])).meetings).toBe(0);
    await panel.getByRole('button', { name: 'Importér' }).tap();
    await expect.poll(() => panel.locator('li').allTextContents(), SLOW).toEqual(['first.json: pakken er importeret (se nedenfor).']);
    expect(await imported(app).textContent()).toBe('Importeret: 2 møder (2 nye), 0 læsemarkeringer, 0 noter og 0 emner. Se møderne');
    await expect.poll(() => app.locator('.last-received').textContent(), SLOW).toBe('Sidste overførsel kom ind i dag kl. 10:20.');
  });

  it('takes the second from the file picker: the newer meeting replaces the draft, the read mark joins', async () => {
    await phone.clock.setFixedTime(at('10:25'));
    await app.reload();
    await app.setInputFiles('input[accept^=".json"]', files.second);
    await expect.poll(() => imported(app).textContent(), SLOW).toBe(
      'Importeret: 3 møder (1 nyt, 1 opdateret, 1 uændret), 1 læsemarkering, 0 noter og 0 emner. Se møderne',
    );
    // The line follows the library live: it may show the import a moment after the summary does.
    await expect.poll(() => app.locator('.last-received').textContent(), SLOW).toBe('Sidste overførsel kom ind i dag kl. 10:25.');
    await tab(app, 'Møder').tap();
    await expect.poll(() => meetingLinks(app).count()).toBe(3);
    await meetingLinks(app).filter({ hasText: 'Vejen' }).tap();
    await expect.poll(() => app.locator('#punkt-1 .item-title').textContent()).toBe(TITLE);
  });

  it('changes nothing when the same file comes again, or the older one after it (dropped on the app)', async () => {
    const before = await rawDump(app);
    await tab(app, 'Overfør').tap();
    await app.setInputFiles('input[accept^=".json"]', files.second);
    await expect.poll(() => imported(app).textContent(), SLOW).toBe(
      'Importeret: 3 møder (3 uændret), 0 læsemarkeringer, 0 noter og 0 emner. Se møderne',
    );
    expect(await rawDump(app)).toBe(before);
    await tab(app, 'Møder').tap();
    await dropOnApp(app, 'first.json', readFileSync(files.first, 'utf8'));
    await expect.poll(() => app.locator('.panel.shared h3').textContent()).toBe('Lagt i Referat');
    await expect.poll(() => app.locator('.panel.shared li').allTextContents(), SLOW).toEqual(['first.json: pakken er importeret (se nedenfor).']);
    expect(await imported(app).textContent()).toBe('Importeret: 2 møder (2 uændret), 0 læsemarkeringer, 0 noter og 0 emner. Se møderne');
    expect(await rawDump(app)).toBe(before);
  });

  it('reads what came in with the network off, after a reload', async () => {
    await phone.setOffline(true);
    try {
      await app.goto(server.origin + '/');
      await expect.poll(() => meetingLinks(app).count()).toBe(3);
      await meetingLinks(app).filter({ hasText: 'Vejen' }).tap();
      await expect.poll(() => app.locator('#punkt-1 .item-title').textContent()).toBe(TITLE);
      await app.reload();
      await expect.poll(() => app.locator('details.item').count()).toBe(12);
      expect(await app.locator('.meeting h2').textContent()).toBe('Udvalget for arbejdsmarked og integration 2022-2025');
    } finally {
      await phone.setOffline(false);
    }
  });
});

describe('an iPhone in Safari', () => {
  it('is told once to add the app to the home screen, sees when the last transfer came, and is reminded after 7 days', async () => {
    const iphone = await browser.newContext({ ...PHONE, userAgent: IPHONE });
    try {
      await iphone.clock.setFixedTime(at('11:00'));
      const page = await iphone.newPage();
      await page.goto(server.origin + '/');
      const notice = page.locator('.phone-notice');
      await expect.poll(() => notice.locator('h2').textContent()).toBe('Føj Referat til hjemmeskærmen');
      expect(await notice.locator('li').allTextContents()).toEqual([
        'Tryk på Del-knappen (firkanten med en pil op) nederst i Safari.',
        'Vælg Føj til hjemmeskærm, og tryk på Tilføj.',
        'Åbn Referat fra hjemmeskærmen fremover.',
      ]);
      expect(await notice.locator('.meta').textContent()).toBe('Der er ikke kommet nogen overførsel fra udvidelsen endnu.');
      await notice.getByRole('button', { name: 'Forstået' }).tap();
      await expect.poll(() => notice.count()).toBe(0);
      await page.reload();
      await expect.poll(() => page.locator('main h2').textContent()).toBe('Biblioteket er tomt');
      expect(await notice.count()).toBe(0);

      await tab(page, 'Overfør').tap();
      await page.setInputFiles('input[accept^=".json"]', files.second);
      await expect.poll(() => imported(page).textContent(), SLOW).toMatch(/^Importeret: 3 møder \(3 nye\)/);
      // Six days later: nothing; eight days later: the reminder, until it is put away.
      await iphone.clock.setFixedTime(new Date(at('11:00').getTime() + 6 * 86_400_000));
      await page.reload();
      await expect.poll(() => page.locator('main h2').textContent()).toBe('Overfør: importér / eksportér');
      expect(await notice.count()).toBe(0);
      await iphone.clock.setFixedTime(new Date(at('11:00').getTime() + 8 * 86_400_000));
      await page.reload();
      await expect.poll(() => notice.locator('h2').textContent()).toBe('Tid til en ny overførsel');
      expect(await notice.locator('p').first().textContent()).toBe(
        'Det er 8 dage siden, der sidst kom møder fra udvidelsen. Brug «Send til telefonen» i udvidelsens bibliotek, og åbn filen her, så har du de nye møder med.',
      );
      expect(await notice.locator('.meta').textContent()).toBe('Sidste overførsel kom ind 14. maj.');
      await notice.getByRole('button', { name: 'Påmind mig om en uge' }).tap();
      await expect.poll(() => notice.count()).toBe(0);
    } finally {
      await iphone.close();
    }
  });
});
