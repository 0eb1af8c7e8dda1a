/** "Følg": turns a search into a followed topic, or says it is followed already. */
import { useState } from 'preact/hooks';
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
  if (q === '' || live.status === 'loading') return null;
  if (live.status === 'ready' && live.value) {
    return (
      <p class="follow followed" role="status">
        Du følger «{q}». <a href={topicHash(live.value.id)}>Gå til emnet</a>
      </p>
    );
  }
  const follow = async () => {
    setBusy(true);
    setError(null);
    try {
      await followTopic(db, q);
    } catch (e) {
      setError(markErrorMessage(e, 'Emnet kunne ikke gemmes'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="follow">
      <button type="button" class="button" disabled={busy} aria-describedby="follow-hint" onClick={() => void follow()}>
        Følg
      </button>
      <p id="follow-hint" class="hint">Følg «{q}», og se nye punkter om det, når du gemmer flere møder.</p>
      {error && <p class="status error" role="alert">{error}</p>}
    </div>
  );
}
