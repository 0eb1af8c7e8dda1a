/**
 * How a bundle (and the bridge) names what it carries without database ids: a
 * meeting by its identity, a topic without its local id. Small and plain: the web
 * app's bridge uses it in the first load, before the bundle checks are loaded.
 */
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
