/** The web app's bridge to the extension (lib/bridge/app-sync.ts) as a Preact hook: the status line to show, or null. */
import { useEffect, useState } from 'preact/hooks';
import { startBridgeSync } from '../../lib/bridge/app-sync';
import type { LibraryDb } from '../../lib/db/schema';
import { plural } from '../shared/format';

export function useBridgeStatus(db: LibraryDb): string | null {
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => startBridgeSync(db, window, (n) => setStatus(`Hentet ${plural(n, 'møde', 'møder')} fra udvidelsen`)), [db]);
  return status;
}
