/**
 * Open a minutes file (PDF, text or a saved page) from the phone or computer: read
 * here in the browser and written straight to this origin's library, the same in
 * the extension's library page and the web app (which has no background to ask).
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { meetingHash } from '../shared/routes';
import { savedSentence } from '../shared/save-result';

type State = { kind: 'idle' } | { kind: 'busy'; name: string } | { kind: 'error'; message: string } | { kind: 'done'; message: string };

const loadOpener = () => import('./open-minutes');

/** Loads the parser once the page is idle, so a file chosen later opens at once (pdf.js still waits for a PDF). */
function usePreload(): void {
  useEffect(() => {
    const preload = () => void loadOpener().catch(() => {});
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preload, { timeout: 3000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(preload, 1500);
    return () => clearTimeout(id);
  }, []);
}

export function OpenMinutes({
  db,
  label = 'Åbn et referat',
  hint = 'PDF, tekst eller en gemt mødeside. Den læses kun her på enheden.',
}: {
  db: LibraryDb;
  label?: string;
  hint?: string;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  usePreload();

  async function open(file: File) {
    setState({ kind: 'busy', name: file.name });
    const { openMinutesFile } = await loadOpener();
    const result = await openMinutesFile(db, file);
    if (!result.ok) {
      setState({ kind: 'error', message: result.message });
      return;
    }
    setState({ kind: 'done', message: savedSentence(result.status, result.itemCount, result.kind) });
    location.hash = meetingHash(result.meetingId);
  }

  return (
    <div class="add-file open-minutes">
      <label class="button">
        {label}
        <input
          type="file"
          accept=".pdf,.txt,.html,.htm,application/pdf,text/plain,text/html"
          disabled={state.kind === 'busy'}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void open(file).catch(() => setState({ kind: 'error', message: 'Filen kunne ikke læses.' }));
          }}
        />
      </label>
      <span class="hint">{hint}</span>
      <p aria-live="polite" class="add-file-status">
        {state.kind === 'busy' && <span class="status">Læser {state.name}…</span>}
        {state.kind === 'error' && <span class="status error" role="alert">{state.message}</span>}
        {state.kind === 'done' && <span class="status">{state.message}</span>}
      </p>
    </div>
  );
}
