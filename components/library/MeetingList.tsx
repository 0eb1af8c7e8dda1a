/** All saved meetings, newest first, grouped by month. Live: a meeting saved elsewhere appears at once. */
import type { ComponentChildren } from 'preact';
import type { LibraryDb } from '../../lib/db/schema';
import { listMeetings } from '../../lib/db/meetings';
import { kindLabel, longDate, plural } from '../shared/format';
import { LivePage } from '../shared/LivePage';
import { meetingHash } from '../shared/routes';
import { useLiveQuery } from '../shared/use-live-query';
import { groupByMonth } from './model';

export function MeetingList({ db, howToSave }: { db: LibraryDb; howToSave: ComponentChildren }) {
  const live = useLiveQuery(() => listMeetings(db), [db]);
  return (
    <LivePage live={live} loading="Henter biblioteket…" error="Biblioteket kunne ikke læses.">
      {(meetings) =>
        meetings.length === 0 ? (
          <section class="empty">
            <h2 tabIndex={-1}>Biblioteket er tomt</h2>
            {howToSave}
          </section>
        ) : (
          <section class="meetings" aria-labelledby="moeder">
            <h2 id="moeder" tabIndex={-1}>
              Møder <span class="count">({meetings.length})</span>
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
          </section>
        )
      }
    </LivePage>
  );
}
