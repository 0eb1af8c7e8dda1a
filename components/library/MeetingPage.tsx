/** One saved meeting with its items; each item opens in place or on its own page. */
import type { LibraryDb } from '../../lib/db/schema';
import { loadMeeting } from '../../lib/db/meetings';
import { LivePage } from '../shared/LivePage';
import { MeetingView } from '../shared/MeetingView';
import { itemHash, MEETINGS_HASH } from '../shared/routes';
import { useLiveQuery } from '../shared/use-live-query';

export const MEETING_GONE = 'Mødet findes ikke i biblioteket. Måske er det slettet.';

export function MeetingPage({ db, id }: { db: LibraryDb; id: string }) {
  const live = useLiveQuery(() => loadMeeting(db, id), [db, id]);
  return (
    <LivePage live={live} loading="Henter mødet…" error="Mødet kunne ikke læses." missing={MEETING_GONE}>
      {(meeting) => (
        <>
          <nav class="crumbs" aria-label="Sti">
            <a href={MEETINGS_HASH}>← Alle møder</a>
          </nav>
          <MeetingView meeting={meeting} itemHref={(n) => itemHash(id, n)} />
        </>
      )}
    </LivePage>
  );
}
