/**
 * Choose a municipality from the built-in list (the 88 on FirstAgenda; the 10 on other
 * systems are listed, not followable, with their system's name), see its committees
 * (the current election period open, older ones folded away) and tick the ones to follow.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FollowedCommittee } from '../../lib/db/watch';
import { FIRSTAGENDA_HOSTS, municipalityOfHost, OTHER_SYSTEMS } from '../../lib/sites/firstagenda/hosts';
import type { CommitteeChoice, CommitteesResponse } from '../../lib/watch/messages';
import { compareDanish, plural } from '../shared/format';
import { committeesHash } from '../shared/routes';
import type { WatchApi } from './api';
import { systemName } from './status';
import { useRequests } from './use-request';

/** Every municipality by name: a FirstAgenda host to choose, or the system that keeps it out. */
const MUNICIPALITIES = [
  ...FIRSTAGENDA_HOSTS.map((h) => ({ name: h.municipality, host: h.host as string | null, system: null as string | null })),
  ...OTHER_SYSTEMS.map((o) => ({ name: o.municipality, host: null, system: systemName(o.system) })),
].sort((a, b) => compareDanish(a.name, b.name));

export function CommitteeChooser({ api, host, followed }: { api: WatchApi; host: string | null; followed: readonly FollowedCommittee[] }) {
  const known = host !== null && municipalityOfHost(host) !== null;
  return (
    <section class="chooser" aria-labelledby="find-udvalg">
      <h3 id="find-udvalg">Find udvalg at følge</h3>
      <label class="municipality-choice">
        Kommune{' '}
        <select
          value={known ? host! : ''}
          onChange={(e) => {
            const chosen = (e.currentTarget as HTMLSelectElement).value;
            location.hash = committeesHash(chosen || null);
          }}
        >
          <option value="">Vælg en kommune</option>
          {MUNICIPALITIES.map((m) =>
            m.host ? (
              <option key={m.name} value={m.host}>{m.name}</option>
            ) : (
              <option key={m.name} value="" disabled>{`${m.name} (${m.system}: kan ikke følges)`}</option>
            ),
          )}
        </select>
      </label>
      <p class="hint">
        {plural(FIRSTAGENDA_HOSTS.length, 'kommune', 'kommuner')} udgiver med FirstAgenda og kan følges. {plural(OTHER_SYSTEMS.length, 'kommune', 'kommuner')} bruger
        andre systemer og står i listen uden at kunne vælges.
      </p>
      {host !== null && !known && <p class="hint">{host} står ikke i listen over kommunernes dagsordenssider (en side, der er flyttet, kan stadig følges).</p>}
      {host !== null && <Committees key={host} api={api} host={host} followed={followed} />}
    </section>
  );
}

type Answer = { kind: 'loading' } | CommitteesResponse;

function Committees({ api, host, followed }: { api: WatchApi; host: string; followed: readonly FollowedCommittee[] }) {
  const [answer, setAnswer] = useState<Answer>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const municipality = municipalityOfHost(host);
  // `host` may be an origin ("http://127.0.0.1:8080", a test host): the followed committee has its host name.
  const hostName = host.includes('://') && URL.canParse(host) ? new URL(host).host : host;
  useEffect(() => {
    let live = true;
    setAnswer({ kind: 'loading' });
    void api.committees(host).then((a) => live && setAnswer(a));
    return () => {
      live = false;
    };
  }, [api, host, attempt]);
  const keyOf = (id: string) => followed.find((f) => f.host === hostName && f.committeeId === id)?.key ?? null;
  const requests = useRequests<string>((id) => keyOf(id) !== null);

  // The built-in name, else the one the background found for the host, else the host itself.
  const place = municipality ?? (!('kind' in answer) && answer.ok ? answer.municipality : null) ?? hostName;
  if ('kind' in answer) return <p class="status">Henter udvalgene fra {place}…</p>;
  if (!answer.ok) {
    return (
      <div class="committees-error">
        <p class="status error" role="alert">{answer.reason}</p>
        <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>Prøv igen</button>
      </div>
    );
  }
  const current = answer.committees.filter((c) => c.current);
  const older = answer.committees.filter((c) => !c.current);
  const byPeriod = (list: CommitteeChoice[]) =>
    [...new Set(list.map((c) => c.period))].map((period) => (
      <section key={period} aria-label={period}>
        <h5>{period}</h5>
        <ul class="choice-list">{list.filter((c) => c.period === period).map(box)}</ul>
      </section>
    ));
  function box(c: CommitteeChoice) {
    const key = keyOf(c.id);
    const on = requests.wanted(c.id) ?? key !== null;
    const busy = requests.asking(c.id) || on !== (key !== null);
    return (
      <li key={c.id}>
        <label class="check">
          <input
            type="checkbox"
            checked={on}
            // Busy, it stays focusable (the keyboard user's focus stays on it) and does not change.
            aria-disabled={busy ? 'true' : undefined}
            onClick={(e) => busy && e.preventDefault()}
            onChange={() => void requests.ask(c.id, !on, () => (key ? api.unfollow(key) : api.follow(host, c.id)))}
          />
          {c.name}
        </label>
      </li>
    );
  }
  return (
    <div class="committee-choices">
      <h4>Udvalg i {place}</h4>
      {answer.committees.length === 0 && <p>Kommunens side viser ingen udvalg.</p>}
      {byPeriod(current)}
      {requests.error && <p class="status error" role="alert">{requests.error}</p>}
      {older.length > 0 && (
        <details class="older-periods">
          <summary>Tidligere valgperioder ({plural(older.length, 'udvalg', 'udvalg')})</summary>
          {byPeriod(older)}
        </details>
      )}
    </div>
  );
}
