import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import { libraryDb } from '../../lib/db/open';
import { watchApi } from '../../components/watch/api';
import { SendPage } from '../../components/transfer/SendPage';
import '../../components/styles.css';

const howToSave = (
  <>
    <p>
      Åbn et referat eller en dagsorden på din kommunes hjemmeside, og klik på knappen <strong>Gem referat</strong> på
      siden. Er referatet en PDF, så klik på Referat-knappen i browserens værktøjslinje og vælg <strong>Gem referat (PDF)</strong>.
    </p>
    <p>Har du filen på din computer, så brug <strong>Tilføj en fil</strong> ovenfor.</p>
  </>
);

document.title = 'Referat – bibliotek';
// Followed committees: the background answers the watch requests (lib/watch/messages.ts).
const watch = watchApi((request) => browser.runtime.sendMessage(request));
render(<LibraryApp db={libraryDb()} howToSave={howToSave} watch={watch} transfer={SendPage} />, document.getElementById('app')!);
