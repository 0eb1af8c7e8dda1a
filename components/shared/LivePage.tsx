/**
 * A page over a live query, one way everywhere: a line while it loads, an alert
 * when it fails, "Ikke fundet" when the thing is gone, else the page itself. Focus
 * moves to the page's heading once it is there (after a navigation).
 */
import type { ComponentChildren } from 'preact';
import { NotFound } from './NotFound';
import { useArrivalFocus } from './routing';
import type { Live } from './use-live-query';

export interface LivePageProps<T> {
  live: Live<T | undefined>;
  /** "Henter mødet…" */
  loading: string;
  /** "Mødet kunne ikke læses." */
  error: string;
  /** Why nothing is there when the query finds nothing: "Mødet findes ikke i biblioteket. Måske er det slettet." */
  missing?: string;
  children: (value: T) => ComponentChildren;
}

export function LivePage<T>({ live, loading, error, missing = '', children }: LivePageProps<T>) {
  useArrivalFocus(live.status !== 'loading');
  if (live.status === 'loading') return <p class="status">{loading}</p>;
  if (live.status === 'error') return <p class="status error" role="alert">{error}</p>;
  if (live.value === undefined) return <NotFound text={missing} />;
  return <>{children(live.value)}</>;
}
