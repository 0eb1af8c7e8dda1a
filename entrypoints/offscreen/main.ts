/**
 * Chromium's offscreen document: the background service worker has no DOMParser,
 * so the meeting texts a check fetches are read here, with the same reader.
 */
import { meetingFromApi } from '../../lib/sites/firstagenda/api';
import { isReadMeetingRequest } from '../background/read-meeting';

const parser = new DOMParser();

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id || !isReadMeetingRequest(message)) return undefined;
  const parseHtml = (html: string) => parser.parseFromString(html, 'text/html');
  return Promise.resolve(meetingFromApi(message.json, { ...message.context, parseHtml }));
});
