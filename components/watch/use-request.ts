/**
 * A follow or unfollow on its way: the state the user asked for is shown until the
 * library shows it too (the background writes it, the live query then brings it), and
 * a refused request leaves the stored state with its one Danish sentence.
 */
import { useEffect, useState } from 'preact/hooks';

/** After an answer, the library's own state is shown at the latest this long after (a live query that never came). */
const SETTLE_MS = 5000;

export interface Asked<K> {
  /** The state asked for, where a request is on its way or settling. */
  wanted(key: K): boolean | undefined;
  /** True while the request itself runs. */
  asking(key: K): boolean;
  error: string | null;
  /** Sends a request for `key` to become `want`. */
  ask(key: K, want: boolean, send: () => Promise<{ ok: true } | { ok: false; reason: string }>): Promise<void>;
}

/** `stored(key)`: the state the library holds now. */
export function useRequests<K>(stored: (key: K) => boolean): Asked<K> {
  const [pending, setPending] = useState<ReadonlyMap<K, { want: boolean; asking: boolean }>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const update = (key: K, value: { want: boolean; asking: boolean } | null) =>
    setPending((old) => {
      const next = new Map(old);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  // A request whose state the library now holds is done.
  useEffect(() => {
    const settled = [...pending].filter(([key, p]) => !p.asking && stored(key) === p.want).map(([key]) => key);
    if (settled.length > 0) setPending((old) => new Map([...old].filter(([key]) => !settled.includes(key))));
  });

  return {
    wanted: (key) => pending.get(key)?.want,
    asking: (key) => pending.get(key)?.asking ?? false,
    error,
    async ask(key, want, send) {
      setError(null);
      update(key, { want, asking: true });
      const answer = await send();
      if (!answer.ok) {
        update(key, null);
        setError(answer.reason);
        return;
      }
      update(key, { want, asking: false });
      setTimeout(() => setPending((old) => (old.get(key)?.asking === false ? new Map([...old].filter(([k]) => k !== key)) : old)), SETTLE_MS);
    },
  };
}
