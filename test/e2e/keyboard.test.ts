/**
 * The save, follow and transfer flows with the keyboard only (issue 14), in Chromium: Tab (and
 * Shift+Tab) to move, Enter or Space to act, and after each step the focus is where the user
 * can go on from, and it shows. The save button and "Følg udvalget" on a FirstAgenda meeting page
 * (the test host), following a topic from a search, following a committee in "Kommuner og udvalg",
 * "Send til telefonen" in the extension, and in the web app a file shared with it, a file chosen
 * and the export.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { startFirstAgendaServer, type FirstAgendaTestServer } from '../../scripts/firstagenda-server';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { focus, tabTo } from './keyboard';
import { storeCounts } from './library-db';
import { controlled, shareWithApp } from './phone';

const OEKONOMI = '5dd92504-8e21-4dc9-90cc-1584b1ca0882';
const SLOW = { timeout: 20_000 };
const DAY = 86_400_000;
const SHOWN = { visible: true };

let tmp: string;
let host: FirstAgendaTestServer;
let ext: ExtensionBrowser;
let library: Page;
/** The file "Send til telefonen" made. */
let sent = '';

const libraryUrl = (hash: string) => `chrome-extension://${ext.extensionId}/library.html${hash}`;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'referat-keys-'));
  host = await startFirstAgendaServer({ handshake: 'anonymous-auth' });
  ext = await launchWithExtension();
  library = await ext.context.newPage();
  await library.goto(libraryUrl(''));
});

afterAll(async () => {
  await ext?.close();
  await host?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the extension, by keyboard', () => {
  it('saves a meeting page with the save button, and follows its committee with "Følg udvalget" beside it', async () => {
    const day = (ms: number, hour: number) => `${new Date(ms).toISOString().slice(0, 10)}T${hour}:00:00+01:00`;
    const id = host.addMeeting({ committeeId: OEKONOMI, start: day(Date.now() + 7 * DAY, 17), released: day(Date.now() - DAY, 9) });
    const page = await ext.context.newPage();
    await page.goto(`${host.origin}/vis?id=${id}`);
    const save = page.locator('referat-gem button.save');
    const follow = page.locator('referat-gem button.follow');
    await expect.poll(() => follow.textContent(), SLOW).toBe('Følg udvalget');

    expect(await tabTo(page, 'Gem dagsorden')).toEqual({ name: 'Gem dagsorden', ...SHOWN });
    await page.keyboard.press('Enter');
    await expect.poll(() => save.textContent(), SLOW).toBe('Gemt – 24 punkter');
    expect(await focus(page)).toEqual({ name: 'Gemt – 24 punkter', ...SHOWN });

    expect(await tabTo(page, 'Følg udvalget', { back: true })).toEqual({ name: 'Følg udvalget', ...SHOWN });
    await page.keyboard.press('Space');
    await expect.poll(() => follow.textContent(), SLOW).toBe('Følger udvalget');
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    expect(await focus(page)).toEqual({ name: 'Følger udvalget', ...SHOWN });
    await expect.poll(async () => (await storeCounts(library, ['committees'])).committees, SLOW).toBe(1);
    await page.close();
  });

  it('follows a search as a topic', async () => {
    await library.goto(libraryUrl('#/soeg?q=Grenhusene'));
    await library.reload();
    await library.locator('.hits .hit').first().waitFor(SLOW);
    expect(await tabTo(library, 'Følg')).toEqual({ name: 'Følg', ...SHOWN });
    await library.keyboard.press('Space');
    await library.locator('.follow.followed').waitFor(SLOW);
    // The button gave way to the news that the topic is followed: the focus goes on to its link.
    expect(await focus(library)).toEqual({ name: 'Gå til emnet', ...SHOWN });
    expect((await storeCounts(library, ['topics'])).topics).toBe(1);
  });

  it('follows another committee of the municipality in "Kommuner og udvalg"', async () => {
    await library.goto(libraryUrl(`#/udvalg?vaert=${encodeURIComponent(host.origin)}`));
    await library.reload();
    const box = library.getByRole('checkbox', { name: 'Kultur- og Fritidsudvalget', exact: true });
    await box.waitFor(SLOW);
    expect(await tabTo(library, 'Kultur- og Fritidsudvalget')).toEqual({ name: 'Kultur- og Fritidsudvalget', ...SHOWN });
    await library.keyboard.press('Space');
    await expect.poll(async () => (await storeCounts(library, ['committees'])).committees, SLOW).toBe(2);
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(await focus(library)).toEqual({ name: 'Kultur- og Fritidsudvalget', ...SHOWN });
  });

  it('sends the library to the phone', async () => {
    await library.goto(libraryUrl('#/overfoer'));
    await library.reload();
    expect(await tabTo(library, 'Send til telefonen')).toEqual({ name: 'Send til telefonen', ...SHOWN });
    const [download] = await Promise.all([library.waitForEvent('download'), library.keyboard.press('Enter')]);
    sent = join(tmp, download.suggestedFilename());
    await download.saveAs(sent);
    await expect.poll(() => library.locator('.send-to-phone .status.done').textContent()).toMatch(/: Hele biblioteket: 1 møde, 1 emne og 2 fulgte udvalg\.$/);
    expect(await focus(library)).toEqual({ name: 'Send til telefonen', ...SHOWN });
  });
});

describe('the web app, by keyboard', () => {
  let server: StaticServer;
  let browser: Browser;
  let app: Page;

  beforeAll(async () => {
    server = await startStaticServer({ routes: [{ prefix: '/', dir: '.output/pwa' }] });
    browser = await launchBrowser();
    app = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    await app.goto(server.origin + '/');
    await controlled(app);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports a file shared with it when the user says so', async () => {
    await shareWithApp(app, server.origin, [sent]);
    await app.locator('.panel.shared button').first().waitFor(SLOW);
    expect(await tabTo(app, 'Importér')).toEqual({ name: 'Importér', ...SHOWN });
    await app.keyboard.press('Enter');
    await expect.poll(() => app.locator('.transfer .status.done').textContent(), SLOW).toBe(
      'Importeret: 1 møde (1 nyt), 0 læsemarkeringer, 0 noter, 1 emne og 2 udvalg. Se møderne',
    );
    // The button gave way to what became of the file: the focus is on that.
    expect(await focus(app)).toEqual({ name: `${sent.split('/').at(-1)}: pakken er importeret (se nedenfor).`, ...SHOWN });
  });

  it('imports a chosen file', async () => {
    await app.reload();
    expect(await tabTo(app, 'Vælg en pakke')).toEqual({ name: 'Vælg en pakke', ...SHOWN });
    const [chooser] = await Promise.all([app.waitForEvent('filechooser'), app.keyboard.press('Space')]);
    await chooser.setFiles(sent);
    await expect.poll(() => app.locator('.transfer .status.done').textContent(), SLOW).toBe(
      'Importeret: 1 møde (1 uændret), 0 læsemarkeringer, 0 noter og 0 emner. Se møderne',
    );
    expect(await focus(app)).toEqual({ name: 'Vælg en pakke', ...SHOWN });
  });

  it('exports the library', async () => {
    expect(await tabTo(app, 'Eksportér biblioteket')).toEqual({ name: 'Eksportér biblioteket', ...SHOWN });
    const [download] = await Promise.all([app.waitForEvent('download'), app.keyboard.press('Enter')]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).meetings).toHaveLength(1);
    await expect.poll(() => app.locator('.transfer .status').filter({ hasText: 'gemt i' }).count()).toBe(1);
    expect(await focus(app)).toEqual({ name: 'Eksportér biblioteket', ...SHOWN });
  });
});
