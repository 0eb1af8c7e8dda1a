/** "Der er en ny version" with an "Opdater" button: the new version takes over only on the user's word. */
import { useEffect, useState } from 'preact/hooks';
import type { AppUpdates } from './updates';

export function UpdatePrompt({ updates }: { updates: AppUpdates }) {
  const [state, setState] = useState<'none' | 'waiting' | 'updating'>('none');
  useEffect(() => updates.onWaiting(() => setState((s) => (s === 'none' ? 'waiting' : s))), [updates]);
  return (
    // The live region is always there, so screen readers announce the message when it appears.
    <div class="update-prompt" role="status" aria-live="polite">
      {state !== 'none' && (
        <div class="update-card">
          <p>Der er en ny version af Referat.</p>
          <button
            type="button"
            class="button"
            disabled={state === 'updating'}
            onClick={() => {
              setState('updating');
              updates.apply();
            }}
          >
            {state === 'updating' ? 'Opdaterer…' : 'Opdater'}
          </button>
        </div>
      )}
    </div>
  );
}
