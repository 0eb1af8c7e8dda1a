/** Open a minutes file (PDF, text or a saved page) and read it in the browser. */
import { useState } from 'preact/hooks';
import type { Meeting } from '../lib/parse/types';
import { parseFile } from '../lib/parse/index';
import { browserEnvironment } from '../lib/parse/browser';
import { MeetingView } from './MeetingView';

type State = { kind: 'idle' } | { kind: 'busy'; name: string } | { kind: 'error'; message: string } | { kind: 'done'; meeting: Meeting };

export function OpenFile() {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function open(file: File) {
    setState({ kind: 'busy', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await parseFile({ bytes, name: file.name }, browserEnvironment);
      setState(result.ok ? { kind: 'done', meeting: result.meeting } : { kind: 'error', message: result.reason });
    } catch {
      setState({ kind: 'error', message: 'Filen kunne ikke læses.' });
    }
  }

  return (
    <section class="open-file">
      <label class="button">
        Åbn et referat
        <input
          type="file"
          accept=".pdf,.txt,.html,.htm,application/pdf,text/plain,text/html"
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) void open(file);
          }}
        />
      </label>
      <p class="hint">PDF, tekst eller en gemt mødeside. Filen læses her i browseren og sendes ingen steder hen.</p>
      <div aria-live="polite">
        {state.kind === 'busy' && <p class="status">Læser {state.name}…</p>}
        {state.kind === 'error' && <p class="status error" role="alert">{state.message}</p>}
      </div>
      {state.kind === 'done' && <MeetingView meeting={state.meeting} />}
    </section>
  );
}
