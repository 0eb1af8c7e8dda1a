/**
 * "#/emne/<id>": every saved item that matches the topic, newest first, grouped
 * into threads (each with its whole timeline), with unread and news marks,
 * "Marker som læst", the notification switch and "Følg ikke længere".
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { markRead } from '../../lib/db/marks';
import { markErrorMessage } from '../../lib/db/save-error';
import { setTopicNotify, unfollowTopic } from '../../lib/db/topics';
import { markTopicRead, TOPIC_GROUPS, topicCounts, topicPage } from '../../lib/topics/load';
import type { TopicGroup, TopicPage as Page, TopicTally } from '../../lib/topics/types';
import { plural } from '../shared/format';
import { LivePage } from '../shared/LivePage';
import { threadHash, TOPICS_HASH } from '../shared/routes';
import { clearToolbarBadge } from '../shared/toolbar';
import { useGrowingLiveQuery, useLiveQuery } from '../shared/use-live-query';
import { NewsBadge, unreadText } from './counts';
import { Timeline } from './Timeline';
import './topics.css';

/** Runs a write and says how it went in the page's status line: `done`, or `failed` and why ("…, fordi browserens lager er fuldt"). */
type Act = (work: Promise<unknown>, failed: string, done?: string) => void;

function Group({ db, group, act }: { db: LibraryDb; group: TopicGroup; act: Act }) {
  const meetings = group.thread?.meetingCount ?? 1;
  return (
    <section class={`topic-group${group.news > 0 ? ' has-news' : ''}`} aria-label={group.title}>
      <h3>{group.title || 'Lukket punkt'}</h3>
      <p class="meta">
        {plural(group.items.length, 'punkt', 'punkter')} om emnet
        {group.thread && ` · sagen går over ${plural(meetings, 'møde', 'møder')}`}
        {group.news > 0 && ` · ${group.news === 1 ? '1 nyt' : `${group.news} nye`}`}
      </p>
      <Timeline rows={group.rows} onRead={(meetingId, number, read) => act(markRead(db, meetingId, number, read), 'Markeringen kunne ikke gemmes')} />
      {group.thread && (
        <p class="thread-link">
          <a href={threadHash(group.thread.key)}>Se hele sagens forløb</a>
        </p>
      )}
    </section>
  );
}

export function TopicPage({ db, id }: { db: LibraryDb; id: number }) {
  // The groups with the newest items first; "Vis flere" asks for more, the page shown meanwhile.
  const [limit, setLimit] = useState(TOPIC_GROUPS);
  const live = useGrowingLiveQuery(() => topicPage(db, id, limit), [db, id, limit]);
  // The counts read every match: they start once the first groups are on the page, not alongside.
  const shown = live.status === 'ready';
  const tally = useLiveQuery(() => (shown ? topicCounts(db, id) : undefined), [db, id, shown]);
  useEffect(clearToolbarBadge, []);
  return (
    <LivePage live={live} loading="Henter emnet…" error="Emnet kunne ikke læses." missing="Du følger ikke dette emne (længere).">
      {(page) => <TopicView db={db} page={page} tally={tally.status === 'ready' ? (tally.value ?? null) : null} onMore={() => setLimit(limit + TOPIC_GROUPS)} />}
    </LivePage>
  );
}

function TopicView({ db, page, tally, onMore }: { db: LibraryDb; page: Page; tally: TopicTally | null; onMore: () => void }) {
  const [message, setMessage] = useState({ text: '', error: false });
  const { topic, groups, more } = page;
  const act: Act = (work, failed, done = '') =>
    void work.then(
      () => setMessage({ text: done, error: false }),
      (error: unknown) => setMessage({ text: markErrorMessage(error, failed), error: true }),
    );
  return (
    <>
      <nav class="crumbs" aria-label="Sti">
        <a href={TOPICS_HASH}>← Emner</a>
      </nav>
      <section class="topic-page" aria-labelledby="emne-overskrift">
        <header>
          <p class="kicker">Emne</p>
          <h2 id="emne-overskrift" tabIndex={-1}>
            {topic.label}
            {tally && <NewsBadge news={tally.news} />}
          </h2>
          <p class="meta">
            {!tally
              ? groups.length === 0 ? 'Ingen gemte punkter passer endnu.' : 'Tæller punkterne…'
              : tally.count === 0
                ? 'Ingen gemte punkter passer endnu.'
                : `${plural(tally.count, 'punkt', 'punkter')} i ${plural(tally.meetings, 'møde', 'møder')}, ${unreadText(tally.unread)}`}
          </p>
          <div class="topic-actions">
            <button
              type="button"
              class="button"
              // Before the counts are in (seconds for a phrase in a large library), the groups shown can tell.
              disabled={tally ? tally.news === 0 && tally.unread === 0 : !groups.some((g) => g.unread > 0 || g.news > 0)}
              onClick={() => act(markTopicRead(db, topic.id), 'Punkterne kunne ikke markeres som læst', 'Alle punkter er markeret som læst.')}
            >
              Marker som læst
            </button>
            <label class="check">
              <input
                type="checkbox"
                checked={topic.notify}
                onChange={(e) =>
                  act(
                    setTopicNotify(db, topic.id, e.currentTarget.checked),
                    'Indstillingen kunne ikke gemmes',
                    e.currentTarget.checked ? 'Du får besked om nye møder.' : 'Du får ikke længere besked.',
                  )
                }
              />
              Giv besked, når et gemt møde nævner emnet
            </label>
            <button
              type="button"
              class="link-button"
              onClick={() => act(unfollowTopic(db, topic.id).then(() => (location.hash = TOPICS_HASH)), 'Emnet kunne ikke fjernes')}
            >
              Følg ikke længere
            </button>
          </div>
          <p class={message.error ? 'status error' : 'status'} role="status">
            {message.text}
          </p>
        </header>
        {groups.map((g) => (
          <Group key={g.key} db={db} group={g} act={act} />
        ))}
        {more && (
          <p class="more">
            <button type="button" class="button" onClick={onMore}>Vis flere</button>
          </p>
        )}
      </section>
    </>
  );
}
