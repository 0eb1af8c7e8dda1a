/** "#/emner": the followed topics, those with news marked. Looking at them clears the extension's badge. */
import { useEffect } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { topicSummaries } from '../../lib/topics/load';
import { plural } from '../shared/format';
import { LivePage } from '../shared/LivePage';
import { topicHash } from '../shared/routes';
import { clearToolbarBadge } from '../shared/toolbar';
import { useLiveQuery } from '../shared/use-live-query';
import { NewsBadge, unreadText } from './counts';
import { SearchForm } from './SearchForm';
import './topics.css';

export function TopicsPage({ db }: { db: LibraryDb }) {
  const live = useLiveQuery(() => topicSummaries(db), [db]);
  useEffect(clearToolbarBadge, []);
  return (
    <LivePage live={live} loading="Henter emner…" error="Emnerne kunne ikke læses.">
      {(topics) => (
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
                    <NewsBadge news={news} />
                    <span class="meta">
                      {[plural(count, 'punkt', 'punkter'), unreadText(unread)].join(' · ')}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
          <SearchForm label="Find et nyt emne at følge" />
        </section>
      )}
    </LivePage>
  );
}
