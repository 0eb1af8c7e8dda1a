/**
 * The web app: the library's views (components/library RouteView: meetings, items,
 * topics, threads, search) over this origin's own database, with "Åbn et
 * referat", the "Importér / Eksportér" view (which also takes files dropped
 * anywhere on the app), the word to iOS users, the update prompt and the storage
 * footer. Hash routes, as in the extension's library page.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { RouteView } from '../library/LibraryApp';
import { MainNav, sectionOf } from '../shared/MainNav';
import { isTransfer, MEETINGS_HASH, TRANSFER_HASH } from '../shared/routes';
import { useHashRoute } from '../shared/routing';
import { StorageFooter } from '../library/StorageFooter';
import { OpenMinutes } from '../library/OpenMinutes';
import { OutdatedNotice } from '../library/OutdatedNotice';
import { UpdatePrompt } from './UpdatePrompt';
import { useBridgeStatus } from './bridge-client';
import { useFileDrop } from './file-drop';
import { PhoneNotice } from './PhoneNotice';
import type { Dropped } from './TransferPage';
import type { AppUpdates } from './updates';

export interface PwaAppProps {
  db: LibraryDb;
  updates: AppUpdates;
  /** Shown in the footer ("0.1.0"), so one can tell which version runs. */
  version: string;
}

const howToSave = (
  <>
    <p>
      Tryk på <strong>Åbn et referat</strong> ovenfor, og vælg en PDF eller tekst med et referat eller en dagsorden. Den
      læses her på enheden og gemmes i biblioteket.
    </p>
    <p>
      Har du gemt møder i udvidelsen, så brug <strong>Send til telefonen</strong> under Overfør i udvidelsens bibliotek, og åbn
      filen her under <a href={TRANSFER_HASH}>Overfør</a>.
    </p>
  </>
);

type TransferView = ComponentType<{ db: LibraryDb; dropped: Dropped | null }>;

/** The import/export view, loaded when first shown (the bundle checks stay out of the first load); 'failed' when it cannot be fetched. */
function useTransferView(wanted: boolean): TransferView | 'failed' | null {
  const [view, setView] = useState<TransferView | 'failed' | null>(null);
  useEffect(() => {
    if (wanted && (!view || view === 'failed')) {
      import('./TransferPage').then((m) => setView(() => m.TransferPage), () => setView('failed'));
    }
  }, [wanted]);
  return view;
}

export function PwaApp({ db, updates, version }: PwaAppProps) {
  const route = useHashRoute();
  // useHashRoute re-renders on every hash change; the library's parser reads our own route as the list.
  const transfer = isTransfer(location.hash);
  const Transfer = useTransferView(transfer);
  const bridged = useBridgeStatus(db);
  // Files dropped on the app go to the Overfør view, which imports them.
  const [dropped, setDropped] = useState<Dropped | null>(null);
  const drop = useFileDrop((files) => {
    setDropped({ files });
    location.hash = TRANSFER_HASH;
  });
  return (
    <div class={drop.dragging ? 'app library pwa dropping' : 'app library pwa'} {...drop.handlers}>
      <header class="app-header">
        <h1><a href={MEETINGS_HASH}>Referat</a></h1>
        <OpenMinutes db={db} />
        <MainNav current={transfer ? 'transfer' : sectionOf(route)} withTransfer look="tabs" />
      </header>
      <OutdatedNotice db={db} />
      <PhoneNotice db={db} />
      <main>
        {bridged && <p class="status bridge" role="status">{bridged}</p>}
        {transfer ? (
          Transfer === 'failed' ? (
            <p class="status error" role="alert">Siden kunne ikke hentes. Prøv igen, når der er net.</p>
          ) : Transfer ? (
            <Transfer key={TRANSFER_HASH} db={db} dropped={dropped} />
          ) : (
            <p class="status">Henter…</p>
          )
        ) : (
          <RouteView db={db} route={route} howToSave={howToSave} />
        )}
      </main>
      <StorageFooter db={db}>
        <p class="version">Referat {version}</p>
      </StorageFooter>
      <UpdatePrompt updates={updates} />
    </div>
  );
}
