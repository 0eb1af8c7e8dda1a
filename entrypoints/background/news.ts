/**
 * What the user hears of news: the toolbar badge counts the topics with news
 * (the library's topics page clears it), and a notification says what came in —
 * one per topic after a save, one per check of followed committees.
 */
import type { LibraryDb } from '../../lib/db/schema';
import { itemsByKey } from '../../lib/db/meetings';
import { newsFromMeeting, topicsWithNews } from '../../lib/topics/load';
import type { CheckReport } from '../../lib/watch/check';
import { lastDecision } from '../../lib/threads/assemble';
import { itemHash, topicHash } from '../../components/shared/routes';
import { toolbarOf } from '../../components/shared/toolbar';
import { newsNotice } from '../../components/topics/news-notice';
import { checkNotice } from '../../components/watch/check-notice';

/** The notification icon: a 48 px page on the accent colour (inline, so it needs no packaged file). */
const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAUElEQVR42u3YMQ0AIAxFwe5YRBGmwQFpYIH0SAXc8N9CtD6eugACAgL6BDSvHxAQUB6Ub7gqyIaAVGZDQCpTGZDKTtyVQDYE5H8ICAgIaHML5Hjv3VEKAoIAAAAASUVORK5CYII=';

/** Notification ids say what a click opens: a topic, or an item of a meeting. */
const TOPIC = 'topic:';
const ITEM = 'item:';

async function showBadge(db: LibraryDb): Promise<void> {
  const count = await topicsWithNews(db);
  const toolbar = toolbarOf(browser)!;
  await toolbar.setBadgeBackgroundColor({ color: '#0b5c8a' });
  await toolbar.setBadgeText({ text: count > 0 ? String(count) : '' });
}

// A notification that cannot be shown (turned off in the system) must not undo the badge.
const notify = (id: string, notice: { title: string; message: string }) =>
  browser.notifications.create(id, { type: 'basic', iconUrl: NOTIFICATION_ICON, ...notice }).catch(() => undefined);

/** After a save that changed the library: each topic with news from the meeting that notifies says so. */
export async function announceSave(db: LibraryDb, meetingId: string): Promise<void> {
  const news = await newsFromMeeting(db, meetingId);
  if (news.length === 0) return;
  await showBadge(db);
  for (const { topic, items } of news) if (topic.notify) await notify(`${TOPIC}${topic.id}`, newsNotice(topic, items));
}

/** After a check: the badge, and one notification naming the first news (upcoming agendas first). */
export async function announceCheck(db: LibraryDb, report: CheckReport): Promise<void> {
  const found: Array<{ topic: { id: number; label: string; notify: boolean }; item: { meetingId: string; number: number; committee: string; date: string; title: string }; minutes: boolean }> = [];
  for (const saved of report.saved) {
    for (const { topic, items } of await newsFromMeeting(db, saved.meetingId)) {
      for (const item of items) found.push({ topic, item, minutes: saved.entry.concluded });
    }
  }
  if (found.length === 0) return;
  await showBadge(db);
  const told = found.filter((f) => f.topic.notify);
  // What is still ahead matters most: an agenda before its meeting, then the newest minutes; within a meeting, item order.
  told.sort((a, b) => Number(a.minutes) - Number(b.minutes) || (a.item.date === b.item.date ? 0 : a.item.date < b.item.date ? 1 : -1));
  const first = told[0];
  if (!first) return;
  const [record] = first.minutes ? await itemsByKey(db, [[first.item.meetingId, first.item.number]]) : [undefined];
  const decision = first.minutes ? (record ? lastDecision(record) : null) ?? '' : null;
  await notify(`${ITEM}${first.item.meetingId}#${first.item.number}`, checkNotice({ topic: first.topic, item: first.item, decision, more: told.length - 1 }));
}

/** A click on a notification opens what it is about in the library. */
export function openNotification(id: string): void {
  const library = browser.runtime.getURL('/library.html');
  if (id.startsWith(TOPIC)) void browser.tabs.create({ url: `${library}${topicHash(Number(id.slice(TOPIC.length)))}` });
  else if (id.startsWith(ITEM)) {
    const key = id.slice(ITEM.length);
    const at = key.lastIndexOf('#');
    void browser.tabs.create({ url: `${library}${itemHash(key.slice(0, at), Number(key.slice(at + 1)))}` });
  } else return;
  void browser.notifications.clear(id);
}
