/** The import's state machine: a bundle file read, checked and imported (lib/sync), with its progress. */
import { useState } from 'preact/hooks';
import type { LibraryDb } from '../../../lib/db/schema';
import { importBundleFile, type ImportSummary } from '../../../lib/sync/import';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'failed'; problems: string[] }
  | { kind: 'done'; summary: ImportSummary };

export interface BundleImport {
  state: ImportState;
  /** Imports a bundle file; true when it was imported. */
  importFile(file: File): Promise<boolean>;
}

export function useBundleImport(db: LibraryDb): BundleImport {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  async function importFile(file: File): Promise<boolean> {
    setState({ kind: 'reading', name: file.name });
    let shown = 0;
    const result = await importBundleFile(db, file, {
      onChecked: (total) => setState({ kind: 'importing', done: 0, total }),
      // At most a hundred redraws, however large the bundle.
      onProgress: (done, total) => {
        if (done === total || done - shown >= total / 100) {
          shown = done;
          setState({ kind: 'importing', done, total });
        }
      },
    });
    setState(result.ok ? { kind: 'done', summary: result.summary } : { kind: 'failed', problems: result.problems });
    return result.ok;
  }
  return { state, importFile };
}
