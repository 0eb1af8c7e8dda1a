/** "Følg": turns a search into a followed topic, or says it is followed already. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { findTopic, followTopic, normalizeTopicQuery } from '../../lib/db/topics';
import { markErrorMessage } from '../../lib/db/save-error';
import { topicHash } from '../shared/routes';
import { useLiveQuery } from '../shared/use-live-query';

export function FollowButton({ db, query }: { db: LibraryDb; query: string }) {
  const q = normalizeTopicQuery(query);
  const live = useLiveQuery(() => findTopic(db, q), [db, q]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Followed from here: the button gives way to the link, and a keyboard user's focus goes on to it,
  // in the same task as the link appears (a layout effect), so nothing sees the focus dropped to the page.
  const [followedHere, setFollowedHere] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const followed = live.status === 'ready' && live.value !== undefined;
  useLayoutEffect(() => {
    if (followedHere && followed && document.activeElement === document.body) link.current?.focus();
  }, [followedHere, followed]);
  if (q === '' || live.status === 'loading') return null;
  if (live.status === 'ready' && live.value) {
    return (
      <p class="follow followed" role="status">
        Du følger «{q}». <a ref={link} href={topicHash(live.value.id)}>Gå til emnet</a>
      </p>
    );
  }
  const follow = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await followTopic(db, q);
      setFollowedHere(true);
    } catch (e) {
      setError(markErrorMessage(e, 'Emnet kunne ikke gemmes'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="follow">
      <button type="button" class="button" aria-disabled={busy ? 'true' : undefined} aria-describedby="follow-hint" onClick={() => void follow()}>
        Følg
      </button>
      <p id="follow-hint" class="hint">Følg «{q}», og se nye punkter om det, når du gemmer flere møder.</p>
      {error && <p class="status error" role="alert">{error}</p>}
    </div>
  );
}
