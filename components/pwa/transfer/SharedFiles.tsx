/**
 * "Delt med Referat": files shared with the installed app wait until the user says
 * so; then bundles go through the import below and minutes files are saved as
 * "Åbn et referat" saves them. Files dropped on the app ("Lagt i Referat") are
 * taken the same way at once: the drop was the user's own act.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '../../../lib/db/schema';
import { savedSentence } from '../../shared/save-result';
import { clearSharedFiles, isBundleFile, sharedFiles } from '../share';

type SharedState =
  | { kind: 'none' }
  | { kind: 'waiting'; files: File[] }
  | { kind: 'busy'; files: File[] }
  | { kind: 'done'; results: string[] };

export interface SharedFilesProps {
  db: LibraryDb;
  /** Imports a bundle file (its progress and problems show in the import panel); true when it was imported. */
  importBundle: (file: File) => Promise<boolean>;
  /** Files dropped on the app, a new object for each drop. */
  dropped: { files: File[] } | null;
}

export function SharedFiles({ db, importBundle, dropped }: SharedFilesProps) {
  const [state, setState] = useState<SharedState>({ kind: 'none' });
  const [origin, setOrigin] = useState<'shared' | 'dropped'>('shared');
  const panel = useRef<HTMLElement>(null);
  const results = useRef<HTMLUListElement>(null);

  useEffect(() => {
    void sharedFiles().then((files) => files.length > 0 && setState({ kind: 'waiting', files }), () => {});
  }, []);
  useEffect(() => {
    if (!dropped) return;
    setOrigin('dropped');
    void importFiles(dropped.files);
  }, [dropped]);

  // The Importér button gives way to the results: a keyboard user's focus goes on to them.
  useEffect(() => {
    const active = document.activeElement;
    if (state.kind === 'done' && (active === document.body || panel.current?.contains(active))) results.current?.focus();
  }, [state.kind]);

  async function importShared(files: File[]) {
    if (state.kind === 'busy') return;
    await importFiles(files);
    await clearSharedFiles();
  }

  async function importFiles(files: File[]) {
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
    setState({ kind: 'done', results });
  }

  if (state.kind === 'none') return null;
  return (
    <section ref={panel} class="panel shared" aria-labelledby="delt">
      <h3 id="delt">{origin === 'dropped' ? 'Lagt i Referat' : 'Delt med Referat'}</h3>
      {state.kind === 'done' ? (
        <ul ref={results} tabIndex={-1} aria-live="polite">
          {state.results.map((r, i) => <li key={i}>{r}</li>)}
        </ul>
      ) : origin === 'dropped' ? (
        <p class="status">Lægger {state.files.length === 1 ? state.files[0]!.name : `${state.files.length} filer`} i biblioteket…</p>
      ) : (
        <>
          <p>{state.files.length === 1 ? 'Du har delt en fil med Referat:' : `Du har delt ${state.files.length} filer med Referat:`}</p>
          <ul>
            {state.files.map((f, i) => <li key={i}>{f.name}</li>)}
          </ul>
          <p>Vil du lægge {state.files.length === 1 ? 'den' : 'dem'} i biblioteket?</p>
          <div class="shared-actions">
            <button type="button" class="button" aria-disabled={state.kind === 'busy' ? 'true' : undefined} onClick={() => void importShared(state.files)}>
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
