/**
 * The bridge to the web app (lib/bridge/protocol.ts), on the app's origins only,
 * top frame only. It answers a HELLO posted by the page itself (source, origin and
 * exact shape checked) with a private MessageChannel port, and relays checked
 * messages on that port to the background, which owns the library.
 */
import { BRIDGE_MATCHES, isBridgeOrigin } from '../lib/bridge/origins';
import { BRIDGE_VERSION, isAppMessage, isHello, WELCOME, type BridgeMessage } from '../lib/bridge/protocol';
import { isBridgePullResponse } from '../lib/messages';
import { isObjectLike } from '../lib/sync/guards';

export default defineContentScript({
  matches: BRIDGE_MATCHES,
  runAt: 'document_start',
  allFrames: false,
  main() {
    if (window.top !== window || !isBridgeOrigin(location.origin)) return;
    const answered = new Set<string>();
    window.addEventListener('message', (event: MessageEvent) => {
      if (event.source !== window || event.origin !== location.origin || !isBridgeOrigin(event.origin)) return;
      if (!isHello(event.data) || answered.has(event.data.nonce)) return;
      answered.add(event.data.nonce);
      const channel = new MessageChannel();
      const port = channel.port1;
      port.onmessage = (e: MessageEvent) => void relay(port, e.data);
      window.postMessage({ type: WELCOME, v: BRIDGE_VERSION, nonce: event.data.nonce }, location.origin, [channel.port2]);
    });

    async function relay(port: MessagePort, data: unknown): Promise<void> {
      if (!isAppMessage(data)) return;
      const answer = (m: BridgeMessage) => port.postMessage(m);
      try {
        if (data.type === 'inventory') {
          const response: unknown = await browser.runtime.sendMessage({ type: 'bridge:pull', inventory: data.inventory });
          if (isBridgePullResponse(response) && response.ok) answer({ type: 'bundle', bundle: response.bundle, more: response.more });
          else answer({ type: 'error' });
        } else {
          const response: unknown = await browser.runtime.sendMessage({ type: 'bridge:push', push: data.push });
          answer({ type: 'pushed', ok: isObjectLike(response) && response.ok === true });
        }
      } catch {
        answer({ type: 'error' });
      }
    }
  },
});
