/** One saved meeting with its items; each item opens in place or on its own page. */
import type { LibraryDb } from '../../lib/db/schema';
import { loadMeeting } from '../../lib/db/meetings';
import { MeetingView } from '../MeetingView';
import { useLiveQuery } from '../use-live-query';
import { itemHash } from './model';
import { useArrivalFocus } from './routing';

export function NotFound({ text }: { text: string }) {
  return (
    <section>
      <h2 tabIndex={-1}>Ikke fundet</h2>
      <p>{text}</p>
      <p><a href="#/">Tilbage til alle møder</a></p>
    </section>
  );
}

export function MeetingPage({ db, id }: { db: LibraryDb; id: string }) {
  const live = useLiveQuery(() => loadMeeting(db, id), [db, id]);
  useArrivalFocus(live.status !== 'loading');
  if (live.status === 'loading') return <p class="status">Henter mødet…</p>;
  if (live.status === 'error') return <p class="status error" role="alert">Mødet kunne ikke læses.</p>;
  const meeting = live.value;
  if (!meeting) return <NotFound text="Mødet findes ikke i biblioteket. Måske er det slettet." />;
  return (
    <>
      <nav class="crumbs" aria-label="Sti">
        <a href="#/">← Alle møder</a>
      </nav>
      <MeetingView meeting={meeting} itemHref={(n) => itemHash(id, n)} />
    </>
  );
}
