/**
 * "#/udvalg", Kommuner og udvalg: the followed committees by municipality with each host's
 * status (when it was checked, what came in, why it failed and when it is tried again),
 * "Tjek nu" with its progress, the interval of the checks, and the chooser of a
 * municipality's committees. Without a WatchApi (the web app) it only shows what the
 * extension follows and when it last checked.
 */
import { useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { checkProgress, followedCommittees, hostChecks, watchSettings, type CheckProgress, type FollowedCommittee, type HostCheck } from '../../lib/db/watch';
import { INTERVALS } from '../../lib/watch/messages';
import { compareDanish } from '../shared/format';
import { LivePage } from '../shared/LivePage';
import { UPCOMING_HASH } from '../shared/routes';
import { useLiveQuery } from '../shared/use-live-query';
import type { Interval, WatchApi } from './api';
import { CommitteeChooser } from './CommitteeChooser';
import { LastChecked } from './LastChecked';
import { hostStatus, intervalLabel } from './status';
import { useRequests } from './use-request';
import './watch.css';

/** A progress line not renewed for this long is a check that ended without clearing it (a closed browser). */
const STALE_PROGRESS_MS = 10 * 60_000;

interface Overview {
  committees: FollowedCommittee[];
  checks: HostCheck[];
  progress: CheckProgress | null;
  intervalHours: number;
}

async function overview(db: LibraryDb): Promise<Overview> {
  const [committees, checks, progress, settings] = await Promise.all([followedCommittees(db), hostChecks(db), checkProgress(db), watchSettings(db)]);
  return { committees, checks, progress, intervalHours: settings.intervalHours };
}

/** The followed committees by host, municipalities by name. */
function byHost(committees: readonly FollowedCommittee[]): Array<{ host: string; municipality: string; committees: FollowedCommittee[] }> {
  const groups = new Map<string, FollowedCommittee[]>();
  for (const c of committees) groups.set(c.host, [...(groups.get(c.host) ?? []), c]);
  return [...groups]
    .map(([host, list]) => ({ host, municipality: list[0]!.municipality ?? host, committees: list.sort((a, b) => compareDanish(a.name, b.name)) }))
    .sort((a, b) => compareDanish(a.municipality, b.municipality));
}

export function CommitteesPage({ db, api, host }: { db: LibraryDb; api: WatchApi | undefined; host: string | null }) {
  const live = useLiveQuery(() => overview(db), [db]);
  return (
    <LivePage live={live} loading="Henter udvalgene…" error="Udvalgene kunne ikke læses.">
      {(o) => (
        <section class="committees-page" aria-labelledby="udvalg">
          <h2 id="udvalg" tabIndex={-1}>Kommuner og udvalg</h2>
          <p class="hint">
            {api
              ? 'Følg et udvalg, så henter Referat selv dets nye dagsordener og referater og viser møderne under Kommende.'
              : 'Udvidelsen på din computer følger udvalgene og henter deres møder; her ser du, hvad den har hentet.'}
          </p>
          <Followed api={api} overview={o} />
          {api && <CommitteeChooser api={api} host={host} followed={o.committees} />}
        </section>
      )}
    </LivePage>
  );
}

function Followed({ api, overview: o }: { api: WatchApi | undefined; overview: Overview }) {
  const now = Date.now();
  const checks = new Map(o.checks.map((c) => [c.host, c]));
  const requests = useRequests<string>((key) => o.committees.some((c) => c.key === key));
  return (
    <section class="followed" aria-labelledby="fulgte">
      <h3 id="fulgte">
        {api ? 'Udvalg du følger' : 'Udvalg udvidelsen følger'} <span class="count">({o.committees.length})</span>
      </h3>
      {o.committees.length === 0 ? (
        <p>
          {api
            ? 'Du følger ingen udvalg endnu. Vælg en kommune herunder, og sæt flueben ved de udvalg, du vil følge.'
            : 'Udvidelsen følger ingen udvalg. Følg dem i udvidelsen under Udvalg; de kommer hertil, når appen henter fra udvidelsen, eller når du importerer en pakke.'}
        </p>
      ) : (
        byHost(o.committees).map((group) => {
          const status = hostStatus(checks.get(group.host), now);
          return (
            <article key={group.host} class={status.failing ? 'host-group failing' : 'host-group'} aria-label={group.municipality}>
              <h4>{group.municipality}</h4>
              <p class={status.failing ? 'host-status status error' : 'host-status meta'}>{status.text}</p>
              <ul class="followed-list">
                {group.committees.map((c) => (
                  <li key={c.key}>
                    <span class="committee-name">{c.name}</span>
                    {api && (
                      <button
                        type="button"
                        class="link-button"
                        disabled={requests.asking(c.key) || requests.wanted(c.key) === false}
                        onClick={() => void requests.ask(c.key, false, () => api.unfollow(c.key))}
                      >
                        {requests.wanted(c.key) === false ? 'Følger ikke længere…' : 'Følg ikke længere'}
                        <span class="visually-hidden"> {c.name}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </article>
          );
        })
      )}
      {requests.error && <p class="status error" role="alert">{requests.error}</p>}
      {api ? (
        <>
          <CheckNow api={api} progress={o.progress} disabled={o.committees.length === 0} />
          <IntervalSetting api={api} hours={o.intervalHours} />
        </>
      ) : (
        <LastChecked checks={o.checks} />
      )}
      {o.committees.length > 0 && <p><a href={UPCOMING_HASH}>Se de kommende møder</a></p>}
    </section>
  );
}

type CheckState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; reason: string };

function CheckNow({ api, progress, disabled }: { api: WatchApi; progress: CheckProgress | null; disabled: boolean }) {
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const running = progress && Date.now() - progress.startedAt < STALE_PROGRESS_MS ? progress : null;
  const busy = state.kind === 'busy' || running !== null;
  async function check() {
    // aria-disabled rather than disabled while busy, so a keyboard user's focus stays on the button.
    if (busy || disabled) return;
    setState({ kind: 'busy' });
    const answer = await api.checkNow();
    setState(answer.ok ? { kind: 'done' } : { kind: 'failed', reason: answer.reason });
  }
  return (
    <div class="check-now">
      <button type="button" class="button" aria-disabled={busy || disabled ? 'true' : undefined} onClick={() => void check()}>
        Tjek nu
      </button>
      <div aria-live="polite" class="check-status">
        {running ? (
          <p class="status">
            <label>
              Henter møder … {running.done} af {running.total}
              <progress max={running.total} value={running.done} />
            </label>
          </p>
        ) : state.kind === 'busy' ? (
          <p class="status">Tjekker udvalgene…</p>
        ) : state.kind === 'done' ? (
          <p class="status">Tjekket.</p>
        ) : state.kind === 'failed' ? (
          <p class="status error" role="alert">{state.reason}</p>
        ) : null}
      </div>
    </div>
  );
}

function IntervalSetting({ api, hours }: { api: WatchApi; hours: number }) {
  const requests = useRequests<Interval>((h) => h === hours);
  const asked = INTERVALS.find((h) => requests.wanted(h) === true);
  return (
    <div class="interval">
      <label>
        Tjek automatisk{' '}
        <select
          // Compared with what the select shows: a refused choice goes back to the stored one.
          value={String(asked ?? hours)}
          disabled={INTERVALS.some((h) => requests.asking(h))}
          onChange={(e) => {
            const h = Number((e.currentTarget as HTMLSelectElement).value) as Interval;
            void requests.ask(h, true, () => api.setInterval(h));
          }}
        >
          {INTERVALS.map((h) => (
            <option key={h} value={String(h)}>{intervalLabel(h)}</option>
          ))}
        </select>
      </label>
      {requests.error && <p class="status error" role="alert">{requests.error}</p>}
    </div>
  );
}
