/** "#/soeg?q=…": ranked hits across saved meetings with highlighted snippets, and "Følg" to follow the search. */
import type { LibraryDb } from '../../lib/db/schema';
import { search } from '../../lib/search/search';
import { longDate, plural } from '../shared/format';
import { itemHash } from '../shared/routes';
import { useArrivalFocus } from '../shared/routing';
import { useLiveQuery } from '../shared/use-live-query';
import { FollowButton } from './FollowButton';
import { SearchForm } from './SearchForm';
import { Snippet } from './Snippet';
import './topics.css';

const LIMIT = 50;

export function SearchPage({ db, query }: { db: LibraryDb; query: string }) {
  const q = query.trim();
  const live = useLiveQuery(() => (q ? search(db, q, { limit: LIMIT }) : []), [db, q]);
  useArrivalFocus(live.status !== 'loading');
  return (
    <section class="search-page" aria-labelledby="soeg-overskrift">
      <h2 id="soeg-overskrift" tabIndex={-1}>{q ? `Søgning: ${q}` : 'Søg'}</h2>
      <SearchForm query={q} />
      {q && <FollowButton db={db} query={q} />}
      {q && live.status === 'loading' && <p class="status">Søger…</p>}
      {live.status === 'error' && <p class="status error" role="alert">Søgningen kunne ikke gennemføres.</p>}
      {q && live.status === 'ready' && (
        <>
          <p class="status" role="status">
            {live.value.length === 0
              ? 'Ingen punkter i dine gemte møder passer på søgningen.'
              : live.value.length >= LIMIT
                ? `De ${LIMIT} bedste punkter.`
                : `${plural(live.value.length, 'punkt', 'punkter')} fundet.`}
          </p>
          <ol class="hits">
            {live.value.map((hit) => (
              <li key={`${hit.meetingId}#${hit.number}`} class="hit">
                <a class="hit-title" href={itemHash(hit.meetingId, hit.number)}>
                  Punkt {hit.number}: {hit.title || 'Lukket punkt'}
                </a>
                <p class="meta">
                  {hit.committee} · <time dateTime={hit.date}>{longDate(hit.date)}</time>
                </p>
                <Snippet segments={hit.snippet} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
