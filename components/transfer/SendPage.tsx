/** The extension library's "Overfør": the library to the phone's web app ("Send til telefonen"), or all of it as one file. */
import { countMeetings } from '../../lib/db/meetings';
import type { LibraryDb } from '../../lib/db/schema';
import { useArrivalFocus } from '../shared/routing';
import { useLiveQuery } from '../shared/use-live-query';
import { ExportPanel } from './ExportPanel';
import { SendToPhone } from './SendToPhone';

export function SendPage({ db }: { db: LibraryDb }) {
  useArrivalFocus(true);
  const count = useLiveQuery(() => countMeetings(db), [db]);
  return (
    <section class="transfer" aria-labelledby="overfoer">
      <h2 id="overfoer" tabIndex={-1}>Overfør til telefonen</h2>
      <p class="hint">
        Læs dine møder på telefonen, også uden net, i Referat-appen. Filen går kun derhen, hvor du selv sender den.
      </p>
      <SendToPhone db={db} />
      <ExportPanel db={db} meetings={count.status === 'ready' ? count.value : null} />
    </section>
  );
}
