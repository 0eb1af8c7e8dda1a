import { describe, expect, it } from 'vitest';
import { fromBridgeFrame, isBridgeOrigin } from '../../lib/bridge/origins';
import { isAppMessage, isBridgeMessage, isHello, isInventory, isPush, isWelcome, MAX_TOPICS, withinSize } from '../../lib/bridge/protocol';
import { isBridgeRequest, isRequest } from '../../lib/messages';

const NONCE = 'abcdefghijklmnop0123';
const ref = { municipality: 'Herning Kommune', committee: 'Beskæftigelsesudvalget', date: '2023-08-22', startTime: '08:00' };
const entry = { ...ref, kind: 'referat', itemCount: 17, decisionCount: 17 };
const topic = { query: 'gadeplan', label: 'gadeplan', createdAt: 1, lastSeenAt: 2, notify: true };

describe('bridge origins', () => {
  it('allows http on localhost and 127.0.0.1 on any port, nothing else', () => {
    expect(isBridgeOrigin('http://127.0.0.1:8787')).toBe(true);
    expect(isBridgeOrigin('http://localhost:3000')).toBe(true);
    expect(isBridgeOrigin('http://localhost')).toBe(true);
    for (const o of ['https://127.0.0.1:8787', 'http://127.0.0.2:8787', 'http://localhost.evil.dk', 'http://evil.dk', 'null', '', 'http://127.0.0.1:8787/', 'chrome-extension://abc']) {
      expect(isBridgeOrigin(o), o).toBe(false);
    }
  });

  it('answers a message only from the top frame of a tab on one of them', () => {
    const app = { tab: { id: 7 }, frameId: 0, url: 'http://127.0.0.1:8787/index.html#/', origin: 'http://127.0.0.1:8787' };
    expect(fromBridgeFrame(app)).toBe(true);
    expect(fromBridgeFrame({ ...app, origin: undefined })).toBe(true);
    expect(fromBridgeFrame({ ...app, frameId: 3 })).toBe(false);
    expect(fromBridgeFrame({ ...app, tab: undefined })).toBe(false);
    expect(fromBridgeFrame({ ...app, url: 'https://evil.dk/' })).toBe(false);
    expect(fromBridgeFrame({ ...app, url: 'ikke en adresse' })).toBe(false);
    expect(fromBridgeFrame({ ...app, origin: 'http://localhost:8787' })).toBe(false);
  });
});

describe('the handshake', () => {
  it('takes only the exact HELLO', () => {
    expect(isHello({ type: 'referat:hello', v: 1, nonce: NONCE })).toBe(true);
    expect(isHello({ type: 'referat:hello', v: 2, nonce: NONCE })).toBe(false);
    expect(isHello({ type: 'referat:hello', v: 1, nonce: NONCE, extra: 1 })).toBe(false);
    expect(isHello({ type: 'referat:hello', v: 1, nonce: 'short' })).toBe(false);
    expect(isHello({ type: 'referat:hello', v: 1, nonce: 'x'.repeat(65) })).toBe(false);
    expect(isHello({ type: 'referat:hello', v: 1, nonce: 'abcdefghijklmnop<0123>' })).toBe(false);
    expect(isHello({ type: 'referat:hello', v: 1 })).toBe(false);
    expect(isHello(null)).toBe(false);
    expect(isHello([])).toBe(false);
  });
  it('takes a WELCOME only with the nonce sent', () => {
    expect(isWelcome({ type: 'referat:welcome', v: 1, nonce: NONCE }, NONCE)).toBe(true);
    expect(isWelcome({ type: 'referat:welcome', v: 1, nonce: NONCE + 'x' }, NONCE)).toBe(false);
    expect(isWelcome({ type: 'referat:welcome', v: 1, nonce: NONCE, port: 1 }, NONCE)).toBe(false);
  });
});

describe('messages on the port', () => {
  it('checks the inventory', () => {
    expect(isInventory({ meetings: [entry], topics: ['gadeplan'] })).toBe(true);
    expect(isInventory({ meetings: [], topics: [] })).toBe(true);
    expect(isInventory({ meetings: [{ ...entry, kind: 'brev' }], topics: [] })).toBe(false);
    expect(isInventory({ meetings: [{ ...entry, date: '22-08-2023' }], topics: [] })).toBe(false);
    expect(isInventory({ meetings: [{ ...entry, itemCount: -1 }], topics: [] })).toBe(false);
    expect(isInventory({ meetings: [{ ...entry, extra: 1 }], topics: [] })).toBe(false);
    expect(isInventory({ meetings: [], topics: [1] })).toBe(false);
    expect(isInventory({ meetings: [], topics: Array(MAX_TOPICS + 1).fill('x') })).toBe(false);
    expect(isInventory({ meetings: [] })).toBe(false);
  });
  it('checks the push: topics and read marks only', () => {
    expect(isPush({ topics: [topic], reads: [{ meeting: ref, number: 48, readAt: 5 }] })).toBe(true);
    expect(isPush({ topics: [{ ...topic, query: '  ' }], reads: [] })).toBe(false);
    expect(isPush({ topics: [{ ...topic, id: 3 }], reads: [] })).toBe(false);
    expect(isPush({ topics: [], reads: [{ meeting: ref, number: 1.5, readAt: 5 }] })).toBe(false);
    expect(isPush({ topics: [], reads: [{ meeting: { ...ref, startTime: 'otte' }, number: 1, readAt: 5 }] })).toBe(false);
    expect(isPush({ topics: [], reads: [], notes: [] })).toBe(false);
    expect(isPush({ topics: [], reads: [], meetings: [] })).toBe(false);
  });
  it('checks the app messages and the answers by exact shape and size', () => {
    expect(isAppMessage({ type: 'inventory', inventory: { meetings: [], topics: [] } })).toBe(true);
    expect(isAppMessage({ type: 'push', push: { topics: [], reads: [] } })).toBe(true);
    expect(isAppMessage({ type: 'inventory', inventory: { meetings: [], topics: [] }, more: 1 })).toBe(false);
    expect(isAppMessage({ type: 'bridge:pull', inventory: { meetings: [], topics: [] } })).toBe(false);
    expect(isBridgeMessage({ type: 'bundle', bundle: {}, more: false })).toBe(true);
    expect(isBridgeMessage({ type: 'pushed', ok: true })).toBe(true);
    expect(isBridgeMessage({ type: 'error' })).toBe(true);
    expect(isBridgeMessage({ type: 'bundle', bundle: {} })).toBe(false);
    expect(withinSize({ a: 'x'.repeat(100) }, 50)).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(withinSize(cyclic)).toBe(false);
  });
});

describe('the background messages', () => {
  it('are bridge requests only in their exact shape, and not ordinary requests', () => {
    const pull = { type: 'bridge:pull', inventory: { meetings: [entry], topics: [] } };
    const push = { type: 'bridge:push', push: { topics: [topic], reads: [] } };
    expect(isBridgeRequest(pull)).toBe(true);
    expect(isBridgeRequest(push)).toBe(true);
    expect(isRequest(pull)).toBe(false);
    expect(isBridgeRequest({ ...pull, tabId: 1 })).toBe(false);
    expect(isBridgeRequest({ type: 'bridge:pull', inventory: { meetings: [{}], topics: [] } })).toBe(false);
    expect(isBridgeRequest({ type: 'bridge:push', push: { topics: [], reads: [], meetings: [] } })).toBe(false);
    expect(isBridgeRequest({ type: 'meeting:save' })).toBe(false);
  });
});
