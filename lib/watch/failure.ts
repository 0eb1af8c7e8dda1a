/** What can go wrong when a FirstAgenda host is asked, and the one Danish sentence the status line shows for it. */

export type Failure =
  /** 404 or 410. */
  | { kind: 'not-found'; status: number }
  /** Redirected to another host (its origin). */
  | { kind: 'moved'; to: string }
  /** No whole answer within the time limit. */
  | { kind: 'timeout'; ms: number }
  /** A web page instead of data, or JSON without the expected shape. */
  | { kind: 'not-firstagenda'; html: boolean }
  /** 5xx. */
  | { kind: 'server-error'; status: number; retryAfterMs?: number }
  /** 429: the host asks us to slow down. */
  | { kind: 'busy'; status: number; retryAfterMs?: number }
  /** Any other 4xx, or 401 after the cookie handshake. */
  | { kind: 'refused'; status: number }
  /** The body passed the size limit; reading stopped there. */
  | { kind: 'too-large'; limit: number }
  | { kind: 'invalid-json' }
  /** Redirected in a circle (or the redirects never ended). */
  | { kind: 'redirect-loop' }
  /** A network error while the browser says it is online: DNS, TLS, refused connection. */
  | { kind: 'unreachable' }
  /** The browser is offline: nothing was sent, and it is not the host's fault. */
  | { kind: 'offline' }
  /** Nothing was sent: the host waits after earlier failures until `until` (ms). */
  | { kind: 'waiting'; until: number };

export function failureSentence(failure: Failure): string {
  switch (failure.kind) {
    case 'not-found':
      return `Siden svarer, at adressen ikke findes (HTTP ${failure.status}).`;
    case 'moved':
      return `Siden er flyttet til ${hostOf(failure.to)}.`;
    case 'timeout':
      return `Siden svarede ikke inden for ${Math.round(failure.ms / 1000)} sekunder.`;
    case 'not-firstagenda':
      return 'Siden er ikke en FirstAgenda-mødeside længere.';
    case 'server-error':
      return `Siden har en fejl lige nu (HTTP ${failure.status}).`;
    case 'busy':
      return 'Siden har travlt og beder os vente.';
    case 'refused':
      return `Siden afviser at svare (HTTP ${failure.status}).`;
    case 'too-large':
      return `Svaret var over ${Math.round(failure.limit / 1_000_000)} MB og blev ikke læst.`;
    case 'invalid-json':
      return 'Siden sendte et svar, der ikke kunne læses.';
    case 'redirect-loop':
      return 'Siden sender os i ring mellem adresser.';
    case 'unreachable':
      return 'Siden kunne ikke nås.';
    case 'offline':
      return 'Venter på netværket.';
    case 'waiting':
      return 'Siden hviler efter en fejl og prøves igen senere.';
  }
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
