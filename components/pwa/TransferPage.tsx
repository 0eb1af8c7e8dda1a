/**
 * "Importér / Eksportér": the whole library as one bundle file, to move it to
 * another browser or phone, and a bundle from elsewhere (the extension's "Send til
 * telefonen" or another device) into this library: chosen, shared with the app or
 * dropped on it. A bundle is checked in full before anything is written, and
 * written in one transaction: a failed import changes nothing.
 */
import { countMeetings } from '../../lib/db/meetings';
import type { LibraryDb } from '../../lib/db/schema';
import { lastReceived } from '../../lib/db/transfer';
import { useArrivalFocus } from '../shared/routing';
import { useLiveQuery } from '../shared/use-live-query';
import { ExportPanel } from '../transfer/ExportPanel';
import { lastReceivedText } from '../transfer/texts';
import { ImportPanel } from './transfer/ImportPanel';
import { SharedFiles } from './transfer/SharedFiles';
import { useBundleImport } from './transfer/use-import';

/** Files dropped on the app: a new object for each drop. */
export interface Dropped {
  files: File[];
}

export function TransferPage({ db, dropped }: { db: LibraryDb; dropped: Dropped | null }) {
  useArrivalFocus(true);
  const count = useLiveQuery(() => countMeetings(db), [db]);
  const received = useLiveQuery(() => lastReceived(db), [db]);
  const bundleImport = useBundleImport(db);
  return (
    <section class="transfer" aria-labelledby="overfoer">
      <h2 id="overfoer" tabIndex={-1}>Overfør: importér / eksportér</h2>
      <p class="hint">
        Flyt dit bibliotek mellem browsere og enheder med en pakke: én fil med møderne, dine emner, læsemarkeringer og noter. Filen
        sendes ingen steder hen; du flytter den selv.
      </p>
      {received.status === 'ready' && <p class="meta last-received">{lastReceivedText(received.value?.receivedAt ?? null, Date.now())}</p>}
      <SharedFiles db={db} importBundle={bundleImport.importFile} dropped={dropped} />
      <ExportPanel db={db} meetings={count.status === 'ready' ? count.value : null} />
      <ImportPanel {...bundleImport} />
    </section>
  );
}
