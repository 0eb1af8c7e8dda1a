/** One saved meeting with its items; each item opens in place or on its own page. A meeting of a FirstAgenda host offers to follow its committee. */
import type { LibraryDb } from '../../lib/db/schema';
import { loadMeeting } from '../../lib/db/meetings';
import { LivePage } from '../shared/LivePage';
import { MeetingView } from '../shared/MeetingView';
import { itemHash, MEETINGS_HASH } from '../shared/routes';
import { useLiveQuery } from '../shared/use-live-query';
import type { WatchApi } from '../watch/api';
import { LazyWatchView } from '../watch/LazyWatchView';

export const MEETING_GONE = 'Mødet findes ikke i biblioteket. Måske er det slettet.';

export function MeetingPage({ db, id, watch }: { db: LibraryDb; id: string; watch?: WatchApi | undefined }) {
  const live = useLiveQuery(() => loadMeeting(db, id), [db, id]);
  return (
    <LivePage live={live} loading="Henter mødet…" error="Mødet kunne ikke læses." missing={MEETING_GONE}>
      {(meeting) => (
        <>
          <nav class="crumbs" aria-label="Sti">
            <a href={MEETINGS_HASH}>← Alle møder</a>
          </nav>
          <LazyWatchView view="follow" db={db} api={watch} url={meeting.sourceUrl} committee={meeting.committee} />
          <MeetingView meeting={meeting} itemHref={(n) => itemHash(id, n)} />
        </>
      )}
    </LivePage>
  );
}
