/**
 * The library: saved meetings, a meeting, an item, followed topics, a topic, a
 * case's thread, search, followed committees and upcoming meetings (hash routes,
 * see shared/routes.ts), a file from disk, and the storage used.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import type { LibraryDb } from '../../lib/db/schema';
import { SearchPage } from '../topics/SearchPage';
import { ThreadPage } from '../topics/ThreadPage';
import { TopicPage } from '../topics/TopicPage';
import { TopicsPage } from '../topics/TopicsPage';
import { OpenMinutes } from './OpenMinutes';
import { OutdatedNotice } from './OutdatedNotice';
import { ItemPage } from './ItemPage';
import { MeetingList } from './MeetingList';
import { MeetingPage } from './MeetingPage';
import { MainNav, sectionOf } from '../shared/MainNav';
import { isTransfer, MEETINGS_HASH, routeHash, TRANSFER_HASH, type Route } from '../shared/routes';
import { useHashRoute } from '../shared/routing';
import { StorageFooter } from './StorageFooter';
import type { WatchApi } from '../watch/api';
import { LazyWatchView } from '../watch/LazyWatchView';

export interface LibraryAppProps {
  db: LibraryDb;
  /** The empty library's explanation of how to save a first meeting (the extension and the web app save differently). */
  howToSave: ComponentChildren;
  /** The background's side of followed committees (the extension); without it the views only read. */
  watch?: WatchApi;
  /** The "Overfør" view (#/overfoer) of the extension: sending the library to the phone (components/transfer). */
  transfer?: ComponentType<{ db: LibraryDb }>;
}

/** The view of a route; shared with the web app, which has no `watch`. */
export function RouteView({ db, route, howToSave, watch }: { db: LibraryDb; route: Route; howToSave: ComponentChildren; watch?: WatchApi }) {
  const key = routeHash(route);
  switch (route.view) {
    case 'list':
      return <MeetingList key={key} db={db} howToSave={howToSave} />;
    case 'meeting':
      return <MeetingPage key={key} db={db} id={route.id} watch={watch} />;
    case 'item':
      return <ItemPage key={key} db={db} id={route.id} number={route.number} />;
    case 'topics':
      return <TopicsPage key={key} db={db} />;
    case 'topic':
      return <TopicPage key={key} db={db} id={route.id} />;
    case 'thread':
      return <ThreadPage key={key} db={db} threadKey={route.key} />;
    case 'search':
      return <SearchPage key={key} db={db} query={route.query} />;
    case 'committees':
      return <LazyWatchView key={key} view="committees" db={db} api={watch} host={route.host} />;
    case 'upcoming':
      return <LazyWatchView key={key} view="upcoming" db={db} api={watch} />;
  }
}

export function LibraryApp({ db, howToSave, watch, transfer }: LibraryAppProps) {
  const route = useHashRoute();
  // useHashRoute re-renders on every hash change; it reads the transfer route as the list.
  const Transfer = transfer && isTransfer(location.hash) ? transfer : null;
  return (
    <div class="app library">
      <header class="app-header">
        <h1><a href={MEETINGS_HASH}>Referat</a></h1>
        <p>Dine gemte referater og dagsordener fra kommunerne.</p>
        <MainNav current={Transfer ? 'transfer' : sectionOf(route)} withTransfer={transfer !== undefined} />
        <OpenMinutes db={db} label="Tilføj en fil" hint="PDF, tekst eller en gemt mødeside fra din computer. Den læses kun her." />
      </header>
      <OutdatedNotice db={db} />
      <main>
        {Transfer ? <Transfer key={TRANSFER_HASH} db={db} /> : <RouteView db={db} route={route} howToSave={howToSave} watch={watch} />}
      </main>
      <StorageFooter db={db} />
    </div>
  );
}
