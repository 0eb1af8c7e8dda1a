/**
 * "Sagens forløb" on an item's page: the other meetings of its case, earlier and
 * later, oldest first, with their decisions; meetings the documents mention that
 * are not saved say "ikke gemt"; each saved one links to its item.
 */
import type { Thread } from '../../lib/threads/types';
import { plural } from '../shared/format';
import { threadHash } from '../shared/routes';
import { Timeline } from './Timeline';
import './topics.css';

export function ItemCase({ thread, meetingId, number }: { thread: Thread | undefined; meetingId: string; number: number }) {
  return (
    <section class="item-case" aria-labelledby="sagens-forloeb">
      <h3 id="sagens-forloeb">Sagens forløb</h3>
      {thread ? (
        <>
          <p class="meta">
            {plural(thread.meetingCount, 'møde', 'møder')} · ældste først
          </p>
          <Timeline rows={thread.entries.map((entry) => ({ entry, match: null }))} current={{ meetingId, number }} />
          <p class="thread-link">
            <a href={threadHash(thread.key)}>Se sagens forløb for sig</a>
          </p>
        </>
      ) : (
        <p class="meta">Ingen andre gemte møder har behandlet sagen, og dokumentet nævner ingen.</p>
      )}
    </section>
  );
}
