/** "Importér": choose a bundle file; its progress, what it brought, or why nothing changed. */
import type { ImportSummary } from '../../../lib/sync/import';
import { plural } from '../../shared/format';
import { MEETINGS_HASH } from '../../shared/routes';
import type { BundleImport } from './use-import';

/** "5 møder (3 nye, 2 opdateret), 2 læsemarkeringer, 1 note og 2 emner", and ", 2 emner og 3 udvalg" when it brought committees to follow. */
export function summaryText(s: ImportSummary): string {
  const parts = [
    s.created && `${s.created} ${s.created === 1 ? 'nyt' : 'nye'}`,
    s.updated && `${s.updated} opdateret`,
    s.unchanged && `${s.unchanged} uændret`,
    s.kept && `${s.kept} beholdt som referat`,
  ].filter(Boolean);
  const meetings = `${plural(s.meetings, 'møde', 'møder')}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  const rest = [plural(s.reads, 'læsemarkering', 'læsemarkeringer'), plural(s.notes, 'note', 'noter'), plural(s.topics, 'emne', 'emner')];
  if (s.committees > 0) rest.push(plural(s.committees, 'udvalg', 'udvalg'));
  return `${meetings}, ${rest.slice(0, -1).join(', ')} og ${rest.at(-1)}.`;
}

export function ImportPanel({ state, importFile }: BundleImport) {
  const busy = state.kind === 'reading' || state.kind === 'importing';
  return (
    <section class="panel" aria-labelledby="import">
      <h3 id="import">Importér</h3>
      <p>
        Vælg en pakke (.json) fra udvidelsens «Send til telefonen» eller en anden enhed; på en iPhone ligger den i Filer. Du kan også
        dele filen med Referat eller trække den ind i appen. Møder, der allerede er gemt, opdateres; intet af dit eget går tabt.
      </p>
      <label class="button">
        Vælg en pakke
        <input
          type="file"
          accept=".json,application/json"
          // Busy, it stays focusable (the keyboard user's focus stays on it) but opens no file chooser.
          aria-disabled={busy ? 'true' : undefined}
          onClick={(e) => busy && e.preventDefault()}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      <div aria-live="polite" class="transfer-status">
        {state.kind === 'reading' && <p class="status">Læser {state.name}…</p>}
        {state.kind === 'importing' && (
          <p class="status">
            <label>
              Importerer {state.done} af {plural(state.total, 'møde', 'møder')}…
              <progress max={state.total} value={state.done} />
            </label>
          </p>
        )}
        {state.kind === 'done' && (
          <p class="status done">
            Importeret: {summaryText(state.summary)} <a href={MEETINGS_HASH}>Se møderne</a>
          </p>
        )}
        {state.kind === 'failed' && (
          <div class="problems" role="alert">
            <p>Pakken blev ikke importeret, og intet er ændret:</p>
            <ul>
              {state.problems.map((p, i) => <li key={i}>{p}</li>)}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
