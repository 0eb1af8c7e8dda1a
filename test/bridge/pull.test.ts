import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { meetingId } from '../../lib/db/identity';
import { markRead } from '../../lib/db/marks';
import { followTopic } from '../../lib/db/topics';
import { applyPush, pullBundle } from '../../lib/bridge/pull';
import { checkBundle, importBundle, refOf } from '../../lib/sync';
import type { Inventory } from '../../lib/bridge/protocol';
import { meetingOf, SEEDS } from '../helpers/fixtures';
import { tempLibraries } from '../helpers/temp-db';

const newDb = tempLibraries('bridge');

async function inventoryOf(db: LibraryDb): Promise<Inventory> {
  const meetings = (await db.meetings.toArray()).map((m) => ({ ...refOf(m), kind: m.kind, itemCount: m.itemCount, decisionCount: m.decisionCount }));
  return { meetings, topics: (await db.topics.toArray()).map((t) => t.query) };
}

describe('pullBundle', () => {
  it('sends what the app lacks as a valid v1 bundle, with marks and topics, and nothing once the app has it', async () => {
    const ext = newDb();
    const seeds = Object.values(SEEDS);
    for (const seed of seeds) await saveMeeting(ext, meetingOf(seed), 'page');
    const herning = meetingOf(SEEDS.herning2023);
    await markRead(ext, meetingId(herning), 48);
    await followTopic(ext, 'Blå Kors Varmestue');

    const app = newDb();
    const first = await pullBundle(ext, await inventoryOf(app));
    expect(first.more).toBe(false);
    expect(first.bundle.meetings).toHaveLength(seeds.length);
    expect(first.bundle.reads).toHaveLength(1);
    expect(first.bundle.topics.map((t) => t.query)).toEqual(['Blå Kors Varmestue']);
    const checked = checkBundle(JSON.parse(JSON.stringify(first.bundle)));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await importBundle(app, checked.bundle);

    const second = await pullBundle(ext, await inventoryOf(app));
    expect(second.bundle.meetings).toEqual([]);
    expect(second.bundle.topics).toEqual([]);
    expect(second.bundle.reads).toEqual([]);
  });

  it('caps the meetings per bundle and says there is more', async () => {
    const ext = newDb();
    for (const seed of Object.values(SEEDS)) await saveMeeting(ext, meetingOf(seed), 'page');
    const part = await pullBundle(ext, { meetings: [], topics: [] }, 2);
    expect(part.bundle.meetings).toHaveLength(2);
    expect(part.more).toBe(true);
  });

  it('sends minutes when the app holds only the agenda', async () => {
    const ext = newDb();
    const minutes = meetingOf(SEEDS.herning2023);
    await saveMeeting(ext, minutes, 'page');
    const agenda = { ...refOf(minutes), kind: 'dagsorden' as const, itemCount: minutes.items.length, decisionCount: 0 };
    expect((await pullBundle(ext, { meetings: [agenda], topics: [] })).bundle.meetings).toHaveLength(1);
    const same = { ...agenda, kind: minutes.kind, decisionCount: 1_000 };
    expect((await pullBundle(ext, { meetings: [same], topics: [] })).bundle.meetings).toHaveLength(0);
  });
});

describe('applyPush', () => {
  it('follows new topics and marks items read, once, and ignores marks on unknown meetings or items', async () => {
    const ext = newDb();
    const herning = meetingOf(SEEDS.herning2023);
    await saveMeeting(ext, herning, 'page');
    await followTopic(ext, 'gadeplan');
    const ref = refOf(herning);
    const push = {
      topics: [
        { query: 'gadeplan', label: 'gadeplan', createdAt: 1, lastSeenAt: 1, notify: true },
        { query: 'Blå Kors', label: 'Blå Kors', createdAt: 1, lastSeenAt: 1, notify: false },
        { query: ' Blå  Kors ', label: 'igen', createdAt: 1, lastSeenAt: 1, notify: false },
      ],
      reads: [
        { meeting: ref, number: 48, readAt: 10 },
        { meeting: ref, number: 48, readAt: 11 },
        { meeting: ref, number: 9999, readAt: 10 },
        { meeting: { ...ref, date: '1999-01-01' }, number: 48, readAt: 10 },
      ],
    };
    expect(await applyPush(ext, push)).toEqual({ topics: 1, reads: 1 });
    expect((await ext.topics.toArray()).map((t) => t.query).sort()).toEqual(['Blå Kors', 'gadeplan']);
    expect(await ext.reads.toArray()).toEqual([{ meetingId: meetingId(herning), number: 48, readAt: 10 }]);
    expect(await applyPush(ext, push)).toEqual({ topics: 0, reads: 0 });
    expect(await ext.meetings.count()).toBe(1);
  });
});
