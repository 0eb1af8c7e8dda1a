/** "#/traad/<key>": one case across meetings, newest first, unsaved meetings marked "ikke gemt". */
import type { LibraryDb } from '../../lib/db/schema';
import { timeline } from '../../lib/topics/index';
import { loadThread } from '../../lib/topics/load';
import type { Thread } from '../../lib/threads/types';
import { plural } from '../shared/format';
import { LivePage } from '../shared/LivePage';
import { MEETINGS_HASH, TOPICS_HASH } from '../shared/routes';
import { useLiveQuery } from '../shared/use-live-query';
import { Timeline } from './Timeline';
import './topics.css';

export function ThreadPage({ db, threadKey }: { db: LibraryDb; threadKey: string }) {
  const live = useLiveQuery(() => loadThread(db, threadKey), [db, threadKey]);
  return (
    <LivePage live={live} loading="Henter sagen…" error="Sagen kunne ikke læses." missing="Sagen findes ikke i biblioteket. Måske er et af møderne slettet.">
      {(thread) => <ThreadView thread={thread} />}
    </LivePage>
  );
}

function ThreadView({ thread }: { thread: Thread }) {
  const saved = thread.entries.filter((e) => e.saved);
  const caseNumber = [...saved].reverse().find((e) => e.caseNumber)?.caseNumber;
  const unsaved = new Set(thread.entries.filter((e) => !e.saved).map((e) => `${e.date}|${e.committee}`)).size;
  return (
    <>
      <nav class="crumbs" aria-label="Sti">
        <a href={TOPICS_HASH}>← Emner</a> · <a href={MEETINGS_HASH}>Alle møder</a>
      </nav>
      <section class="thread-page" aria-labelledby="traad-overskrift">
        <header>
          <p class="kicker">Sagens forløb{caseNumber ? ` · Sagsnr. ${caseNumber}` : ''}</p>
          <h2 id="traad-overskrift" tabIndex={-1}>{thread.title || 'Sag uden titel'}</h2>
          <p class="meta">
            {plural(saved.length, 'punkt', 'punkter')} · {plural(thread.meetingCount, 'møde', 'møder')}
            {unsaved > 0 && `, heraf ${unsaved} ikke gemt`} · nyeste først
          </p>
        </header>
        <Timeline rows={timeline(thread)} />
      </section>
    </>
  );
}
