/** "#/emner": the followed topics, those with news marked. Looking at them clears the extension's badge. */
import { useEffect } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { topicSummaries } from '../../lib/topics/load';
import { plural } from '../format';
import { topicHash } from '../library/model';
import { useArrivalFocus } from '../library/routing';
import { useLiveQuery } from '../use-live-query';
import { clearActionBadge } from './badge';
import { SearchForm } from './SearchForm';
import './topics.css';

export function TopicsPage({ db }: { db: LibraryDb }) {
  const live = useLiveQuery(() => topicSummaries(db), [db]);
  useArrivalFocus(live.status !== 'loading');
  useEffect(clearActionBadge, []);
  if (live.status === 'loading') return <p class="status">Henter emner…</p>;
  if (live.status === 'error') return <p class="status error" role="alert">Emnerne kunne ikke læses.</p>;
  const topics = live.value;
  return (
    <section class="topics" aria-labelledby="emner">
      <h2 id="emner" tabIndex={-1}>
        Emner du følger <span class="count">({topics.length})</span>
      </h2>
      {topics.length === 0 ? (
        <p>
          Du følger ingen emner endnu. Søg efter det, du vil holde øje med, fx «Blå Kors Varmestue», og klik på{' '}
          <strong>Følg</strong>. Så samles alle punkter om det her, og du får besked, når et nyt møde nævner det.
        </p>
      ) : (
        <ul class="topic-list">
          {topics.map(({ topic, count, news, unread }) => (
            <li key={topic.id} class={news > 0 ? 'has-news' : undefined}>
              <a class="topic-link" href={topicHash(topic.id)}>
                <span class="topic-label">{topic.label}</span>
                {news > 0 && <span class="badge news-mark">{news === 1 ? '1 ny' : `${news} nye`}</span>}
                <span class="meta">
                  {[plural(count, 'punkt', 'punkter'), unread > 0 ? `${unread} ulæst${unread === 1 ? '' : 'e'}` : 'alt læst'].join(' · ')}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <SearchForm label="Find et nyt emne at følge" />
    </section>
  );
}
