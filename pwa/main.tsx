/** The web app's entry: the library over this origin's database, and the service worker. */
import { render } from 'preact';
import { PwaApp } from '../components/pwa/PwaApp';
import { libraryDb } from '../lib/db/open';
import { registerServiceWorker } from './register';
import '../components/styles.css';
import '../components/pwa/pwa.css';

declare const __APP_VERSION__: string;

render(<PwaApp db={libraryDb()} updates={registerServiceWorker()} version={__APP_VERSION__} />, document.getElementById('app')!);
