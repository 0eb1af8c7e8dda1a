/**
 * Add a minutes file from disk (PDF, text or a saved page): parsed here in the
 * browser and written straight to this origin's library (lib/db), the same in the
 * extension page and the web app, which has no background to ask.
 */
import { useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { saveMeeting } from '../../lib/db/meetings';
import { parseFile } from '../../lib/parse/index';
import { browserEnvironment } from '../../lib/parse/browser';
import { saveErrorMessage } from '../../lib/save-error';
import { plural } from '../format';
import { meetingHash } from './model';

type State = { kind: 'idle' } | { kind: 'busy'; name: string } | { kind: 'error'; message: string } | { kind: 'done'; message: string };

export function AddFile({ db }: { db: LibraryDb }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function add(file: File) {
    setState({ kind: 'busy', name: file.name });
    let result;
    try {
      result = await parseFile({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, browserEnvironment);
    } catch {
      setState({ kind: 'error', message: 'Filen kunne ikke læses.' });
      return;
    }
    if (!result.ok) {
      setState({ kind: 'error', message: result.reason });
      return;
    }
    try {
      const saved = await saveMeeting(db, result.meeting, 'file');
      setState({ kind: 'done', message: `Gemt – ${plural(saved.itemCount, 'punkt', 'punkter')}` });
      location.hash = meetingHash(saved.meetingId);
    } catch (error) {
      setState({ kind: 'error', message: saveErrorMessage(error) });
    }
  }

  return (
    <div class="add-file">
      <label class="button">
        Tilføj en fil
        <input
          type="file"
          accept=".pdf,.txt,.html,.htm,application/pdf,text/plain,text/html"
          disabled={state.kind === 'busy'}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void add(file);
          }}
        />
      </label>
      <span class="hint">PDF, tekst eller en gemt mødeside fra din computer. Den læses kun her.</span>
      <p aria-live="polite" class="add-file-status">
        {state.kind === 'busy' && <span class="status">Læser {state.name}…</span>}
        {state.kind === 'error' && <span class="status error" role="alert">{state.message}</span>}
        {state.kind === 'done' && <span class="status">{state.message}</span>}
      </p>
    </div>
  );
}
