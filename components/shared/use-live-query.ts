/** A Preact hook over Dexie's liveQuery: the result re-renders whenever a write (in any tab or the background) touches what the query read. */
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';

export type Live<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown };

/** `deps` as for useEffect: a new query starts (and the old result is dropped) when they change. */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<{ key: readonly unknown[]; live: Live<T> }>({ key: deps, live: { status: 'loading' } });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ key: deps, live: { status: 'ready', value } }),
      error: (error: unknown) => setState({ key: deps, live: { status: 'error', error } }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  // A result of earlier deps is never shown for the new ones (one meeting's items under another's title).
  return sameDeps(state.key, deps) ? state.live : { status: 'loading' };
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/**
 * As useLiveQuery, but while the query of new deps loads, the last result stays:
 * a list that grows ("Vis flere") keeps its place on the page instead of blinking.
 */
export function useGrowingLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): Live<T> {
  const live = useLiveQuery(query, deps);
  const last = useRef(live);
  if (live.status !== 'loading') last.current = live;
  return last.current;
}
