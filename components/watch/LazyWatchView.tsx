/**
 * "Kommuner og udvalg", "Kommende møder" and "Følg udvalget" behind one dynamic import:
 * their code (the municipality list, the calendar file, the matching of topics) loads
 * when one is first shown, not with the library page or the web app. The web app
 * precaches the chunk, so they open offline too.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import type { WatchApi } from './api';

type Views = typeof import('./views');

let loaded: Views | null = null;

export type WatchViewProps = { db: LibraryDb; api: WatchApi | undefined } & (
  | { view: 'committees'; host: string | null }
  | { view: 'upcoming' }
  /** The control on a meeting's page: nothing at all until it has loaded, or when it cannot. */
  | { view: 'follow'; url: string | null; committee: string }
);

export function LazyWatchView(props: WatchViewProps) {
  const [views, setViews] = useState<Views | 'failed' | null>(loaded);
  useEffect(() => {
    if (views && views !== 'failed') return;
    import('./views').then(
      (m) => setViews((loaded = m)),
      () => setViews('failed'),
    );
  }, []);
  if (props.view === 'follow') {
    return views && views !== 'failed' ? <views.FollowCommittee db={props.db} api={props.api} url={props.url} committee={props.committee} /> : null;
  }
  if (views === 'failed') return <p class="status error" role="alert">Siden kunne ikke hentes. Prøv igen, når der er net.</p>;
  if (!views) return <p class="status">Henter…</p>;
  return props.view === 'committees' ? (
    <views.CommitteesPage db={props.db} api={props.api} host={props.host} />
  ) : (
    <views.UpcomingPage db={props.db} readOnly={!props.api} />
  );
}
