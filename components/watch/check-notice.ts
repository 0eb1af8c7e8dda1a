/**
 * The one notification of a check that brought news to followed topics: the
 * topic, the committee and the day, and for minutes the decision's first words.
 */
import type { Topic, TopicItem } from '../../lib/topics/types';
import { longDate } from '../shared/format';

export interface CheckNews {
  topic: Pick<Topic, 'label'>;
  item: Pick<TopicItem, 'committee' | 'date' | 'number' | 'title'>;
  /** The meeting's minutes brought it: the item's decision, if it has one. */
  decision: string | null;
  /** Other news items of the check besides this one. */
  more: number;
}

/** "Blå Kors Varmestue er på dagsordenen i Socialudvalget tirsdag 4. maj". */
export function checkNotice({ topic, item, decision, more }: CheckNews): { title: string; message: string } {
  const day = longDate(item.date, { soon: true });
  const title = decision !== null
    ? `${topic.label}: ${item.committee} har besluttet ${day}`
    : `${topic.label} er på dagsordenen i ${item.committee} ${day}`;
  const words = decision?.replace(/\s+/g, ' ').trim() ?? '';
  const said = decision !== null && words ? `«${words.length > 120 ? `${words.slice(0, 117).trimEnd()}…` : words}»` : `Punkt ${item.number}: ${item.title}`;
  return { title, message: more > 0 ? `${said} (og ${more} ${more === 1 ? 'punkt' : 'punkter'} mere)` : said };
}
