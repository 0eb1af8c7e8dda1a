/**
 * A case's timeline, in the order of its rows: date, committee, item title,
 * decision. Items that match the topic carry their snippet and read marks; history
 * entries of meetings that are not saved say "ikke gemt" (and link to the meeting
 * when it is saved but the item was not found there); the item whose page it is
 * says "dette punkt".
 */
import type { TimelineRow } from '../../lib/topics/types';
import { longDate } from '../shared/format';
import { itemHash, meetingHash } from '../shared/routes';
import { Snippet } from './Snippet';

export interface TimelineProps {
  rows: readonly TimelineRow[];
  /** Toggle an item's read mark; without it no read buttons are shown. */
  onRead?: (meetingId: string, number: number, read: boolean) => void;
  /** The item whose page shows the timeline. */
  current?: { meetingId: string; number: number };
}

function rowTitle(row: TimelineRow): string {
  const { entry } = row;
  const number = entry.number !== null ? `Punkt ${entry.number}` : 'Møde';
  return entry.title ? `${number}: ${entry.title}` : number;
}

/** Where a row leads: a saved item's page, or the saved meeting a history entry names. */
function rowHref({ entry }: TimelineRow): string | null {
  if (entry.meetingId === undefined) return null;
  return entry.saved && entry.number !== null ? itemHash(entry.meetingId, entry.number) : meetingHash(entry.meetingId);
}

export function Timeline({ rows, onRead, current }: TimelineProps) {
  return (
    <ol class="timeline">
      {rows.map((row, i) => {
        const { entry, match } = row;
        const here = !!current && entry.saved && entry.meetingId === current.meetingId && entry.number === current.number;
        const classes = ['tl-row', match || here ? 'match' : 'context', entry.saved ? 'saved' : 'unsaved', match && !match.read ? 'unread' : '', here ? 'current' : ''];
        const href = here ? null : rowHref(row);
        return (
          <li key={`${entry.meetingId ?? entry.committee}|${entry.date}|${entry.number ?? i}`} class={classes.filter(Boolean).join(' ')} aria-current={here ? 'page' : undefined}>
            <p class="tl-when">
              <time dateTime={entry.date}>{longDate(entry.date)}</time>
              <span class="tl-committee"> · {entry.committee}</span>
            </p>
            <p class="tl-title">
              {href ? <a href={href}>{rowTitle(row)}</a> : <span>{rowTitle(row)}</span>}
              {!entry.saved && <span class="badge unsaved-mark">ikke gemt</span>}
              {here && <span class="badge current-mark">dette punkt</span>}
              {match?.news && <span class="badge news-mark">Ny</span>}
              {match && !match.read && <span class="badge unread-mark">Ulæst</span>}
            </p>
            {match && match.snippet.length > 0 && <Snippet segments={match.snippet} />}
            {entry.decision && (
              <p class="tl-decision">
                <strong>{entry.saved ? 'Beslutning: ' : 'Besluttet: '}</strong>
                {entry.decision}
              </p>
            )}
            {match && onRead && (
              <button
                type="button"
                class="link-button"
                // The visible words first (WCAG 2.5.3, label in name), then which item.
                aria-label={`${match.read ? 'Marker som ulæst' : 'Marker som læst'}: punkt ${match.number} fra ${longDate(match.date)}`}
                onClick={() => onRead(match.meetingId, match.number, !match.read)}
              >
                {match.read ? 'Marker som ulæst' : 'Marker som læst'}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
