/**
 * One item of a saved meeting on its own page: decisions, sections, history,
 * attachments, the case across meetings ("Sagens forløb"), and the way back to the source.
 */
import type { LibraryDb } from '../../lib/db/schema';
import { loadMeeting } from '../../lib/db/meetings';
import { threadOfItem } from '../../lib/db/thread-index/read';
import type { Meeting } from '../../lib/parse/types';
import type { Thread } from '../../lib/threads/types';
import { ItemCase } from '../topics/ItemCase';
import { kindLabel, longDate } from '../shared/format';
import { LivePage } from '../shared/LivePage';
import { ItemBadges, ItemContent, SourceLine } from '../shared/MeetingView';
import { NotFound } from '../shared/NotFound';
import { itemHash, MEETINGS_HASH, meetingHash } from '../shared/routes';
import { useLiveQuery } from '../shared/use-live-query';
import { MEETING_GONE } from './MeetingPage';

/** The meeting and the item's thread (kept by the library: one read, whatever its size); undefined when the meeting is gone. */
async function itemWithCase(db: LibraryDb, id: string, number: number): Promise<{ meeting: Meeting; thread: Thread | undefined } | undefined> {
  const [meeting, thread] = await Promise.all([loadMeeting(db, id), threadOfItem(db, id, number)]);
  return meeting && { meeting, thread };
}

export function ItemPage({ db, id, number }: { db: LibraryDb; id: string; number: number }) {
  const live = useLiveQuery(() => itemWithCase(db, id, number), [db, id, number]);
  return (
    <LivePage live={live} loading="Henter punktet…" error="Punktet kunne ikke læses." missing={MEETING_GONE}>
      {({ meeting, thread }) => <Item meeting={meeting} thread={thread} id={id} number={number} />}
    </LivePage>
  );
}

function Item({ meeting, thread, id, number }: { meeting: Meeting; thread: Thread | undefined; id: string; number: number }) {
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
        <ItemCase thread={thread} meetingId={id} number={number} />
        <SourceLine url={meeting.sourceUrl} look="source-link" />
        <nav class="pager" aria-label="Andre punkter på mødet">
          {prev && <a rel="prev" href={itemHash(id, prev.number)}>← Punkt {prev.number}</a>}
          {next && <a rel="next" href={itemHash(id, next.number)}>Punkt {next.number} →</a>}
        </nav>
      </article>
    </>
  );
}
