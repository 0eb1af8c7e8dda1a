/**
 * The web app: the library's views (components/library) over this origin's own
 * database, with "Åbn et referat", the "Importér / Eksportér" view, the update
 * prompt and the storage footer. Hash routes, as in the extension's library page.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { ItemPage } from '../library/ItemPage';
import { MeetingList } from '../library/MeetingList';
import { MeetingPage } from '../library/MeetingPage';
import { routeHash } from '../library/model';
import { useHashRoute } from '../library/routing';
import { StorageFooter } from '../library/StorageFooter';
import { OpenMinutes } from './OpenMinutes';
import { isTransfer, TRANSFER_HASH } from './routes';
import { UpdatePrompt } from './UpdatePrompt';
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
      Har du gemt møder i udvidelsen eller på en anden enhed, så eksportér dem dér, og hent pakken ind under{' '}
      <a href={TRANSFER_HASH}>Importér / Eksportér</a>.
    </p>
  </>
);

type TransferView = ComponentType<{ db: LibraryDb }>;

/** The import/export view, loaded when first shown (the bundle checks stay out of the first load). */
function useTransferView(wanted: boolean): TransferView | null {
  const [view, setView] = useState<TransferView | null>(null);
  useEffect(() => {
    if (wanted && !view) void import('./TransferPage').then((m) => setView(() => m.TransferPage));
  }, [wanted, view]);
  return view;
}

export function PwaApp({ db, updates, version }: PwaAppProps) {
  const route = useHashRoute();
  // useHashRoute re-renders on every hash change; the library's parser reads our own route as the list.
  const transfer = isTransfer(location.hash);
  const Transfer = useTransferView(transfer);
  const key = transfer ? TRANSFER_HASH : routeHash(route);
  return (
    <div class="app library pwa">
      <header class="app-header">
        <h1><a href="#/">Referat</a></h1>
        <nav class="tabs" aria-label="Hovedmenu">
          <a href="#/" aria-current={!transfer ? 'page' : undefined}>Møder</a>
          <a href={TRANSFER_HASH} aria-current={transfer ? 'page' : undefined}>Importér / Eksportér</a>
        </nav>
        <OpenMinutes db={db} />
      </header>
      <main>
        {transfer ? (
          Transfer ? <Transfer key={key} db={db} /> : <p class="status">Henter…</p>
        ) : (
          <>
            {route.view === 'list' && <MeetingList key={key} db={db} howToSave={howToSave} />}
            {route.view === 'meeting' && <MeetingPage key={key} db={db} id={route.id} />}
            {route.view === 'item' && <ItemPage key={key} db={db} id={route.id} number={route.number} />}
          </>
        )}
      </main>
      <StorageFooter db={db} />
      <p class="version">Referat {version}</p>
      <UpdatePrompt updates={updates} />
    </div>
  );
}
