/**
 * The bridge between the web app and the extension (issue 5, "Data in" 1).
 *
 * Handshake on the page's window: the app posts HELLO with targetOrigin = its own
 * origin; the bridge content script checks source, origin and exact shape, and
 * answers WELCOME (same nonce) with a MessageChannel port, so all later traffic
 * is private to the two ends. Over the port the app sends its inventory and gets a
 * v1 bundle of what it lacks (checked again by the app with checkBundle), and sends
 * its topics and read marks back (a marks-only push). Every message is checked
 * for its exact shape and size; plain data and guards only, no extension API.
 */
import type { BundleRead } from '../sync/bundle';
import { isJsonObject } from '../sync/guards';
import type { BundleTopic, MeetingRef } from '../sync/refs';

export const BRIDGE_VERSION = 1;
export const HELLO = 'referat:hello';
export const WELCOME = 'referat:welcome';

/** Caps: a message over these is dropped unread. */
export const MAX_STRING = 1_000;
export const MAX_INVENTORY_MEETINGS = 100_000;
export const MAX_TOPICS = 1_000;
export const MAX_READS = 200_000;
/** The serialised size of one message on the port (characters). */
export const MAX_MESSAGE_CHARS = 50_000_000;
/** Meetings per pulled bundle; the app asks again while `more`. */
export const MAX_PULL_MEETINGS = 200;

export interface Hello {
  type: typeof HELLO;
  v: typeof BRIDGE_VERSION;
  nonce: string;
}
export interface Welcome {
  type: typeof WELCOME;
  v: typeof BRIDGE_VERSION;
  nonce: string;
}

/** One meeting the app holds, by identity, with what tells whether the extension holds more. */
export interface InventoryMeeting extends MeetingRef {
  kind: 'referat' | 'dagsorden';
  itemCount: number;
  decisionCount: number;
}

export interface Inventory {
  meetings: InventoryMeeting[];
  /** Queries of the topics the app follows. */
  topics: string[];
}

/** Topics and read marks from the app, for the extension's library. */
export interface Push {
  topics: BundleTopic[];
  reads: BundleRead[];
}

/** App → content script, over the port. */
export type AppMessage = { type: 'inventory'; inventory: Inventory } | { type: 'push'; push: Push };
/** Content script → app, over the port. `bundle` is unchecked here: the app checks it with checkBundle. */
export type BridgeMessage =
  | { type: 'bundle'; bundle: unknown; more: boolean }
  | { type: 'pushed'; ok: boolean }
  | { type: 'error' };

type Obj = Record<string, unknown>;
const hasKeys = (v: Obj, ...keys: string[]) => {
  const own = Object.keys(v);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(v, k));
};
const str = (v: unknown, max = MAX_STRING): v is string => typeof v === 'string' && v.length <= max;
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e7;
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^\d{2}:\d{2}$/;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

export function isHello(v: unknown): v is Hello {
  return isJsonObject(v) && hasKeys(v, 'type', 'v', 'nonce') && v.type === HELLO && v.v === BRIDGE_VERSION && typeof v.nonce === 'string' && NONCE.test(v.nonce);
}

export function isWelcome(v: unknown, nonce: string): v is Welcome {
  return isJsonObject(v) && hasKeys(v, 'type', 'v', 'nonce') && v.type === WELCOME && v.v === BRIDGE_VERSION && v.nonce === nonce;
}

export function isMeetingRef(v: unknown): v is MeetingRef {
  return (
    isJsonObject(v) && (v.municipality === null || str(v.municipality)) && str(v.committee) && v.committee.trim() !== '' &&
    typeof v.date === 'string' && DATE.test(v.date) && (v.startTime === null || (typeof v.startTime === 'string' && CLOCK.test(v.startTime)))
  );
}

function isInventoryMeeting(v: unknown): v is InventoryMeeting {
  return (
    isJsonObject(v) && hasKeys(v, 'municipality', 'committee', 'date', 'startTime', 'kind', 'itemCount', 'decisionCount') && isMeetingRef(v) &&
    (v.kind === 'referat' || v.kind === 'dagsorden') && count(v.itemCount) && count(v.decisionCount)
  );
}

export function isInventory(v: unknown): v is Inventory {
  return (
    isJsonObject(v) && hasKeys(v, 'meetings', 'topics') &&
    Array.isArray(v.meetings) && v.meetings.length <= MAX_INVENTORY_MEETINGS && v.meetings.every(isInventoryMeeting) &&
    Array.isArray(v.topics) && v.topics.length <= MAX_TOPICS && v.topics.every((t) => str(t))
  );
}

export function isBundleTopic(v: unknown): v is BundleTopic {
  return (
    isJsonObject(v) && hasKeys(v, 'query', 'label', 'createdAt', 'lastSeenAt', 'notify') && str(v.query) && v.query.trim() !== '' &&
    str(v.label) && time(v.createdAt) && time(v.lastSeenAt) && typeof v.notify === 'boolean'
  );
}

export function isBundleRead(v: unknown): v is BundleRead {
  return isJsonObject(v) && hasKeys(v, 'meeting', 'number', 'readAt') && isJsonObject(v.meeting) && hasKeys(v.meeting, 'municipality', 'committee', 'date', 'startTime') &&
    isMeetingRef(v.meeting) && typeof v.number === 'number' && Number.isInteger(v.number) && time(v.readAt);
}

export function isPush(v: unknown): v is Push {
  return (
    isJsonObject(v) && hasKeys(v, 'topics', 'reads') &&
    Array.isArray(v.topics) && v.topics.length <= MAX_TOPICS && v.topics.every(isBundleTopic) &&
    Array.isArray(v.reads) && v.reads.length <= MAX_READS && v.reads.every(isBundleRead)
  );
}

/** Is the serialised message within MAX_MESSAGE_CHARS? (false for what cannot be serialised). */
export function withinSize(v: unknown, max = MAX_MESSAGE_CHARS): boolean {
  try {
    const json = JSON.stringify(v);
    return typeof json === 'string' && json.length <= max;
  } catch {
    return false;
  }
}

export function isAppMessage(v: unknown): v is AppMessage {
  if (!isJsonObject(v) || !withinSize(v)) return false;
  if (v.type === 'inventory') return hasKeys(v, 'type', 'inventory') && isInventory(v.inventory);
  if (v.type === 'push') return hasKeys(v, 'type', 'push') && isPush(v.push);
  return false;
}

export function isBridgeMessage(v: unknown): v is BridgeMessage {
  if (!isJsonObject(v)) return false;
  if (v.type === 'bundle') return hasKeys(v, 'type', 'bundle', 'more') && typeof v.more === 'boolean';
  if (v.type === 'pushed') return hasKeys(v, 'type', 'ok') && typeof v.ok === 'boolean';
  return v.type === 'error' && hasKeys(v, 'type');
}
