/**
 * The saved meetings, newest first, grouped by month: the first screen reads the
 * newest MEETINGS_SHOWN meetings and the count, not every meeting; "Vis flere
 * møder" reads more. Live: a meeting saved elsewhere appears at once.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { countMeetings, listMeetings } from '../../lib/db/meetings';
import { kindLabel, longDate, plural } from '../shared/format';
import { LivePage } from '../shared/LivePage';
import { meetingHash } from '../shared/routes';
import { useGrowingLiveQuery } from '../shared/use-live-query';
import { groupByMonth } from './model';

/** Meetings read at first, and more each time. */
export const MEETINGS_SHOWN = 30;

export function MeetingList({ db, howToSave }: { db: LibraryDb; howToSave: ComponentChildren }) {
  const [limit, setLimit] = useState(MEETINGS_SHOWN);
  const live = useGrowingLiveQuery(() => Promise.all([listMeetings(db, limit), countMeetings(db)]), [db, limit]);
  return (
    <LivePage live={live} loading="Henter biblioteket…" error="Biblioteket kunne ikke læses.">
      {([meetings, count]) =>
        meetings.length === 0 ? (
          <section class="empty">
            <h2 tabIndex={-1}>Biblioteket er tomt</h2>
            {howToSave}
          </section>
        ) : (
          <section class="meetings" aria-labelledby="moeder">
            <h2 id="moeder" tabIndex={-1}>
              Møder <span class="count">({count})</span>
            </h2>
            {groupByMonth(meetings).map((group) => (
              <section key={group.key} class="month" aria-label={group.label}>
                <h3>{group.label}</h3>
                <ul class="meeting-list">
                  {group.meetings.map((m) => (
                    <li key={m.id}>
                      <a class="meeting-link" href={meetingHash(m.id)}>
                        <span class="committee">{m.committee}</span>
                        <span class="meta">
                          {[m.municipality, longDate(m.date), kindLabel(m.kind), plural(m.itemCount, 'punkt', 'punkter')].filter(Boolean).join(' · ')}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {meetings.length < count && (
              <p class="more">
                <button type="button" class="button" onClick={() => setLimit(limit + 2 * MEETINGS_SHOWN)}>
                  Vis flere møder ({count - meetings.length} endnu)
                </button>
              </p>
            )}
          </section>
        )
      }
    </LivePage>
  );
}
