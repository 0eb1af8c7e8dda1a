/** The notification for a followed topic when a saved meeting brings news to it. */
import type { Topic, TopicItem } from '../../lib/topics/types';
import { longDate } from '../shared/format';

/** "Nyt om «Blå Kors»" / "Beskæftigelsesudvalget, 22. august 2023: punkt 46 Status …"; `items` are the meeting's new matches, at least one. */
export function newsNotice(topic: Pick<Topic, 'label'>, items: readonly TopicItem[]): { title: string; message: string } {
  const first = items[0]!;
  const where = `${first.committee}, ${longDate(first.date)}`;
  const message = items.length === 1 ? `${where}: punkt ${first.number} ${first.title}` : `${where}: ${items.length} punkter, bl.a. punkt ${first.number} ${first.title}`;
  return { title: `Nyt om «${topic.label}»`, message };
}
