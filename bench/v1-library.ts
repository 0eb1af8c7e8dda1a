/**
 * Writes a library as the first shipped schema (version 1) stored it, with no search
 * index, so a test can open it with the current LibraryDb and check the upgrade.
 * Version 1's stores are spelled out here on purpose: it is a frozen past. The records
 * have the shape saveMeeting gives them (identity, case keys, counts), so a meeting saved
 * again after the upgrade finds itself. test/db/upgrade.test.ts upgrades libraries the
 * shipped code itself wrote (test/fixtures/db).
 */
import Dexie from 'dexie';
import { meetingId, meetingIdentity } from '../lib/db/identity';
import { caseKey } from '../lib/threads/keys';
import type { Meeting } from '../lib/parse/types';

export async function writeVersion1Library(name: string, meetings: readonly Meeting[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    meetings: 'id, identity, date, savedAt, sourceUrl',
    items: '[meetingId+number], meetingId, caseKey, date',
    reads: '[meetingId+number], meetingId',
    notes: '[meetingId+number], meetingId',
  });
  for (const m of meetings) {
    const id = meetingId(m);
    const { items, ...head } = m;
    const decisionCount = items.reduce((n, i) => n + i.decisions.length, 0);
    await v1.table('meetings').put({ ...head, id, identity: meetingIdentity(m), itemCount: items.length, decisionCount, source: 'file', savedAt: 1, updatedAt: 1 });
    await v1.table('items').bulkPut(items.map((i) => ({ ...i, meetingId: id, caseKey: caseKey(i.caseNumber), date: m.date })));
  }
  v1.close();
}
