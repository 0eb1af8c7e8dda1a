/**
 * What the reader is told when a write on the topic pages fails: the real
 * TopicPage and FollowButton, rendered by Preact into a linkedom document on
 * fake-indexeddb that refuses writes (full disk, both ways browsers do; a failing
 * delete for "Følg ikke længere"). Each failure gives its Danish sentence and
 * leaves the library byte for byte as it was; once there is room the same click works.
 */
import { refuseWrites, type Mode } from '../helpers/full-disk';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMeeting } from '../../lib/db/meetings';
import { meetingId } from '../../lib/db/identity';
import { readMarks } from '../../lib/db/marks';
import { followTopic, listTopics } from '../../lib/db/topics';
import type { LibraryDb } from '../../lib/db/schema';
import { FollowButton } from '../../components/topics/FollowButton';
import { TopicPage } from '../../components/topics/TopicPage';
import { dumpLibrary } from '../../scripts/db-dump';
import { meetingOf, SEEDS } from '../helpers/fixtures';
import { tempLibraries } from '../helpers/temp-db';

const { document, window } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
const root = document.getElementById('app') as unknown as HTMLElement;
const location = { hash: '#/emne/1' };
const herning = meetingOf(SEEDS.herning2023);
const HERNING = meetingId(herning);
const FULL = ', fordi browserens lager er fuldt; det, der allerede er gemt, er uændret.';

const library = tempLibraries('topic-errors');
let db: LibraryDb;
let topicId: number;
let before: string;

beforeAll(() => {
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', location);
});
afterAll(() => vi.unstubAllGlobals());

beforeEach(async () => {
  db = library();
  await saveMeeting(db, herning, 'page', 1000);
  topicId = (await followTopic(db, 'Blå Kors Varmestue', 2000)).id;
  location.hash = `#/emne/${topicId}`;
  before = await dumpLibrary(db);
});
afterEach(() => {
  refuseWrites(null);
  render(null, root);
});

const status = () => root.querySelector('.topic-page .status') as HTMLElement;
const button = (text: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}" in: ${root.textContent}`);
  return found;
};
const click = (target: Element) => target.dispatchEvent(new window.Event('click'));

async function showTopic(): Promise<void> {
  render(<TopicPage db={db} id={topicId} />, root);
  // The one matching item (Blå Kors Varmestue, Herning item 48), unread.
  await vi.waitFor(() => expect(root.querySelector('.timeline .tl-row.match.unread')).not.toBeNull());
}

/** The write failed: the sentence is shown, and (with room again, as the dump itself writes a probe) the library is as before. */
async function expectRefused(shown: () => Element | null, text: string): Promise<void> {
  await vi.waitFor(() => expect(shown()?.textContent).toBe(text));
  refuseWrites(null);
  expect(await dumpLibrary(db)).toBe(before);
}

async function expectSaid(text: string): Promise<void> {
  await expectRefused(status, text);
  expect(status().className).toBe('status error');
}

describe.each<Mode>(['request', 'commit'])('a full disk (%s) on the topic page', (mode) => {
  it("says the item's read mark could not be saved, keeps it unread, and marks it once there is room", async () => {
    await showTopic();
    refuseWrites(mode);
    click(root.querySelector('.timeline button.link-button')!);
    await expectSaid(`Markeringen kunne ikke gemmes${FULL}`);
    expect(root.querySelector('.timeline button.link-button')!.textContent).toBe('Marker som læst');
    expect(await readMarks(db, HERNING)).toEqual([]);

    click(root.querySelector('.timeline button.link-button')!);
    await vi.waitFor(() => expect(root.querySelector('.timeline button.link-button')!.textContent).toBe('Marker som ulæst'));
    expect(status().textContent).toBe('');
    expect((await readMarks(db, HERNING)).map((r) => r.number)).toEqual([48]);
  });

  it('says the items could not be marked as read ("Marker som læst")', async () => {
    await showTopic();
    refuseWrites(mode);
    click(button('Marker som læst'));
    await expectSaid(`Punkterne kunne ikke markeres som læst${FULL}`);
  });

  it('says the notification setting could not be saved, and the box shows the stored setting again', async () => {
    await showTopic();
    const box = root.querySelector('.topic-actions input[type=checkbox]') as HTMLInputElement;
    expect(box.hasAttribute('checked')).toBe(true);
    refuseWrites(mode);
    box.checked = false;
    box.dispatchEvent(new window.Event('change'));
    await expectSaid(`Indstillingen kunne ikke gemmes${FULL}`);
    expect(box.checked).toBe(true);
  });
});

describe('"Følg ikke længere" when the delete fails', () => {
  it('says the topic could not be removed, stays on the topic, and removes it once it works', async () => {
    await showTopic();
    refuseWrites('request', { ops: ['delete'], error: 'UnknownError' });
    click(button('Følg ikke længere'));
    await expectSaid('Emnet kunne ikke fjernes; det, der allerede er gemt, er uændret.');
    expect(location.hash).toBe(`#/emne/${topicId}`);
    expect(root.querySelector('#emne-overskrift')!.textContent).toBe('Blå Kors Varmestue');

    click(button('Følg ikke længere'));
    await vi.waitFor(() => expect(location.hash).toBe('#/emner'));
    expect(await listTopics(db)).toEqual([]);
  });
});

describe.each<Mode>(['request', 'commit'])('a full disk (%s) on "Følg"', (mode) => {
  it('says the topic could not be saved, and follows it once there is room', async () => {
    render(<FollowButton db={db} query="gadeplan" />, root);
    await vi.waitFor(() => button('Følg'));
    refuseWrites(mode);
    click(button('Følg'));
    await expectRefused(() => root.querySelector('.follow [role=alert]'), `Emnet kunne ikke gemmes${FULL}`);

    click(button('Følg'));
    await vi.waitFor(() => expect(root.querySelector('.follow.followed')?.textContent).toBe('Du følger «gadeplan». Gå til emnet'));
    expect((await listTopics(db)).map((t) => t.query)).toEqual(['Blå Kors Varmestue', 'gadeplan']);
  });
});
