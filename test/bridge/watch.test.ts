/**
 * Followed committees over the bridge: the extension sends them with every answer (the
 * upcoming entries and the host checks too, as they are now), and the web app takes them
 * whole, as app-sync.ts imports them: what the extension stops following, the app stops
 * showing; an answer taken twice changes nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listMeetings } from '../../lib/db/meetings';
import type { LibraryDb } from '../../lib/db/schema';
import { followedCommittees, hostChecks, unfollowCommittee, watchedEntries } from '../../lib/db/watch';
import { pullBundle } from '../../lib/bridge/pull';
import type { Inventory } from '../../lib/bridge/protocol';
import { checkBundle, importBundle, refOf } from '../../lib/sync';
import { dumpLibrary } from '../../scripts/db-dump';
import { tempLibraries } from '../helpers/temp-db';
import { CAPTURED, CHECK, ENTRIES, followHvidovre, HOST, OEKONOMI } from '../helpers/watch-library';

const newDb = tempLibraries('bridge-watch');
const NOW = new Date(CAPTURED);

async function inventoryOf(db: LibraryDb): Promise<Inventory> {
  const meetings = (await listMeetings(db)).map((m) => ({ ...refOf(m), kind: m.kind, itemCount: m.itemCount, decisionCount: m.decisionCount }));
  return { meetings, topics: [] };
}

/** One sync of the app, as app-sync.ts does it: the answer checked, then imported, the committees replaced. */
async function sync(ext: LibraryDb, app: LibraryDb): Promise<void> {
  const { bundle } = await pullBundle(ext, await inventoryOf(app), undefined, NOW);
  const checked = checkBundle(JSON.parse(JSON.stringify(bundle)));
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  await importBundle(app, checked.bundle, { watch: 'replace', now: CAPTURED });
}

describe('followed committees over the bridge', () => {
  it('are sent with every answer, even when the extension follows nothing', async () => {
    const { bundle } = await pullBundle(newDb(), { meetings: [], topics: [] }, undefined, NOW);
    expect([bundle.committees, bundle.watchEntries, bundle.hostChecks]).toEqual([[], [], []]);
  });

  it('reach the app with the upcoming meetings on the app\'s own copy of the meeting, and the host\'s check', async () => {
    const ext = newDb();
    await followHvidovre(ext);
    const app = newDb();
    await sync(ext, app);
    expect(await followedCommittees(app)).toEqual([OEKONOMI]);
    expect(await hostChecks(app)).toEqual([CHECK]);
    const [meeting] = await listMeetings(app);
    const agenda = (await watchedEntries(app, HOST)).find((e) => e.id === ENTRIES.agenda.id);
    expect(agenda?.meetingId).toBe(meeting!.id);
    expect((await watchedEntries(app, HOST)).map((e) => e.date).sort()).toEqual(['2026-05-18', '2026-05-18', '2026-06-15']);

    // The next answer has no meeting the app lacks, but the committees again: nothing changes.
    const before = await dumpLibrary(app);
    const { bundle } = await pullBundle(ext, await inventoryOf(app), undefined, NOW);
    expect([bundle.meetings.length, bundle.committees?.length]).toEqual([0, 1]);
    await sync(ext, app);
    expect(await dumpLibrary(app)).toBe(before);
  });

  it('that the extension stops following leave the app with their meetings\' entries; the saved meeting stays', async () => {
    const ext = newDb();
    await followHvidovre(ext);
    const app = newDb();
    await sync(ext, app);
    await unfollowCommittee(ext, OEKONOMI.key);
    await sync(ext, app);
    expect(await followedCommittees(app)).toEqual([]);
    expect(await watchedEntries(app, HOST)).toEqual([]);
    expect(await listMeetings(app)).toHaveLength(1);
  });
});
