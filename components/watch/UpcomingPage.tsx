/**
 * "#/kommende", Kommende møder: the upcoming meetings of the followed committees, soonest
 * first, one row per meeting (its agenda, supplementary agenda and minutes together), with
 * the items that match a followed topic, the saved meeting, the municipality's page, and
 * "Føj til kalender" (an .ics file). In the web app it also says when the extension last checked.
 */
import type { LibraryDb } from '../../lib/db/schema';
import { hostChecks } from '../../lib/db/watch';
import { safeUrl } from '../../lib/parse/safe-url';
import { danish } from '../../lib/sites/firstagenda/time';
import { icsFileName, meetingIcs } from '../../lib/watch/ics';
import { upcomingMeetings, type UpcomingMeeting } from '../../lib/watch/upcoming';
import { download } from '../shared/download';
import { longDate } from '../shared/format';
import { LivePage } from '../shared/LivePage';
import { SourceLink } from '../shared/MeetingView';
import { COMMITTEES_HASH, itemHash, meetingHash } from '../shared/routes';
import { useLiveQuery } from '../shared/use-live-query';
import { LastChecked } from './LastChecked';
import './watch.css';

/** Downloads the meeting as a calendar file. */
export function addToCalendar(row: UpcomingMeeting, now = new Date()): void {
  const text = meetingIcs(
    {
      id: row.entryId, host: row.host, committee: row.committee, municipality: row.municipality, date: row.date, startTime: row.startTime,
      place: row.place, url: safeUrl(row.url), items: row.matches,
    },
    now,
  );
  download(new Blob([text], { type: 'text/calendar;charset=utf-8' }), icsFileName(row));
}

/** `readOnly`: the web app, which shows when the extension last checked. */
export function UpcomingPage({ db, readOnly }: { db: LibraryDb; readOnly: boolean }) {
  const today = danish(new Date()).date;
  const live = useLiveQuery(async () => ({ rows: await upcomingMeetings(db, today), checks: await hostChecks(db) }), [db, today]);
  return (
    <LivePage live={live} loading="Henter de kommende møder…" error="De kommende møder kunne ikke læses.">
      {({ rows, checks }) => (
        <section class="upcoming-page" aria-labelledby="kommende">
          <h2 id="kommende" tabIndex={-1}>
            Kommende møder <span class="count">({rows.length})</span>
          </h2>
          {readOnly && <LastChecked checks={checks} />}
          {rows.length === 0 ? (
            <p>
              Ingen kommende møder i de udvalg, {readOnly ? 'udvidelsen' : 'du'} følger. <a href={COMMITTEES_HASH}>Kommuner og udvalg</a>
            </p>
          ) : (
            <ol class="upcoming-list">
              {rows.map((row) => <UpcomingRow key={row.key} row={row} />)}
            </ol>
          )}
        </section>
      )}
    </LivePage>
  );
}

function UpcomingRow({ row }: { row: UpcomingMeeting }) {
  const id = `moede-${row.entryId}`;
  return (
    <li class={row.matches.length > 0 ? 'upcoming has-matches' : 'upcoming'} aria-labelledby={id}>
      <p class="upcoming-when">
        {longDate(row.date, { weekday: true })}
        {row.startTime && ` kl. ${row.startTime}`}
      </p>
      <h3 id={id} class="upcoming-committee">{row.committee}</h3>
      <p class="meta">{[row.municipality, row.place, row.documents.join(', ')].filter(Boolean).join(' · ')}</p>
      {row.matches.length > 0 && row.meetingId && (
        <ul class="upcoming-matches" aria-label="Punkter om emner, du følger">
          {row.matches.map((m) => (
            <li key={m.number}>
              <a href={itemHash(row.meetingId!, m.number)}>Punkt {m.number}: {m.title || 'Lukket punkt'}</a>
              {m.topics.map((t) => <span key={t} class="badge topic-mark">{t}</span>)}
            </li>
          ))}
        </ul>
      )}
      <p class="upcoming-actions">
        {row.meetingId ? (
          <a href={meetingHash(row.meetingId)}>Se mødet</a>
        ) : (
          <span class="hint">{row.published ? 'Ikke hentet endnu' : 'Dagsordenen er ikke udgivet endnu'}</span>
        )}
        <SourceLink url={row.url}>Kommunens side</SourceLink>
        <button type="button" class="link-button" onClick={() => addToCalendar(row)}>
          Føj til kalender
        </button>
      </p>
    </li>
  );
}
