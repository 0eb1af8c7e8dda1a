/** The library: saved meetings, a meeting, an item (hash routes, see model.ts), a file from disk, and the storage used. */
import type { ComponentChildren } from 'preact';
import type { LibraryDb } from '../../lib/db/schema';
import { AddFile } from './AddFile';
import { ItemPage } from './ItemPage';
import { MeetingList } from './MeetingList';
import { MeetingPage } from './MeetingPage';
import { routeHash } from './model';
import { useHashRoute } from './routing';
import { StorageFooter } from './StorageFooter';

export interface LibraryAppProps {
  db: LibraryDb;
  /** The empty library's explanation of how to save a first meeting (the extension and the web app save differently). */
  howToSave: ComponentChildren;
}

export function LibraryApp({ db, howToSave }: LibraryAppProps) {
  const route = useHashRoute();
  const key = routeHash(route);
  return (
    <div class="app library">
      <header class="app-header">
        <h1><a href="#/">Referat</a></h1>
        <p>Dine gemte referater og dagsordener fra kommunerne.</p>
        <AddFile db={db} />
      </header>
      <main>
        {route.view === 'list' && <MeetingList key={key} db={db} howToSave={howToSave} />}
        {route.view === 'meeting' && <MeetingPage key={key} db={db} id={route.id} />}
        {route.view === 'item' && <ItemPage key={key} db={db} id={route.id} number={route.number} />}
      </main>
      <StorageFooter db={db} />
    </div>
  );
}
