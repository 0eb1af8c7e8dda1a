/**
 * The topic page while its counts are still being read (seconds for a phrase in a
 * library of 50,000 meetings): "Marker som læst" goes by the groups already shown,
 * not by counts that have not come. The real TopicPage on fake-indexeddb, its
 * counts held back.
 */
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMeeting } from '../../lib/db/meetings';
import { meetingId } from '../../lib/db/identity';
import { markRead, readMarks } from '../../lib/db/marks';
import { followTopic } from '../../lib/db/topics';
import type { LibraryDb } from '../../lib/db/schema';
import { TopicPage } from '../../components/topics/TopicPage';
import { meetingOf, SEEDS } from '../helpers/fixtures';
import { tempLibraries } from '../helpers/temp-db';

// The counts never arrive: everything else is the real module.
vi.mock('../../lib/topics/load', async (original) => ({ ...(await original<typeof import('../../lib/topics/load')>()), topicCounts: () => new Promise(() => undefined) }));

const { document, window } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
const root = document.getElementById('app') as unknown as HTMLElement;
const herning = meetingOf(SEEDS.herning2023);
const HERNING = meetingId(herning);
const library = tempLibraries('topic-counting');
let db: LibraryDb;
let topicId: number;

beforeAll(() => {
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', { hash: '' });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(async () => {
  db = library();
  await saveMeeting(db, herning, 'page', 1000);
  topicId = (await followTopic(db, 'Blå Kors Varmestue', 2000)).id;
});
afterEach(() => render(null, root));

const markAll = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Marker som læst' && !b.closest('.timeline'))!;

async function showTopic(): Promise<void> {
  render(<TopicPage db={db} id={topicId} />, root);
  await vi.waitFor(() => expect(root.querySelector('.topic-page .topic-group')).not.toBeNull());
  expect(root.querySelector('.topic-page header .meta')!.textContent).toBe('Tæller punkterne…');
}

describe('the topic page before its counts are in', () => {
  it('offers "Marker som læst" when a group shown holds an unread item, and it marks them', async () => {
    await showTopic();
    expect(markAll().disabled).toBe(false);
    markAll().dispatchEvent(new window.Event('click'));
    await vi.waitFor(async () => expect((await readMarks(db, HERNING)).map((r) => r.number)).toEqual([48]));
  });

  it('waits for the counts when every item shown is read', async () => {
    await markRead(db, HERNING, 48, true, 3000);
    await showTopic();
    await vi.waitFor(() => expect(root.querySelector('.timeline .tl-row.match:not(.unread)')).not.toBeNull());
    expect(markAll().disabled).toBe(true);
  });
});
