/**
 * The web app's end of the handshake (protocol.ts): a HELLO to its own origin,
 * and the private port of the bridge content script when the extension answers;
 * then one checked answer per request on that port. The window is passed in.
 */
import { BRIDGE_VERSION, HELLO, isBridgeMessage, isWelcome, type AppMessage, type BridgeMessage } from './protocol';

/** Retries of the HELLO: the content script may start after the app. */
const HELLO_DELAYS_MS = [0, 200, 500, 1000, 2000, 4000];
const ANSWER_TIMEOUT_MS = 30_000;

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The port from the bridge, or null when no extension answers in time. */
export function connectBridge(win: Window): Promise<MessagePort | null> {
  const nonce = newNonce();
  return new Promise((resolve) => {
    const timers: number[] = [];
    const done = (port: MessagePort | null) => {
      win.removeEventListener('message', onMessage);
      timers.forEach((t) => clearTimeout(t));
      resolve(port);
    };
    function onMessage(event: MessageEvent) {
      if (event.source !== win || event.origin !== win.location.origin || !isWelcome(event.data, nonce) || event.ports.length !== 1) return;
      done(event.ports[0]!);
    }
    win.addEventListener('message', onMessage);
    for (const delay of HELLO_DELAYS_MS) {
      timers.push(win.setTimeout(() => win.postMessage({ type: HELLO, v: BRIDGE_VERSION, nonce }, win.location.origin), delay));
    }
    timers.push(win.setTimeout(() => done(null), HELLO_DELAYS_MS.at(-1)! + 1000));
  });
}

/** One request on the port, one checked answer (or null on timeout). */
export function ask(port: MessagePort, message: AppMessage): Promise<BridgeMessage | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(null), ANSWER_TIMEOUT_MS);
    const finish = (m: BridgeMessage | null) => {
      clearTimeout(timer);
      port.removeEventListener('message', onMessage);
      resolve(m);
    };
    const onMessage = (e: MessageEvent) => finish(isBridgeMessage(e.data) ? e.data : null);
    port.addEventListener('message', onMessage);
    port.start();
    port.postMessage(message);
  });
}
