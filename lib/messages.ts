/**
 * The messages between the extension's parts (content script, popup, library
 * page, background). Plain data and guards only; no extension API here.
 */
import type { Meeting, ParseResult } from './parse/types';
import type { MeetingSource } from './db/schema';
import type { SaveStatus } from './db/meetings';
import type { SavedState, StatusResponse } from './db/status';
import type { Bundle } from './sync/bundle';
import { isInventory, isPush, type Inventory, type Push } from './bridge/protocol';
import { isJsonObject, isObjectLike } from './sync/guards';

export type Request =
  /** Content script → background: parse my page (the parser is injected only now) and tell its saved state. */
  | { type: 'page:parse' }
  /** Any → background: is this meeting saved, and does the document hold more than what is saved? */
  | { type: 'meeting:status'; meeting: Meeting }
  /** Any → background: save (or update) this meeting. */
  | { type: 'meeting:save'; meeting: Meeting; source: MeetingSource };

export type PageParseResponse =
  /** `committee`: a page of a followable host (FirstAgenda), and whether its committee is followed. */
  | { ok: true; meeting: Meeting; status: StatusResponse; committee?: { following: boolean } }
  | { ok: false; reason: string };

export type SaveResponse =
  | { ok: true; status: SaveStatus; meetingId: string; itemCount: number }
  | { ok: false; error: string };

/** The background's answer to `meeting:save`. */
export function isSaveResponse(v: unknown): v is SaveResponse {
  return isObjectLike(v) && ((v.ok === true && typeof v.itemCount === 'number') || (v.ok === false && typeof v.error === 'string'));
}


/** Background/popup → content script in a tab: what did you find on this page? */
export interface PageStateRequest {
  type: 'page:state';
}

export type PageState =
  | { recognised: false }
  | { recognised: true; parsed: false; reason?: string }
  | { recognised: true; parsed: true; meeting: Meeting; saved: SavedState };

/** What the popup and the background say when the page parser gives no answer they can use. */
export const PAGE_UNREADABLE = 'Siden kunne ikke læses.';

/** A content script's answer to `page:state`. */
export function isPageState(v: unknown): v is PageState {
  if (!isObjectLike(v)) return false;
  if (v.recognised === false) return true;
  if (v.recognised !== true) return false;
  if (v.parsed === false) return v.reason === undefined || typeof v.reason === 'string';
  return v.parsed === true && isMeeting(v.meeting) && (v.saved === 'unsaved' || v.saved === 'saved' || v.saved === 'more');
}


/** What the injected page parser hands back, checked like any message. */
function isParseResult(v: unknown): v is ParseResult {
  return isObjectLike(v) && ((v.ok === true && isMeeting(v.meeting)) || (v.ok === false && typeof v.reason === 'string'));
}

/** The page parser's answer (executeScript's result), or PAGE_UNREADABLE when it is none. */
export function asParseResult(v: unknown): ParseResult {
  return isParseResult(v) ? v : { ok: false, reason: PAGE_UNREADABLE };
}

/** The background's answer to `page:parse` when the page was a meeting. */
export function isPageParseOk(v: unknown): v is Extract<PageParseResponse, { ok: true }> {
  return (
    isObjectLike(v) && v.ok === true && isMeeting(v.meeting) && isObjectLike(v.status) &&
    (v.status.state === 'unsaved' || v.status.state === 'saved' || v.status.state === 'more')
  );
}


/** A Meeting's outline, checked before it is written: the parser made it, but it crossed a message boundary. */
export function isMeeting(v: unknown): v is Meeting {
  return (
    isObjectLike(v) && (v.kind === 'referat' || v.kind === 'dagsorden') && typeof v.committee === 'string' &&
    typeof v.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.date) && Array.isArray(v.items) &&
    v.items.every((i) => isObjectLike(i) && Number.isFinite(i.number) && typeof i.title === 'string') &&
    Array.isArray(v.warnings) && Array.isArray(v.participants) && Array.isArray(v.absent)
  );
}

export function isRequest(v: unknown): v is Request {
  if (!isObjectLike(v) || typeof v.type !== 'string') return false;
  switch (v.type) {
    case 'page:parse':
      return true;
    case 'meeting:status':
      return isMeeting(v.meeting);
    case 'meeting:save':
      return isMeeting(v.meeting) && ['page', 'pdf', 'file', 'bundle'].includes(v.source as string);
    default:
      return false;
  }
}

/** Bridge content script → background: the web app's inventory; the answer is a v1 bundle of what it lacks. */
export interface BridgePullRequest {
  type: 'bridge:pull';
  inventory: Inventory;
}
/** Bridge content script → background: the web app's topics and read marks (marks only, no meetings). */
export interface BridgePushRequest {
  type: 'bridge:push';
  push: Push;
}
export type BridgeRequest = BridgePullRequest | BridgePushRequest;

export type BridgePullResponse = { ok: true; bundle: Bundle; more: boolean } | { ok: false };
export interface BridgePushResponse {
  ok: boolean;
}

export function isBridgeRequest(v: unknown): v is BridgeRequest {
  if (!isJsonObject(v) || Object.keys(v).length !== 2) return false;
  if (v.type === 'bridge:pull') return isInventory(v.inventory);
  if (v.type === 'bridge:push') return isPush(v.push);
  return false;
}

export function isBridgePullResponse(v: unknown): v is BridgePullResponse {
  return isObjectLike(v) && (v.ok === false || (v.ok === true && isObjectLike(v.bundle) && typeof v.more === 'boolean'));
}
