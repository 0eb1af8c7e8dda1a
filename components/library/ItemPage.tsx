/** One item of a saved meeting on its own page: decisions, sections, history, attachments, and the way back to the source. */
import type { LibraryDb } from '../../lib/db/schema';
import { loadMeeting } from '../../lib/db/meetings';
import type { Meeting } from '../../lib/parse/types';
import { kindLabel, longDate } from '../shared/format';
import { LivePage } from '../shared/LivePage';
import { ItemBadges, ItemContent, SourceLine } from '../shared/MeetingView';
import { NotFound } from '../shared/NotFound';
import { itemHash, MEETINGS_HASH, meetingHash } from '../shared/routes';
import { useLiveQuery } from '../shared/use-live-query';
import { MEETING_GONE } from './MeetingPage';

export function ItemPage({ db, id, number }: { db: LibraryDb; id: string; number: number }) {
  const live = useLiveQuery(() => loadMeeting(db, id), [db, id]);
  return (
    <LivePage live={live} loading="Henter punktet…" error="Punktet kunne ikke læses." missing={MEETING_GONE}>
      {(meeting) => <Item meeting={meeting} id={id} number={number} />}
    </LivePage>
  );
}

function Item({ meeting, id, number }: { meeting: Meeting; id: string; number: number }) {
  const index = meeting.items.findIndex((i) => i.number === number);
  const item = meeting.items[index];
  if (!item) return <NotFound text={`Mødet har intet punkt ${number}.`} />;
  const prev = meeting.items[index - 1];
  const next = meeting.items[index + 1];
  return (
    <>
      <nav class="crumbs" aria-label="Sti">
        <a href={MEETINGS_HASH}>Alle møder</a> › <a href={meetingHash(id)}>{meeting.committee}, {longDate(meeting.date)}</a>
      </nav>
      <article class="item-page" id={`punkt-${item.number}`}>
        <header>
          <p class="kicker">
            {[kindLabel(meeting.kind), meeting.municipality, meeting.committee, longDate(meeting.date)].filter(Boolean).join(' · ')}
          </p>
          <h2 tabIndex={-1}>
            <span class="item-number">Punkt {item.number}</span> {item.title || 'Lukket punkt'}
          </h2>
          <ItemBadges item={item} />
        </header>
        <ItemContent item={item} />
        <SourceLine url={meeting.sourceUrl} look="source-link" />
        <nav class="pager" aria-label="Andre punkter på mødet">
          {prev && <a rel="prev" href={itemHash(id, prev.number)}>← Punkt {prev.number}</a>}
          {next && <a rel="next" href={itemHash(id, next.number)}>Punkt {next.number} →</a>}
        </nav>
      </article>
    </>
  );
}
