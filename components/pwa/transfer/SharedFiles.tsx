/**
 * "Delt med Referat": files shared with the installed app wait until the user says
 * so; then bundles go through the import below and minutes files are saved as
 * "Åbn et referat" saves them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../../lib/db/schema';
import { savedSentence } from '../../shared/save-result';
import { clearSharedFiles, isBundleFile, sharedFiles } from '../share';

type SharedState =
  | { kind: 'none' }
  | { kind: 'waiting'; files: File[] }
  | { kind: 'busy'; files: File[] }
  | { kind: 'done'; results: string[] };

/** `importBundle` imports a bundle file (its progress and problems show in the import panel); true when it was imported. */
export function SharedFiles({ db, importBundle }: { db: LibraryDb; importBundle: (file: File) => Promise<boolean> }) {
  const [state, setState] = useState<SharedState>({ kind: 'none' });

  useEffect(() => {
    void sharedFiles().then((files) => files.length > 0 && setState({ kind: 'waiting', files }), () => {});
  }, []);

  async function importShared(files: File[]) {
    setState({ kind: 'busy', files });
    const results: string[] = [];
    for (const file of files) {
      if (isBundleFile(file)) {
        const ok = await importBundle(file);
        results.push(`${file.name}: ${ok ? 'pakken er importeret (se nedenfor).' : 'pakken blev ikke importeret (se nedenfor).'}`);
        continue;
      }
      const { openMinutesFile } = await import('../../library/open-minutes');
      const result = await openMinutesFile(db, file);
      results.push(`${file.name}: ${result.ok ? savedSentence(result.status, result.itemCount, result.kind) : result.message}`);
    }
    await clearSharedFiles();
    setState({ kind: 'done', results });
  }

  if (state.kind === 'none') return null;
  return (
    <section class="panel shared" aria-labelledby="delt">
      <h3 id="delt">Delt med Referat</h3>
      {state.kind === 'done' ? (
        <ul aria-live="polite">
          {state.results.map((r, i) => <li key={i}>{r}</li>)}
        </ul>
      ) : (
        <>
          <p>{state.files.length === 1 ? 'Du har delt en fil med Referat:' : `Du har delt ${state.files.length} filer med Referat:`}</p>
          <ul>
            {state.files.map((f, i) => <li key={i}>{f.name}</li>)}
          </ul>
          <p>Vil du lægge {state.files.length === 1 ? 'den' : 'dem'} i biblioteket?</p>
          <div class="shared-actions">
            <button type="button" class="button" disabled={state.kind === 'busy'} onClick={() => void importShared(state.files)}>
              {state.kind === 'busy' ? 'Importerer…' : 'Importér'}
            </button>
            <button
              type="button"
              class="link-button"
              disabled={state.kind === 'busy'}
              onClick={() => void clearSharedFiles().then(() => setState({ kind: 'none' }))}
            >
              Kassér
            </button>
          </div>
        </>
      )}
    </section>
  );
}
