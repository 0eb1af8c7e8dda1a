/** "Eksportér": the whole library as one bundle file, downloaded. */
import { useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { buildBundle, bundleFileName, bundleJson } from '../../lib/sync/export';
import { download } from '../shared/download';
import { formatBytes, plural } from '../shared/format';

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/** `meetings`: how many the library holds, null while counting. */
export function ExportPanel({ db, meetings }: { db: LibraryDb; meetings: number | null }) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  async function exportLibrary() {
    if (state.kind === 'busy') return;
    setState({ kind: 'busy' });
    try {
      const bundle = await buildBundle(db);
      const name = bundleFileName();
      const blob = new Blob([bundleJson(bundle)], { type: 'application/json' });
      download(blob, name);
      setState({ kind: 'done', message: `${plural(bundle.meetings.length, 'møde', 'møder')} gemt i ${name} (${formatBytes(blob.size)}).` });
    } catch {
      setState({ kind: 'failed', message: 'Biblioteket kunne ikke eksporteres.' });
    }
  }

  return (
    <section class="panel" aria-labelledby="eksport">
      <h3 id="eksport">Eksportér</h3>
      <p>
        {meetings === null ? 'Gem hele biblioteket som én fil.' : `Gem hele biblioteket (${plural(meetings, 'møde', 'møder')}) som én fil.`}
      </p>
      {/* Busy, it stays focusable: the keyboard user's focus stays on it. */}
      <button
        type="button"
        class="button"
        disabled={meetings === 0}
        aria-disabled={state.kind === 'busy' ? 'true' : undefined}
        onClick={() => void exportLibrary()}
      >
        Eksportér biblioteket
      </button>
      <p aria-live="polite" class="transfer-status">
        {state.kind === 'busy' && <span class="status">Samler pakken…</span>}
        {state.kind === 'done' && <span class="status">{state.message}</span>}
        {state.kind === 'failed' && <span class="status error" role="alert">{state.message}</span>}
      </p>
    </section>
  );
}
