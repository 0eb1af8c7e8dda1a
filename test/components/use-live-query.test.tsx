/** useLiveQuery on fake-indexeddb, rendered by Preact into a linkedom document: a write re-renders, new deps drop the old result. */
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { useLiveQuery } from '../../components/shared/use-live-query';
import { meetingOf, SEEDS } from '../helpers/fixtures';

const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
const root = document.getElementById('app') as unknown as HTMLElement;
let db: LibraryDb;

beforeAll(() => {
  vi.stubGlobal('document', document);
  db = new LibraryDb('live-query-test');
});
afterAll(async () => {
  render(null, root);
  await db.delete();
  vi.unstubAllGlobals();
});

function Count({ committee }: { committee: string }) {
  const live = useLiveQuery(() => db.meetings.filter((m) => m.committee === committee).count(), [committee]);
  return <p>{live.status === 'ready' ? `${committee}: ${live.value}` : live.status}</p>;
}

describe('useLiveQuery', () => {
  it('shows the result, and again after a write elsewhere', async () => {
    render(<Count committee="Beskæftigelsesudvalget" />, root);
    expect(root.textContent).toBe('loading');
    await vi.waitFor(() => expect(root.textContent).toBe('Beskæftigelsesudvalget: 0'));
    await saveMeeting(db, meetingOf(SEEDS.herning2023), 'file');
    await vi.waitFor(() => expect(root.textContent).toBe('Beskæftigelsesudvalget: 1'));
  });

  it('never shows the result of the previous deps', async () => {
    render(<Count committee="Økonomiudvalget" />, root);
    expect(root.textContent).toBe('loading');
    await vi.waitFor(() => expect(root.textContent).toBe('Økonomiudvalget: 0'));
  });
});
