/** Asks once that the library is kept (persistent storage), says how much room it uses, and warns when it is nearly full. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { countMeetings } from '../../lib/db/meetings';
import type { LibraryDb } from '../../lib/db/schema';
import { plural } from '../shared/format';
import { useLiveQuery } from '../shared/use-live-query';
import { storageText } from './model';

/** Above this share of the quota, saves may soon be refused: say so before they are. */
const NEARLY_FULL = 0.9;
export const NEARLY_FULL_TEXT = 'Browserens lager er næsten fuldt, så nye møder kan blive afvist; det, der er gemt, bevares.';

export function nearlyFull(estimate: StorageEstimate | null): boolean {
  return !!estimate?.quota && (estimate.usage ?? 0) >= estimate.quota * NEARLY_FULL;
}

async function requestPersistence(): Promise<boolean | null> {
  const storage = navigator.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

/** `children`: more lines of the footer (the web app's version). */
export function StorageFooter({ db, children }: { db: LibraryDb; children?: ComponentChildren }) {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  const count = useLiveQuery(() => countMeetings(db), [db]);
  const meetings = count.status === 'ready' ? count.value : null;

  useEffect(() => {
    void requestPersistence().then(setPersisted);
  }, []);
  useEffect(() => {
    // Measured again whenever the number of meetings changes.
    navigator.storage?.estimate?.().then(setEstimate, () => setEstimate(null));
  }, [meetings]);

  return (
    <footer class="app-footer">
      <p class="storage">
        {meetings !== null && `${plural(meetings, 'møde', 'møder')} gemt. `}
        {storageText(estimate, persisted)}
      </p>
      {nearlyFull(estimate) && <p class="status error storage-full" role="status">{NEARLY_FULL_TEXT}</p>}
      <p class="hint">Alt ligger i denne browser. Intet sendes nogen steder hen.</p>
      {children}
    </footer>
  );
}
