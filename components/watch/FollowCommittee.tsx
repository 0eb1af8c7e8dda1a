/**
 * "Følg udvalget" / "Følger udvalget" for a meeting of a FirstAgenda host, on a saved
 * meeting's page in the library and in the popup: a toggle that follows the meeting's
 * committee by its name (`watch:follow-page`) or unfollows it. Without a WatchApi (the
 * web app) it only says that the extension follows the committee.
 */
import type { LibraryDb } from '../../lib/db/schema';
import { followedCommittees } from '../../lib/db/watch';
import { firstAgendaHost, followedCommitteeOf } from '../../lib/watch/follow-state';
import { useLiveQuery } from '../shared/use-live-query';
import type { WatchApi } from './api';
import { useRequests } from './use-request';
import './watch.css';

export interface FollowCommitteeProps {
  db: LibraryDb;
  api: WatchApi | undefined;
  /** The meeting's page on its host. */
  url: string | null;
  /** The committee as the meeting names it. */
  committee: string;
}

export function FollowCommittee({ db, api, url, committee }: FollowCommitteeProps) {
  const live = useLiveQuery(() => followedCommittees(db), [db]);
  const followed = live.status === 'ready' ? followedCommitteeOf(live.value, url, committee) : null;
  const requests = useRequests<string>(() => followed !== null);
  if (!url || !firstAgendaHost(url) || live.status !== 'ready') return null;
  if (!api) return followed ? <p class="meta follow-committee">Udvidelsen følger {followed.name}.</p> : null;

  const on = requests.wanted(committee) ?? followed !== null;
  // Until the library shows what was asked, there is nothing to toggle back.
  const busy = requests.asking(committee) || on !== (followed !== null);
  const toggle = () => busy || void requests.ask(committee, !on, () => (followed ? api.unfollow(followed.key) : api.followPage(url, committee)));
  return (
    <div class="follow-committee">
      <button
        type="button"
        class={on ? 'button following' : 'button'}
        aria-pressed={on}
        aria-describedby="follow-committee-hint"
        // Busy, it stays focusable: the keyboard user's focus stays on it.
        aria-disabled={busy ? 'true' : undefined}
        onClick={toggle}
      >
        {on ? 'Følger udvalget' : 'Følg udvalget'}
      </button>
      <span id="follow-committee-hint" class="hint">
        {on ? 'Nye dagsordener og referater fra udvalget hentes af sig selv. Klik for at stoppe.' : 'Hent nye dagsordener og referater fra udvalget, når de udkommer.'}
      </span>
      {requests.error && <p class="status error" role="alert">{requests.error}</p>}
    </div>
  );
}
