/**
 * "Send til telefonen": a file of what the phone lacks since the last transfer (lib/sync
 * buildTransferBundle), handed to the share sheet or downloaded; the time of the transfer is
 * remembered once the file is out, so a cancelled share sends the same again next time.
 */
import { useState } from 'preact/hooks';
import type { LibraryDb } from '../../lib/db/schema';
import { lastSent, setLastSent } from '../../lib/db/transfer';
import { buildTransferBundle, bundleJson } from '../../lib/sync/export';
import { formatBytes } from '../shared/format';
import { useLiveQuery } from '../shared/use-live-query';
import { handOver } from './hand-over';
import { lastSentText, transferFileName, transferText } from './texts';

type SendState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  /** The browser wants a new click before it shares. */
  | { kind: 'ready'; file: File; text: string; at: number }
  | { kind: 'done'; message: string }
  | { kind: 'cancelled' }
  | { kind: 'failed' };

export function SendToPhone({ db }: { db: LibraryDb }) {
  const sent = useLiveQuery(() => lastSent(db), [db]);
  const [state, setState] = useState<SendState>({ kind: 'idle' });

  async function deliver(file: File, text: string, at: number, share: boolean) {
    // Without the share sheet (an empty navigator) the file is downloaded.
    const how = await handOver(file, share ? navigator : {});
    if (how === 'cancelled') return setState({ kind: 'cancelled' });
    if (how === 'blocked') return setState({ kind: 'ready', file, text, at });
    await setLastSent(db, at);
    const where = how === 'shared' ? 'Sendt' : `Hentet som ${file.name}`;
    setState({ kind: 'done', message: `${where} (${formatBytes(file.size)}): ${text}` });
  }

  async function send() {
    if (sent.status !== 'ready' || state.kind === 'busy') return;
    setState({ kind: 'busy' });
    const now = new Date();
    try {
      const bundle = await buildTransferBundle(db, sent.value, { now });
      const file = new File([bundleJson(bundle)], transferFileName(now), { type: 'application/json' });
      await deliver(file, transferText(bundle, sent.value, now.getTime()), now.getTime(), true);
    } catch {
      setState({ kind: 'failed' });
    }
  }

  const busy = state.kind === 'busy';
  return (
    <section class="panel send-to-phone" aria-labelledby="send-til-telefonen">
      <h3 id="send-til-telefonen">Send til telefonen</h3>
      <p>
        Send det, telefonen mangler, til Referat-appen: møder, der er nye eller ændret siden sidst, med dine læsemarkeringer,
        emner og fulgte udvalg. Åbn filen på telefonen med Referat (Overfør).
      </p>
      {sent.status === 'ready' && <p class="meta last-sent">{lastSentText(sent.value, Date.now())}</p>}
      <button type="button" class="button" aria-disabled={busy || sent.status !== 'ready' ? 'true' : undefined} onClick={() => void send()}>
        Send til telefonen
      </button>
      <div aria-live="polite" class="transfer-status">
        {busy && <p class="status">Samler pakken…</p>}
        {state.kind === 'ready' && (
          <>
            <p class="status">Pakken er klar: {state.text}</p>
            <div class="shared-actions">
              <button type="button" class="button" onClick={() => void deliver(state.file, state.text, state.at, true)}>
                Del pakken
              </button>
              <button type="button" class="link-button" onClick={() => void deliver(state.file, state.text, state.at, false)}>
                Hent den i stedet
              </button>
            </div>
          </>
        )}
        {state.kind === 'done' && <p class="status done">{state.message}</p>}
        {state.kind === 'cancelled' && <p class="status">Ikke sendt. Næste gang kommer det samme med igen.</p>}
        {state.kind === 'failed' && <p class="status error" role="alert">Pakken kunne ikke laves. Intet er ændret.</p>}
      </div>
    </section>
  );
}
