/**
 * "Importér / Eksportér": the whole library as one bundle file, to move it to
 * another browser or phone, and a bundle from elsewhere (the extension or another
 * device) into this library. A bundle is checked in full before anything is
 * written, and written in one transaction: a failed import changes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { readBundle, sizeProblem } from '../../lib/sync/bundle';
import { buildBundle, bundleFileName, bundleJson } from '../../lib/sync/export';
import { importBundle, importErrorMessage, type ImportSummary } from '../../lib/sync/import';
import { plural } from '../format';
import { formatBytes } from '../library/model';
import { useArrivalFocus } from '../library/routing';
import { useLiveQuery } from '../use-live-query';
import { savedMessage } from '../library/OpenMinutes';
import { clearSharedFiles, isBundleFile, sharedFiles } from './share';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'failed'; problems: string[] }
  | { kind: 'done'; summary: ImportSummary };

type SharedState =
  | { kind: 'none' }
  | { kind: 'waiting'; files: File[] }
  | { kind: 'busy'; files: File[] }
  | { kind: 'done'; results: string[] };

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/** "5 møder (3 nye, 2 opdateret), 2 læsemarkeringer, 1 note og 2 emner". */
export function summaryText(s: ImportSummary): string {
  const parts = [
    s.created && `${s.created} ${s.created === 1 ? 'nyt' : 'nye'}`,
    s.updated && `${s.updated} opdateret`,
    s.unchanged && `${s.unchanged} uændret`,
    s.kept && `${s.kept} beholdt som referat`,
  ].filter(Boolean);
  const meetings = `${plural(s.meetings, 'møde', 'møder')}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  return `${meetings}, ${plural(s.reads, 'læsemarkering', 'læsemarkeringer')}, ${plural(s.notes, 'note', 'noter')} og ${plural(s.topics, 'emne', 'emner')}.`;
}

export function TransferPage({ db }: { db: LibraryDb }) {
  useArrivalFocus(true);
  const count = useLiveQuery(() => db.meetings.count(), [db]);
  const [exp, setExp] = useState<ExportState>({ kind: 'idle' });
  const [imp, setImp] = useState<ImportState>({ kind: 'idle' });
  const [shared, setShared] = useState<SharedState>({ kind: 'none' });

  useEffect(() => {
    void sharedFiles().then((files) => files.length > 0 && setShared({ kind: 'waiting', files }), () => {});
  }, []);

  /** Files shared with the app: bundles through the import below, minutes files saved like "Åbn et referat". */
  async function importShared(files: File[]) {
    setShared({ kind: 'busy', files });
    const results: string[] = [];
    for (const file of files) {
      if (isBundleFile(file)) {
        const ok = await importFile(file);
        results.push(`${file.name}: ${ok ? 'pakken er importeret (se nedenfor).' : 'pakken blev ikke importeret (se nedenfor).'}`);
        continue;
      }
      const { openMinutesFile } = await import('../library/open-minutes');
      const result = await openMinutesFile(db, file);
      results.push(`${file.name}: ${result.ok ? savedMessage(result.status, result.itemCount) : result.message}`);
    }
    await clearSharedFiles();
    setShared({ kind: 'done', results });
  }

  async function exportLibrary() {
    setExp({ kind: 'busy' });
    try {
      const bundle = await buildBundle(db);
      const name = bundleFileName();
      const blob = new Blob([bundleJson(bundle)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setExp({ kind: 'done', message: `${plural(bundle.meetings.length, 'møde', 'møder')} gemt i ${name} (${formatBytes(blob.size)}).` });
    } catch {
      setExp({ kind: 'failed', message: 'Biblioteket kunne ikke eksporteres.' });
    }
  }

  /** True when the bundle was imported. */
  async function importFile(file: File): Promise<boolean> {
    const tooBig = sizeProblem(file.size);
    if (tooBig) {
      setImp({ kind: 'failed', problems: [tooBig] });
      return false;
    }
    setImp({ kind: 'reading', name: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImp({ kind: 'failed', problems: ['Filen kunne ikke læses.'] });
      return false;
    }
    const read = readBundle(text);
    if (!read.ok) {
      setImp({ kind: 'failed', problems: read.problems });
      return false;
    }
    const total = read.bundle.meetings.length;
    setImp({ kind: 'importing', done: 0, total });
    let shown = 0;
    try {
      const summary = await importBundle(db, read.bundle, {
        // At most a hundred redraws, however large the bundle.
        onProgress: (done) => {
          if (done === total || done - shown >= total / 100) {
            shown = done;
            setImp({ kind: 'importing', done, total });
          }
        },
      });
      setImp({ kind: 'done', summary });
      return true;
    } catch (error) {
      setImp({ kind: 'failed', problems: [importErrorMessage(error)] });
      return false;
    }
  }

  const meetings = count.status === 'ready' ? count.value : null;
  return (
    <section class="transfer" aria-labelledby="overfoer">
      <h2 id="overfoer" tabIndex={-1}>Overfør: importér / eksportér</h2>
      <p class="hint">
        Flyt dit bibliotek mellem browsere og enheder med en pakke: én fil med møderne, dine emner, læsemarkeringer og noter. Filen
        sendes ingen steder hen; du flytter den selv.
      </p>

      {shared.kind !== 'none' && (
        <section class="panel shared" aria-labelledby="delt">
          <h3 id="delt">Delt med Referat</h3>
          {shared.kind === 'done' ? (
            <ul aria-live="polite">
              {shared.results.map((r, i) => <li key={i}>{r}</li>)}
            </ul>
          ) : (
            <>
              <p>{shared.files.length === 1 ? 'Du har delt en fil med Referat:' : `Du har delt ${shared.files.length} filer med Referat:`}</p>
              <ul>
                {shared.files.map((f, i) => <li key={i}>{f.name}</li>)}
              </ul>
              <p>Vil du lægge {shared.files.length === 1 ? 'den' : 'dem'} i biblioteket?</p>
              <div class="shared-actions">
                <button type="button" class="button" disabled={shared.kind === 'busy'} onClick={() => void importShared(shared.files)}>
                  {shared.kind === 'busy' ? 'Importerer…' : 'Importér'}
                </button>
                <button
                  type="button"
                  class="link-button"
                  disabled={shared.kind === 'busy'}
                  onClick={() => void clearSharedFiles().then(() => setShared({ kind: 'none' }))}
                >
                  Kassér
                </button>
              </div>
            </>
          )}
        </section>
      )}

      <section class="panel" aria-labelledby="eksport">
        <h3 id="eksport">Eksportér</h3>
        <p>
          {meetings === null ? 'Gem hele biblioteket som én fil.' : `Gem hele biblioteket (${plural(meetings, 'møde', 'møder')}) som én fil.`}
        </p>
        <button type="button" class="button" disabled={exp.kind === 'busy' || meetings === 0} onClick={() => void exportLibrary()}>
          Eksportér biblioteket
        </button>
        <p aria-live="polite" class="transfer-status">
          {exp.kind === 'busy' && <span class="status">Samler pakken…</span>}
          {exp.kind === 'done' && <span class="status">{exp.message}</span>}
          {exp.kind === 'failed' && <span class="status error" role="alert">{exp.message}</span>}
        </p>
      </section>

      <section class="panel" aria-labelledby="import">
        <h3 id="import">Importér</h3>
        <p>Vælg en pakke (.json) fra udvidelsen eller en anden enhed. Møder, der allerede er gemt, opdateres; intet af dit eget går tabt.</p>
        <label class="button">
          Vælg en pakke
          <input
            type="file"
            accept=".json,application/json"
            disabled={imp.kind === 'reading' || imp.kind === 'importing'}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <div aria-live="polite" class="transfer-status">
          {imp.kind === 'reading' && <p class="status">Læser {imp.name}…</p>}
          {imp.kind === 'importing' && (
            <p class="status">
              <label>
                Importerer {imp.done} af {plural(imp.total, 'møde', 'møder')}…
                <progress max={imp.total} value={imp.done} />
              </label>
            </p>
          )}
          {imp.kind === 'done' && (
            <p class="status done">
              Importeret: {summaryText(imp.summary)} <a href="#/">Se møderne</a>
            </p>
          )}
          {imp.kind === 'failed' && (
            <div class="problems" role="alert">
              <p>Pakken blev ikke importeret, og intet er ændret:</p>
              <ul>
                {imp.problems.map((p, i) => <li key={i}>{p}</li>)}
              </ul>
            </div>
          )}
        </div>
      </section>
    </section>
  );
}
