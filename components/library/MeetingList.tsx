/** All saved meetings, newest first, grouped by month. Live: a meeting saved elsewhere appears at once. */
import type { ComponentChildren } from 'preact';
import type { LibraryDb } from '../../lib/db/schema';
import { listMeetings } from '../../lib/db/meetings';
import { kindLabel, plural } from '../format';
import { useLiveQuery } from '../use-live-query';
import { dayLabel, groupByMonth, meetingHash } from './model';
import { useArrivalFocus } from './routing';

export function MeetingList({ db, howToSave }: { db: LibraryDb; howToSave: ComponentChildren }) {
  const live = useLiveQuery(() => listMeetings(db), [db]);
  useArrivalFocus(live.status !== 'loading');
  if (live.status === 'loading') return <p class="status">Henter biblioteket…</p>;
  if (live.status === 'error') return <p class="status error" role="alert">Biblioteket kunne ikke læses.</p>;
  const meetings = live.value;
  if (meetings.length === 0) {
    return (
      <section class="empty">
        <h2 tabIndex={-1}>Biblioteket er tomt</h2>
        {howToSave}
      </section>
    );
  }
  return (
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
                    {[m.municipality, dayLabel(m.date), kindLabel(m.kind), plural(m.itemCount, 'punkt', 'punkter')].filter(Boolean).join(' · ')}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
