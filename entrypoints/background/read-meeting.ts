/**
 * Reading a fetched meeting answer in the background: with the page's own
 * DOMParser where the background is a page (Firefox), else in an offscreen
 * document (Chromium's service worker has no DOM).
 */
import type { ParseResult } from '../../lib/parse/types';
import { meetingFromApi } from '../../lib/sites/firstagenda/api';
import { asParseResult } from '../../lib/messages';

interface ReadMeetingRequest {
  type: 'offscreen:read-meeting';
  json: unknown;
  context: { origin: string; municipality: string | null };
}

export function isReadMeetingRequest(v: unknown): v is ReadMeetingRequest {
  const r = v as Partial<ReadMeetingRequest> | null;
  return typeof r === 'object' && r !== null && r.type === 'offscreen:read-meeting' && typeof r.context?.origin === 'string';
}

const OFFSCREEN = '/offscreen.html';
let opening: Promise<void> | null = null;

/** The offscreen document, made once (a second createDocument while one exists throws). */
async function offscreenDocument(): Promise<void> {
  const offscreen = browser.offscreen!;
  if (await offscreen.hasDocument?.()) return;
  opening ??= offscreen
    .createDocument({ url: OFFSCREEN, reasons: ['DOM_PARSER'], justification: 'Læser teksten i møder hentet fra kommunernes dagsordenssider.' })
    .finally(() => {
      opening = null;
    });
  await opening;
}

export async function readMeeting(json: unknown, context: ReadMeetingRequest['context']): Promise<ParseResult> {
  if (typeof DOMParser === 'function') {
    const parser = new DOMParser();
    return meetingFromApi(json, { ...context, parseHtml: (html) => parser.parseFromString(html, 'text/html') });
  }
  await offscreenDocument();
  const request: ReadMeetingRequest = { type: 'offscreen:read-meeting', json, context };
  return asParseResult(await browser.runtime.sendMessage(request));
}
