/** "#/traad/<key>": one case across meetings, newest first, unsaved meetings marked "ikke gemt". */
import type { LibraryDb } from '../../lib/db/schema';
import { timeline } from '../../lib/topics/index';
import { loadThread } from '../../lib/topics/load';
import { plural } from '../format';
import { NotFound } from '../library/MeetingPage';
import { TOPICS_HASH } from '../library/model';
import { useArrivalFocus } from '../library/routing';
import { useLiveQuery } from '../use-live-query';
import { Timeline } from './Timeline';
import './topics.css';

export function ThreadPage({ db, threadKey }: { db: LibraryDb; threadKey: string }) {
  const live = useLiveQuery(() => loadThread(db, threadKey), [db, threadKey]);
  useArrivalFocus(live.status !== 'loading');
  if (live.status === 'loading') return <p class="status">Henter sagen…</p>;
  if (live.status === 'error') return <p class="status error" role="alert">Sagen kunne ikke læses.</p>;
  const thread = live.value;
  if (!thread) return <NotFound text="Sagen findes ikke i biblioteket. Måske er et af møderne slettet." />;
  const saved = thread.entries.filter((e) => e.saved);
  const caseNumber = [...saved].reverse().find((e) => e.caseNumber)?.caseNumber;
  const unsaved = new Set(thread.entries.filter((e) => !e.saved).map((e) => `${e.date}|${e.committee}`)).size;
  return (
    <>
      <nav class="crumbs" aria-label="Sti">
        <a href={TOPICS_HASH}>← Emner</a> · <a href="#/">Alle møder</a>
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
