/** Shown when a newer version of Referat in another tab has taken over the library (lib/db/open.ts whenOutdated). */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { whenOutdated } from '../../lib/db/open';

export const OUTDATED_TEXT = 'Referat er blevet opdateret i en anden fane; genindlæs siden for at fortsætte.';

export function OutdatedNotice({ db }: { db: LibraryDb }) {
  const [outdated, setOutdated] = useState(false);
  useEffect(() => whenOutdated(db, () => setOutdated(true)), [db]);
  if (!outdated) return null;
  return (
    <div class="outdated" role="alert">
      <p class="status error">{OUTDATED_TEXT}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        Genindlæs
      </button>
    </div>
  );
}
