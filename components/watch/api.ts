/**
 * What the views of followed committees ask the extension's background (the
 * requests of lib/watch/messages.ts). The library page and the popup make one
 * with `watchApi` over `browser.runtime.sendMessage`; the web app has none (a web
 * page cannot read the municipal API across origins), so its views only read.
 * Every answer is checked: anything else becomes one Danish sentence.
 */
import { INTERVALS, isWatchAnswer, type CommitteeChoice, type CommitteesResponse, type DoneResponse, type FollowResponse, type WatchRequest } from '../../lib/watch/messages';
import { isJsonObject } from '../../lib/sync/guards';

export type Interval = (typeof INTERVALS)[number];

export interface WatchApi {
  /** The committees on a FirstAgenda host ("dagsordener.hvidovre.dk"), every election period, with which are followed. */
  committees(host: string): Promise<CommitteesResponse>;
  /** Follows a committee of the host's list; its first check starts in the background. */
  follow(host: string, committeeId: string): Promise<FollowResponse>;
  /** Follows the committee of a FirstAgenda meeting page by the name the page gives it. */
  followPage(url: string, committee: string): Promise<FollowResponse>;
  /** Unfollows by the followed committee's key; its meetings stay in the library. */
  unfollow(key: string): Promise<DoneResponse>;
  /** "Tjek nu": resolves when the check is done (joining one that runs). */
  checkNow(): Promise<DoneResponse>;
  /** Hours between the checks the browser runs by itself. */
  setInterval(hours: Interval): Promise<DoneResponse>;
}

/** Said when the background gives no answer, or one that is not an answer. */
export const NO_ANSWER = 'Udvidelsen svarede ikke. Prøv igen.';

const failed = { ok: false, reason: NO_ANSWER } as const;

function isChoice(v: unknown): v is CommitteeChoice {
  return (
    isJsonObject(v) && typeof v.id === 'string' && typeof v.name === 'string' && typeof v.period === 'string' &&
    typeof v.current === 'boolean' && typeof v.followed === 'boolean'
  );
}

function isCommitteesResponse(v: unknown): v is CommitteesResponse {
  if (!isWatchAnswer(v)) return false;
  if (!v.ok) return true;
  const r = v as Record<string, unknown>;
  return (r.municipality === null || typeof r.municipality === 'string') && Array.isArray(r.committees) && r.committees.every(isChoice);
}

function isFollowResponse(v: unknown): v is FollowResponse {
  if (!isWatchAnswer(v)) return false;
  const r = v as Record<string, unknown>;
  return !v.ok || (typeof r.key === 'string' && typeof r.name === 'string');
}

/** A WatchApi that sends each request with `send` (`browser.runtime.sendMessage`) and checks the answer. */
export function watchApi(send: (request: WatchRequest) => Promise<unknown>): WatchApi {
  async function ask<T extends { ok: boolean }>(request: WatchRequest, is: (v: unknown) => v is T): Promise<T | typeof failed> {
    try {
      const answer = await send(request);
      return is(answer) ? answer : failed;
    } catch {
      return failed;
    }
  }
  return {
    committees: (host) => ask({ type: 'watch:committees', host }, isCommitteesResponse),
    follow: (host, committeeId) => ask({ type: 'watch:follow', host, committeeId }, isFollowResponse),
    followPage: (url, committee) => ask({ type: 'watch:follow-page', url, committee }, isFollowResponse),
    unfollow: (key) => ask({ type: 'watch:unfollow', key }, isWatchAnswer),
    checkNow: () => ask({ type: 'watch:check' }, isWatchAnswer),
    setInterval: (hours) => ask({ type: 'watch:interval', hours }, isWatchAnswer),
  };
}
