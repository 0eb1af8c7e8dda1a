/** One item of a saved meeting on its own page: decisions, sections, history, attachments, and the way back to the source. */
import type { LibraryDb } from '../../lib/db/schema';
import { loadMeeting } from '../../lib/db/meetings';
import { kindLabel } from '../format';
import { ItemBadges, ItemContent } from '../MeetingView';
import { useLiveQuery } from '../use-live-query';
import { dayLabel, itemHash, meetingHash } from './model';
import { safeUrl } from '../../lib/parse/safe-url';
import { NotFound } from './MeetingPage';
import { useArrivalFocus } from './routing';

export function ItemPage({ db, id, number }: { db: LibraryDb; id: string; number: number }) {
  const live = useLiveQuery(() => loadMeeting(db, id), [db, id]);
  useArrivalFocus(live.status !== 'loading');
  if (live.status === 'loading') return <p class="status">Henter punktet…</p>;
  if (live.status === 'error') return <p class="status error" role="alert">Punktet kunne ikke læses.</p>;
  const meeting = live.value;
  if (!meeting) return <NotFound text="Mødet findes ikke i biblioteket. Måske er det slettet." />;
  const index = meeting.items.findIndex((i) => i.number === number);
  const item = meeting.items[index];
  if (!item) return <NotFound text={`Mødet har intet punkt ${number}.`} />;
  const prev = meeting.items[index - 1];
  const next = meeting.items[index + 1];
  const source = safeUrl(meeting.sourceUrl);
  return (
    <>
      <nav class="crumbs" aria-label="Sti">
        <a href="#/">Alle møder</a> › <a href={meetingHash(id)}>{meeting.committee}, {dayLabel(meeting.date)}</a>
      </nav>
      <article class="item-page" id={`punkt-${item.number}`}>
        <header>
          <p class="kicker">
            {[kindLabel(meeting.kind), meeting.municipality, meeting.committee, dayLabel(meeting.date)].filter(Boolean).join(' · ')}
          </p>
          <h2 tabIndex={-1}>
            <span class="item-number">Punkt {item.number}</span> {item.title || 'Lukket punkt'}
          </h2>
          <ItemBadges item={item} />
        </header>
        <ItemContent item={item} />
        {source && (
          <p class="source-link">
            <a href={source} target="_blank" rel="noopener noreferrer">Gå til kilden</a>
          </p>
        )}
        <nav class="pager" aria-label="Andre punkter på mødet">
          {prev && <a rel="prev" href={itemHash(id, prev.number)}>← Punkt {prev.number}</a>}
          {next && <a rel="next" href={itemHash(id, next.number)}>Punkt {next.number} →</a>}
        </nav>
      </article>
    </>
  );
}
