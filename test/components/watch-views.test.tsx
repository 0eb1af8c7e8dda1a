/**
 * The views of followed committees, rendered by Preact into a linkedom document over a
 * fake-indexeddb library, with a fake WatchApi that answers as the background does (it
 * writes the follow into the library, and the live queries bring it to the page):
 * "Kommuner og udvalg" (the status of each host, "Tjek nu" with its progress, the interval,
 * the municipality chooser with the real Hvidovre committee list), "Kommende møder" (one row
 * per meeting, the items of followed topics, the calendar file), "Følg udvalget" on a saved
 * meeting, and the web app's read-only views. Refusals give their sentence and change nothing.
 */
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMeeting } from '../../lib/db/meetings';
import type { LibraryDb } from '../../lib/db/schema';
import { followTopic } from '../../lib/db/topics';
import {
  followCommittee, followedCommittees, recordHostCheck, setCheckProgress, setWatchSettings, unfollowCommittee, watchSettings,
} from '../../lib/db/watch';
import { readCatalog } from '../../lib/sites/firstagenda/catalog';
import { FIRSTAGENDA_HOSTS, OTHER_SYSTEMS } from '../../lib/sites/firstagenda/hosts';
import type { CommitteeChoice, DoneResponse } from '../../lib/watch/messages';
import { LibraryApp } from '../../components/library/LibraryApp';
import { Popup } from '../../components/popup/Popup';
import { NO_ANSWER, watchApi, type WatchApi } from '../../components/watch/api';
import { dumpLibrary } from '../../scripts/db-dump';
import { FIXTURES, meetingOf, SEEDS } from '../helpers/fixtures';
import { tempLibraries } from '../helpers/temp-db';
import { CAPTURED, CHECK, followHvidovre, HOST, hvidovreAgenda, OEKONOMI } from '../helpers/watch-library';

const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
const root = document.getElementById('app') as unknown as HTMLElement;
const location = { hash: '#/' };
const downloads: Array<{ name: string; text: string; type: string }> = [];

/** The real Hvidovre list as the background answers `watch:committees` (on 14 May 2026). */
const CHOICES: CommitteeChoice[] = readCatalog(JSON.parse(readFileSync(`${FIXTURES}firstagenda-api/hvidovre/udvalgsliste.json`, 'utf8')), CAPTURED)
  .periods.flatMap((p) => p.committees)
  .map((c) => ({ id: c.id, name: c.name, period: c.period, current: c.current, followed: false }));
const BYPLAN = CHOICES.find((c) => c.name === 'By- og Planudvalget')!;

const library = tempLibraries('watch-views');
let db: LibraryDb;

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(CAPTURED);
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', location);
  vi.stubGlobal('window', Object.assign(window, { scrollTo: () => {}, indexedDB, IDBKeyRange }));
  // linkedom's select has no value to set: a browser's, over its options' selected marks.
  Object.defineProperty(window.HTMLSelectElement.prototype, 'value', {
    configurable: true,
    get(this: HTMLSelectElement) {
      return [...this.querySelectorAll('option')].find((o) => o.hasAttribute('selected'))?.getAttribute('value') ?? this.querySelector('option')?.getAttribute('value') ?? '';
    },
    set(this: HTMLSelectElement, value: string) {
      for (const o of this.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === String(value));
    },
  });
  // The library page's footer asks for persistent storage, which this document has not.
  vi.stubGlobal('navigator', {});
  // The calendar file: what download() hands the browser.
  const blobs = new Map<string, Blob>();
  vi.stubGlobal('URL', Object.assign(class extends URL {}, {
    canParse: URL.canParse,
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => {},
  }));
  const click = window.HTMLAnchorElement.prototype.click;
  window.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    void blob.text().then((text) => downloads.push({ name: this.download, text, type: blob.type }));
    return click?.call(this);
  };
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
beforeEach(() => {
  db = library();
  downloads.length = 0;
});
afterEach(() => render(null, root));

/** A WatchApi that does what the background does with the library, and records what it was asked. */
function fakeApi(overrides: Partial<WatchApi> = {}) {
  const asked: string[] = [];
  const api: WatchApi = {
    async committees(host) {
      asked.push(`committees ${host}`);
      return { ok: true, municipality: 'Hvidovre Kommune', committees: CHOICES };
    },
    async follow(host, id) {
      asked.push(`follow ${id}`);
      const c = CHOICES.find((x) => x.id === id)!;
      await followCommittee(db, { ...OEKONOMI, key: `${host}|${id}`, committeeId: id, name: c.name, period: c.period });
      return { ok: true, key: `${host}|${id}`, name: c.name };
    },
    async followPage(url, committee) {
      asked.push(`follow-page ${url} ${committee}`);
      await followCommittee(db, OEKONOMI);
      return { ok: true, key: OEKONOMI.key, name: OEKONOMI.name };
    },
    async unfollow(key) {
      asked.push(`unfollow ${key}`);
      await unfollowCommittee(db, key);
      return { ok: true };
    },
    async checkNow() {
      asked.push('check');
      return { ok: true };
    },
    async setInterval(hours) {
      asked.push(`interval ${hours}`);
      await setWatchSettings(db, { ...(await watchSettings(db)), intervalHours: hours });
      return { ok: true };
    },
    ...overrides,
  };
  return { api, asked };
}

function show(hash: string, api?: WatchApi): void {
  location.hash = hash;
  render(<LibraryApp db={db} howToSave={null} watch={api} />, root);
}

const $ = (selector: string) => root.querySelector(selector) as HTMLElement | null;
const $$ = (selector: string) => [...root.querySelectorAll(selector)] as HTMLElement[];
const text = (selector: string) => $$(selector).map((e) => e.textContent);
const click = (target: Element) => target.dispatchEvent(new window.Event('click'));
const button = (label: string) => {
  const found = $$('button').find((b) => b.textContent === label);
  if (!found) throw new Error(`no button "${label}" in: ${root.textContent}`);
  return found;
};
const box = (name: string) => {
  const label = $$('.choice-list label').find((l) => l.textContent === name);
  if (!label) throw new Error(`no committee "${name}" in: ${root.textContent}`);
  return label.querySelector('input') as HTMLInputElement;
};
/** Ticks or unticks a box as a click does: the box changes, then the change event. */
const toggle = (input: HTMLInputElement) => {
  input.checked = !input.checked;
  input.dispatchEvent(new window.Event('change'));
};
/** The option the select shows. */
const shown = (select: HTMLElement) => (select as HTMLSelectElement).value;
/** Chooses an option as the browser does: the select shows it, then the change event. */
const choose = (select: HTMLElement, value: string) => {
  (select as HTMLSelectElement).value = value;
  select.dispatchEvent(new window.Event('change'));
};

describe('Kommuner og udvalg (#/udvalg)', () => {
  it('shows each followed committee under its municipality with the host\'s last check: when and what came in', async () => {
    await followHvidovre(db, { saved: false });
    show('#/udvalg', fakeApi().api);
    await vi.waitFor(() => expect($('.host-group')).not.toBeNull());
    expect($('.committees-page h2')!.textContent).toBe('Kommuner og udvalg');
    expect(text('.host-group h4')).toEqual(['Hvidovre Kommune']);
    expect(text('.host-status')).toEqual(['Tjekket i dag kl. 12:00: 2 nye, 1 ændret.']);
    expect(text('.followed-list .committee-name')).toEqual(['Økonomiudvalget']);
    expect(text('#fulgte')).toEqual(['Udvalg du følger (1)']);
    expect($('nav.main-nav a[aria-current=page]')!.textContent).toBe('Udvalg');
  });

  it('says for a failing host its sentence and when it is tried again, and for a host not checked yet so', async () => {
    await followHvidovre(db, { saved: false });
    await recordHostCheck(db, { ...CHECK, problem: 'Siden kunne ikke nås.', client: { failures: 2, nextTryAt: CAPTURED + 2 * 3_600_000, lastFailure: { kind: 'unreachable' } } });
    const aarhus = { ...OEKONOMI, key: 'dagsordener.aarhus.dk|b', host: 'dagsordener.aarhus.dk', origin: 'https://dagsordener.aarhus.dk', municipality: 'Aarhus Kommune', committeeId: 'b', name: 'Byrådet' };
    await followCommittee(db, aarhus);
    show('#/udvalg', fakeApi().api);
    await vi.waitFor(() => expect($$('.host-group')).toHaveLength(2));
    expect(text('.host-group h4')).toEqual(['Aarhus Kommune', 'Hvidovre Kommune']);
    expect(text('.host-status')).toEqual(['Ikke tjekket endnu.', 'Siden kunne ikke nås. Prøves igen i dag kl. 14:00.']);
    expect($$('.host-group')[1]!.className).toBe('host-group failing');
  });

  it('"Tjek nu" is disabled while the check runs, shows its progress from the library, and says when it is done', async () => {
    await followHvidovre(db, { saved: false });
    let finish!: (answer: DoneResponse) => void;
    const asked: string[] = [];
    const { api } = fakeApi({ checkNow: () => new Promise((resolve) => (asked.push('check'), (finish = resolve))) });
    show('#/udvalg', api);
    await vi.waitFor(() => button('Tjek nu'));
    click(button('Tjek nu'));
    await vi.waitFor(() => expect(text('.check-status')).toEqual(['Tjekker udvalgene…']));
    // aria-disabled, so a keyboard user's focus stays on it; a press while it runs asks nothing more.
    expect(button('Tjek nu').getAttribute('aria-disabled')).toBe('true');
    click(button('Tjek nu'));
    await setCheckProgress(db, { host: HOST, done: 3, total: 6, startedAt: CAPTURED });
    await vi.waitFor(() => expect(text('.check-status label')).toEqual(['Henter møder … 3 af 6']));
    await setCheckProgress(db, null);
    finish({ ok: true });
    await vi.waitFor(() => expect(text('.check-status')).toEqual(['Tjekket.']));
    expect(button('Tjek nu').hasAttribute('aria-disabled')).toBe(false);
    expect(asked).toEqual(['check']);
  });

  it('"Tjek nu" waits for a check the browser started by itself, but not for a progress line left from a closed browser', async () => {
    await followHvidovre(db, { saved: false });
    await setCheckProgress(db, { host: HOST, done: 1, total: 6, startedAt: CAPTURED - 60_000 });
    show('#/udvalg', fakeApi().api);
    await vi.waitFor(() => expect(text('.check-status label')).toEqual(['Henter møder … 1 af 6']));
    expect(button('Tjek nu').getAttribute('aria-disabled')).toBe('true');
    await setCheckProgress(db, { host: HOST, done: 1, total: 6, startedAt: CAPTURED - 11 * 60_000 });
    await vi.waitFor(() => expect(button('Tjek nu').hasAttribute('aria-disabled')).toBe(false));
    expect(text('.check-status')).toEqual(['']);
  });

  it('says in one sentence why "Tjek nu" failed', async () => {
    await followHvidovre(db, { saved: false });
    show('#/udvalg', fakeApi({ checkNow: async () => ({ ok: false, reason: 'Et tjek kunne ikke startes.' }) }).api);
    await vi.waitFor(() => button('Tjek nu'));
    click(button('Tjek nu'));
    await vi.waitFor(() => expect(text('.check-status [role=alert]')).toEqual(['Et tjek kunne ikke startes.']));
  });

  it('sets the interval, and shows the stored one again with the sentence when the background refuses', async () => {
    await followHvidovre(db, { saved: false });
    const { api, asked } = fakeApi();
    show('#/udvalg', api);
    await vi.waitFor(() => expect($('.interval select')).not.toBeNull());
    const select = $('.interval select')!;
    expect(text('.interval option')).toEqual(['hver time', 'hver 2. time', 'hver 4. time', 'hver 8. time', 'hver 12. time', 'en gang i døgnet']);
    expect(shown(select)).toBe('4');
    choose(select, '8');
    await vi.waitFor(async () => expect((await watchSettings(db)).intervalHours).toBe(8));
    await vi.waitFor(() => expect(shown(select)).toBe('8'));
    expect(asked).toEqual(['interval 8']);

    const refusing = fakeApi({ setInterval: async () => ({ ok: false, reason: NO_ANSWER }) });
    render(null, root);
    show('#/udvalg', refusing.api);
    await vi.waitFor(() => expect($('.interval select')).not.toBeNull());
    choose($('.interval select')!, '24');
    await vi.waitFor(() => expect(text('.interval [role=alert]')).toEqual([NO_ANSWER]));
    expect(shown($('.interval select')!)).toBe('8');
    expect((await watchSettings(db)).intervalHours).toBe(8);
  });

  it('lists every municipality, the ten on other systems with their system and not choosable; choosing one moves to its address', async () => {
    show('#/udvalg', fakeApi().api);
    await vi.waitFor(() => expect($('.municipality-choice select')).not.toBeNull());
    const options = $$('.municipality-choice option');
    expect(options).toHaveLength(1 + FIRSTAGENDA_HOSTS.length + OTHER_SYSTEMS.length);
    expect(options[0]!.textContent).toBe('Vælg en kommune');
    expect(options.filter((o) => o.hasAttribute('disabled')).map((o) => o.textContent)).toEqual([
      'Aalborg Kommune (egen hjemmeside: kan ikke følges)', 'Billund Kommune (Meetings+: kan ikke følges)', 'Frederikssund Kommune (egen hjemmeside: kan ikke følges)',
      'Glostrup Kommune (Åben Dagsorden: kan ikke følges)', 'Hedensted Kommune (SBSYS: kan ikke følges)', 'Ishøj Kommune (ukendt system: kan ikke følges)',
      'Københavns Kommune (Københavns egen side: kan ikke følges)', 'Norddjurs Kommune (Meetings+: kan ikke følges)', 'Ringkøbing-Skjern Kommune (eDoc: kan ikke følges)',
      'Syddjurs Kommune (Åben Dagsorden: kan ikke følges)',
    ]);
    expect(options.slice(1, 4).map((o) => [o.textContent, o.getAttribute('value')])).toEqual([
      ['Aabenraa Kommune', 'dagsordener.aabenraa.dk'], ['Aalborg Kommune (egen hjemmeside: kan ikke følges)', ''], ['Aarhus Kommune', 'dagsordener.aarhus.dk'],
    ]);
    expect(shown($('.municipality-choice select')!)).toBe('');
    choose($('.municipality-choice select')!, HOST);
    expect(location.hash).toBe(`#/udvalg?vaert=${HOST}`);
  });

  it('shows the chosen municipality\'s current committees, older periods folded away, and follows a ticked one', async () => {
    const { api, asked } = fakeApi();
    show(`#/udvalg?vaert=${HOST}`, api);
    await vi.waitFor(() => expect($('.committee-choices')).not.toBeNull());
    expect(asked).toEqual([`committees ${HOST}`]);
    expect(shown($('.municipality-choice select')!)).toBe(HOST);
    expect($('.committee-choices h4')!.textContent).toBe('Udvalg i Hvidovre Kommune');
    const current = CHOICES.filter((c) => c.current);
    const openPeriods = $$('.committee-choices > section').map((s) => s.getAttribute('aria-label'));
    expect(openPeriods).toEqual([...new Set(current.map((c) => c.period))]);
    expect($$('.committee-choices > section label').map((l) => l.textContent)).toEqual(current.map((c) => c.name));
    const older = CHOICES.filter((c) => !c.current);
    expect($('.older-periods summary')!.textContent).toBe(`Tidligere valgperioder (${older.length} udvalg)`);
    expect($$('.older-periods label')).toHaveLength(older.length);

    toggle(box('By- og Planudvalget'));
    await vi.waitFor(() => expect(text('.followed-list .committee-name')).toEqual(['By- og Planudvalget']));
    expect(box('By- og Planudvalget').checked).toBe(true);
    expect(asked).toEqual([`committees ${HOST}`, `follow ${BYPLAN.id}`]);

    // Unticked: unfollowed, by the key the library holds.
    toggle(box('By- og Planudvalget'));
    await vi.waitFor(() => expect(text('.followed-list .committee-name')).toEqual([]));
    expect(box('By- og Planudvalget').checked).toBe(false);
    expect(asked.at(-1)).toBe(`unfollow ${HOST}|${BYPLAN.id}`);
  });

  it('shows the committees of a host outside the built-in list (one that moved) by its address', async () => {
    const { api, asked } = fakeApi({ committees: async (host) => (asked.push(`committees ${host}`), { ok: true, municipality: null, committees: CHOICES }) });
    show('#/udvalg?vaert=127.0.0.1:8080', api);
    await vi.waitFor(() => expect($('.committee-choices')).not.toBeNull());
    expect(asked).toEqual(['committees 127.0.0.1:8080']);
    expect(text('.chooser > .hint')[1]).toBe('127.0.0.1:8080 står ikke i listen over kommunernes dagsordenssider (en side, der er flyttet, kan stadig følges).');
    expect($('.committee-choices h4')!.textContent).toBe('Udvalg i 127.0.0.1:8080');
    expect(shown($('.municipality-choice select')!)).toBe('');
  });

  it('takes an origin as the host (a test host on http), and ticks the committee the library follows there', async () => {
    await followCommittee(db, { ...OEKONOMI, key: `127.0.0.1:8080|${BYPLAN.id}`, host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080', committeeId: BYPLAN.id, name: BYPLAN.name });
    const { api, asked } = fakeApi({ committees: async (host) => (asked.push(`committees ${host}`), { ok: true, municipality: null, committees: CHOICES }) });
    show(`#/udvalg?vaert=${encodeURIComponent('http://127.0.0.1:8080')}`, api);
    await vi.waitFor(() => expect($('.committee-choices')).not.toBeNull());
    expect(asked).toEqual(['committees http://127.0.0.1:8080']);
    expect($('.committee-choices h4')!.textContent).toBe('Udvalg i 127.0.0.1:8080');
    // Preact writes a box it renders ticked as the attribute here (linkedom's input has no checked property until one is set).
    expect(box('By- og Planudvalget').hasAttribute('checked')).toBe(true);
  });

  it('leaves the box as the library has it, with the sentence, when a follow is refused; nothing is written', async () => {
    show(`#/udvalg?vaert=${HOST}`, fakeApi({ follow: async () => ({ ok: false, reason: 'Siden kunne ikke nås.' }) }).api);
    await vi.waitFor(() => expect($('.committee-choices')).not.toBeNull());
    const before = await dumpLibrary(db);
    toggle(box('By- og Planudvalget'));
    await vi.waitFor(() => expect(text('.committee-choices [role=alert]')).toEqual(['Siden kunne ikke nås.']));
    expect(box('By- og Planudvalget').checked).toBe(false);
    expect(await dumpLibrary(db)).toBe(before);
  });

  it('says why a municipality\'s committees cannot be shown, and tries again on "Prøv igen"', async () => {
    let answers = 0;
    const { api } = fakeApi({
      committees: async () => (answers++ === 0 ? { ok: false, reason: 'Siden svarede ikke inden for 20 sekunder.' } : { ok: true, municipality: 'Hvidovre Kommune', committees: CHOICES }),
    });
    show(`#/udvalg?vaert=${HOST}`, api);
    await vi.waitFor(() => expect(text('.committees-error [role=alert]')).toEqual(['Siden svarede ikke inden for 20 sekunder.']));
    click(button('Prøv igen'));
    await vi.waitFor(() => expect($('.committee-choices')).not.toBeNull());
  });

  it('unfollows from the list of followed committees', async () => {
    await followHvidovre(db, { saved: false });
    const { api, asked } = fakeApi();
    show('#/udvalg', api);
    await vi.waitFor(() => expect($('.followed-list button')).not.toBeNull());
    expect($('.followed-list button')!.textContent).toBe('Følg ikke længere Økonomiudvalget');
    click($('.followed-list button')!);
    await vi.waitFor(() => expect($$('.host-group')).toHaveLength(0));
    expect(asked).toEqual([`unfollow ${OEKONOMI.key}`]);
    expect(text('.followed p')[0]).toBe('Du følger ingen udvalg endnu. Vælg en kommune herunder, og sæt flueben ved de udvalg, du vil følge.');
  });
});

describe('Kommende møder (#/kommende)', () => {
  beforeEach(async () => {
    await followHvidovre(db);
    await followTopic(db, 'padelhal', CAPTURED);
    await followTopic(db, 'beredskab', CAPTURED);
  });

  it('shows one row per meeting, soonest first, with its documents, the saved meeting and the items of followed topics', async () => {
    show('#/kommende', fakeApi().api);
    await vi.waitFor(() => expect($$('.upcoming')).toHaveLength(2));
    expect($('.upcoming-page h2')!.textContent).toBe('Kommende møder (2)');
    const [may, june] = $$('.upcoming');
    expect(may!.querySelector('.upcoming-when')!.textContent).toBe('mandag den 18. maj 2026 kl. 17:00');
    expect(may!.querySelector('.upcoming-committee')!.textContent).toBe('Økonomiudvalget');
    expect(may!.querySelector('.meta')!.textContent).toBe('Hvidovre Kommune · Hvidovre · Dagsorden, Tillægsdagsorden');
    const id = encodeURIComponent('hvidovre kommune|økonomiudvalget|2026-05-18|17:00');
    expect([...may!.querySelectorAll('.upcoming-matches li')].map((li) => [li.querySelector('a')!.getAttribute('href'), li.textContent])).toEqual([
      [`#/moede/${id}/punkt/7`, 'Punkt 7: Orientering - Hvidovre Kommune pilotkommune for Egetberedskab.dkberedskab'],
      [`#/moede/${id}/punkt/8`, 'Punkt 8: Beslutning - Ansættelse af beredskabskoordinator i Hvidovre Kommuneberedskab'],
      [`#/moede/${id}/punkt/9`, 'Punkt 9: Drøftelse - Borgermøde om beredskabberedskab'],
      [`#/moede/${id}/punkt/33`, 'Punkt 33: Beslutning - Revideret projekt vedr. etablering af padelhal på Bødkerporten 2Apadelhal'],
    ]);
    expect([...may!.querySelectorAll('.topic-mark')].map((b) => b.textContent)).toEqual(['beredskab', 'beredskab', 'beredskab', 'padelhal']);
    expect([...may!.querySelectorAll('.upcoming-actions a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Se mødet', `#/moede/${id}`],
      ['Kommunens side', 'https://dagsordener-referater.hvidovre.dk/vis?id=0cad2b4d-c4a2-4583-a053-60704b2da0e5'],
    ]);
    expect(june!.querySelector('.upcoming-when')!.textContent).toBe('mandag den 15. juni 2026');
    expect(june!.querySelector('.upcoming-actions .hint')!.textContent).toBe('Dagsordenen er ikke udgivet endnu');
    expect(june!.querySelectorAll('.upcoming-matches')).toHaveLength(0);
  });

  it('"Føj til kalender" downloads the meeting as an .ics file named by date and committee', async () => {
    show('#/kommende', fakeApi().api);
    await vi.waitFor(() => expect($$('.upcoming')).toHaveLength(2));
    click($$('.upcoming')[0]!.querySelector('.upcoming-actions button')!);
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect([file!.name, file!.type]).toEqual(['2026-05-18-oekonomiudvalget.ics', 'text/calendar;charset=utf-8']);
    const unfolded = file!.text.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nUID:0cad2b4d-c4a2-4583-a053-60704b2da0e5@dagsordener-referater.hvidovre.dk\r\n');
    expect(unfolded).toContain('\r\nDTSTART;TZID=Europe/Copenhagen:20260518T170000\r\n');
    expect(unfolded).toContain('\r\nSUMMARY:Økonomiudvalget (Hvidovre Kommune)\r\nLOCATION:Hvidovre\r\n');
    expect(unfolded).toContain(
      '\r\nDESCRIPTION:Punkter om emner\\, du følger:\\n7. Orientering - Hvidovre Kommune pilotkommune for Egetberedskab.dk (beredskab)\\n' +
        '8. Beslutning - Ansættelse af beredskabskoordinator i Hvidovre Kommune (beredskab)\\n9. Drøftelse - Borgermøde om beredskab (beredskab)\\n' +
        '33. Beslutning - Revideret projekt vedr. etablering af padelhal på Bødkerporten 2A (padelhal)\\n\\n' +
        'Mødet på kommunens side: https://dagsordener-referater.hvidovre.dk/vis?id=0cad2b4d-c4a2-4583-a053-60704b2da0e5\r\n',
    );
  });

  it('in the web app (no WatchApi) says when the extension last checked', async () => {
    show('#/kommende');
    await vi.waitFor(() => expect($$('.upcoming')).toHaveLength(2));
    expect(text('.last-checked')).toEqual(['Udvidelsen tjekkede sidst i dag kl. 12:00.']);
  });

  it('says so when no followed committee has an upcoming meeting', async () => {
    await unfollowCommittee(db, OEKONOMI.key);
    show('#/kommende', fakeApi().api);
    await vi.waitFor(() => expect($('.upcoming-page p')?.textContent).toBe('Ingen kommende møder i de udvalg, du følger. Kommuner og udvalg'));
  });
});

describe('the web app\'s Udvalg (no WatchApi)', () => {
  it('shows what the extension follows and when it last checked, with nothing to click', async () => {
    await followHvidovre(db, { saved: false });
    show('#/udvalg');
    await vi.waitFor(() => expect($('.host-group')).not.toBeNull());
    expect(text('#fulgte')).toEqual(['Udvalg udvidelsen følger (1)']);
    expect(text('.host-status')).toEqual(['Tjekket i dag kl. 12:00: 2 nye, 1 ændret.']);
    expect(text('.last-checked')).toEqual(['Udvidelsen tjekkede sidst i dag kl. 12:00.']);
    expect($$('.committees-page button, .committees-page select')).toEqual([]);
  });

  it('says the extension has not checked yet', async () => {
    show('#/udvalg');
    await vi.waitFor(() => expect($('.last-checked')).not.toBeNull());
    expect(text('.last-checked')).toEqual(['Udvidelsen har ikke tjekket udvalgene endnu.']);
  });
});

describe('"Følg udvalget" on a saved meeting', () => {
  it('follows the committee of a FirstAgenda meeting by its name, and unfollows it again', async () => {
    const agenda = hvidovreAgenda();
    const { meetingId } = await saveMeeting(db, agenda, 'page');
    const { api, asked } = fakeApi();
    show(`#/moede/${encodeURIComponent(meetingId)}`, api);
    await vi.waitFor(() => expect($('.follow-committee button')).not.toBeNull());
    const toggleButton = () => $('.follow-committee button')!;
    expect([toggleButton().textContent, toggleButton().getAttribute('aria-pressed')]).toEqual(['Følg udvalget', 'false']);
    click(toggleButton());
    await vi.waitFor(() => expect([toggleButton().textContent, toggleButton().getAttribute('aria-pressed')]).toEqual(['Følger udvalget', 'true']));
    expect(asked).toEqual([`follow-page ${agenda.sourceUrl} Økonomiudvalget`]);
    expect(await followedCommittees(db)).toEqual([OEKONOMI]);
    await vi.waitFor(() => expect(toggleButton().hasAttribute('aria-disabled')).toBe(false));
    click(toggleButton());
    await vi.waitFor(() => expect(toggleButton().textContent).toBe('Følg udvalget'));
    expect(asked.at(-1)).toBe(`unfollow ${OEKONOMI.key}`);
    expect(await followedCommittees(db)).toEqual([]);
  });

  it('says why a follow failed and stays unfollowed', async () => {
    const { meetingId } = await saveMeeting(db, hvidovreAgenda(), 'page');
    show(`#/moede/${encodeURIComponent(meetingId)}`, fakeApi({ followPage: async () => ({ ok: false, reason: 'Økonomiudvalget står ikke i kommunens udvalgsliste.' }) }).api);
    await vi.waitFor(() => expect($('.follow-committee button')).not.toBeNull());
    click($('.follow-committee button')!);
    await vi.waitFor(() => expect(text('.follow-committee [role=alert]')).toEqual(['Økonomiudvalget står ikke i kommunens udvalgsliste.']));
    expect($('.follow-committee button')!.textContent).toBe('Følg udvalget');
    expect(await followedCommittees(db)).toEqual([]);
  });

  it('is not offered for a meeting from elsewhere, and in the web app only says that the extension follows the committee', async () => {
    const { meetingId: herning } = await saveMeeting(db, meetingOf(SEEDS.herning2023), 'file');
    show(`#/moede/${encodeURIComponent(herning)}`, fakeApi().api);
    await vi.waitFor(() => expect($('.meeting h2')).not.toBeNull());
    expect($('.follow-committee')).toBeNull();

    const { meetingId } = await saveMeeting(db, hvidovreAgenda(), 'page');
    await followCommittee(db, OEKONOMI);
    render(null, root);
    show(`#/moede/${encodeURIComponent(meetingId)}`);
    await vi.waitFor(() => expect($('.follow-committee')).not.toBeNull());
    expect($('.follow-committee')!.textContent).toBe('Udvidelsen følger Økonomiudvalget.');
    expect($$('.follow-committee button')).toEqual([]);
  });
});

describe('"Følg udvalget" in the popup', () => {
  it('follows the committee of the FirstAgenda meeting page in the tab', async () => {
    const agenda = hvidovreAgenda();
    const { api, asked } = fakeApi();
    const popup = {
      db, tab: { id: 7, url: agenda.sourceUrl }, watch: api,
      pageState: async () => ({ recognised: true as const, parsed: true as const, meeting: agenda, saved: 'unsaved' as const }),
      parsePage: async () => ({ ok: false as const, reason: 'x' }), fetchBytes: async () => new Uint8Array(), save: async () => undefined, openLibrary: () => {},
    };
    render(<Popup api={popup} />, root);
    await vi.waitFor(() => expect($('.follow-committee button')).not.toBeNull());
    click($('.follow-committee button')!);
    await vi.waitFor(() => expect($('.follow-committee button')!.textContent).toBe('Følger udvalget'));
    expect(asked).toEqual([`follow-page ${agenda.sourceUrl} Økonomiudvalget`]);
  });

  it('is not offered on a meeting page of another system', async () => {
    const herning = { ...meetingOf(SEEDS.herning2023), sourceUrl: 'https://www.herning.dk/politik/referat' };
    const popup = {
      db, tab: { id: 7, url: herning.sourceUrl }, watch: fakeApi().api,
      pageState: async () => ({ recognised: true as const, parsed: true as const, meeting: herning, saved: 'unsaved' as const }),
      parsePage: async () => ({ ok: false as const, reason: 'x' }), fetchBytes: async () => new Uint8Array(), save: async () => undefined, openLibrary: () => {},
    };
    render(<Popup api={popup} />, root);
    await vi.waitFor(() => expect($('.popup-meeting')).not.toBeNull());
    await new Promise((r) => setTimeout(r, 50));
    expect($('.follow-committee')).toBeNull();
  });
});

describe('watchApi', () => {
  it('sends the contract\'s requests and passes the background\'s answers on', async () => {
    const sent: unknown[] = [];
    const api = watchApi(async (request) => {
      sent.push(request);
      return request.type === 'watch:committees' ? { ok: true, municipality: 'Hvidovre Kommune', committees: CHOICES.slice(0, 1) } : request.type.startsWith('watch:follow') ? { ok: true, key: 'k', name: 'n' } : { ok: true };
    });
    expect(await api.committees(HOST)).toEqual({ ok: true, municipality: 'Hvidovre Kommune', committees: CHOICES.slice(0, 1) });
    expect(await api.follow(HOST, 'id')).toEqual({ ok: true, key: 'k', name: 'n' });
    expect(await api.followPage('https://x.dk/vis?id=1', 'Økonomiudvalget')).toEqual({ ok: true, key: 'k', name: 'n' });
    expect(await api.unfollow('k')).toEqual({ ok: true });
    expect(await api.checkNow()).toEqual({ ok: true });
    expect(await api.setInterval(8)).toEqual({ ok: true });
    expect(sent).toEqual([
      { type: 'watch:committees', host: HOST }, { type: 'watch:follow', host: HOST, committeeId: 'id' },
      { type: 'watch:follow-page', url: 'https://x.dk/vis?id=1', committee: 'Økonomiudvalget' }, { type: 'watch:unfollow', key: 'k' },
      { type: 'watch:check' }, { type: 'watch:interval', hours: 8 },
    ]);
  });

  it('turns no answer, a thrown error or a malformed answer into one sentence, and keeps the background\'s own', async () => {
    expect(await watchApi(async () => undefined).checkNow()).toEqual({ ok: false, reason: NO_ANSWER });
    expect(await watchApi(() => Promise.reject(new Error('Receiving end does not exist.'))).unfollow('k')).toEqual({ ok: false, reason: NO_ANSWER });
    expect(await watchApi(async () => ({ ok: true, committees: [{ id: 1 }] })).committees(HOST)).toEqual({ ok: false, reason: NO_ANSWER });
    expect(await watchApi(async () => ({ ok: true })).follow(HOST, 'x')).toEqual({ ok: false, reason: NO_ANSWER });
    expect(await watchApi(async () => ({ ok: false, reason: 'Siden er flyttet til x.dk.' })).committees(HOST)).toEqual({ ok: false, reason: 'Siden er flyttet til x.dk.' });
  });
});
