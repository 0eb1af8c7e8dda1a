/**
 * How a bundle (and the bridge) names what it carries without database ids: a
 * meeting by its identity, a topic without its local id. Small and plain, so the
 * web app's first load can use it without the bundle checks.
 */
import { meetingIdentity } from '../db/identity';
import type { Topic } from '../db/schema';

/** Which meeting: the fields of its identity (lib/db/identity.ts). */
export interface MeetingRef {
  municipality: string | null;
  committee: string;
  date: string;
  startTime: string | null;
}

/** A followed topic (lib/db/topics.ts) without its local id; the same topic is the same normalised query. */
export type BundleTopic = Omit<Topic, 'id'>;

/** The topic as a bundle carries it. */
export function bundleTopic({ id: _id, ...topic }: Topic): BundleTopic {
  return topic;
}

export function refOf(m: MeetingRef): MeetingRef {
  return { municipality: m.municipality, committee: m.committee, date: m.date, startTime: m.startTime };
}

/** "Herning Kommune, Beskæftigelsesudvalget, 2023-08-22 kl. 08:00" for messages. */
export function refLabel(m: MeetingRef): string {
  return [m.municipality, m.committee, m.date + (m.startTime ? ` kl. ${m.startTime}` : '')].filter(Boolean).join(', ');
}

/** Finds refs among many meetings by identity in constant time per look-up. */
export class MeetingIndex<T extends MeetingRef> {
  private byIdentity = new Map<string, Array<{ meeting: T; index: number }>>();
  add(meeting: T, index: number): void {
    const key = meetingIdentity(meeting);
    const list = this.byIdentity.get(key);
    if (list) list.push({ meeting, index });
    else this.byIdentity.set(key, [{ meeting, index }]);
  }
  /** The exact start time first, then one without a start time on either side (as saveMeeting finds). */
  find(ref: MeetingRef): { meeting: T; index: number } | undefined {
    const list = this.byIdentity.get(meetingIdentity(ref));
    if (!list) return undefined;
    return list.find((e) => e.meeting.startTime === ref.startTime) ?? list.find((e) => !e.meeting.startTime || !ref.startTime);
  }
}
