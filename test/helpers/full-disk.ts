/**
 * IndexedDB (fake-indexeddb) refusing writes the two ways browsers do:
 *
 * - 'request' (Firefox): the put or add itself fails with QuotaExceededError,
 *   and the error aborts the transaction.
 * - 'commit' (Chromium, as the DevTools quota override shows): every request
 *   succeeds, then the transaction aborts at commit with QuotaExceededError.
 *
 * `refuseWrites(mode)` starts refusing, `refuseWrites(null)` stops (and so does
 * the end of the test file). A delete needs no room, so it is refused only when
 * asked for, with another error: `refuseWrites('request', { ops: ['delete'], error: 'UnknownError' })`.
 */
import 'fake-indexeddb/auto';
import { afterAll } from 'vitest';

export type Mode = 'request' | 'commit';
type Op = 'put' | 'add' | 'delete';

/** fake-indexeddb's internals that a refusal needs: queue a failing request, or abort at commit. */
interface FakeTransaction {
  _state: string;
  _requests: unknown[];
  _execRequestAsync(request: { operation: () => unknown; source: unknown }): IDBRequest;
  _abort(errorName: string): void;
  _start(): void;
}

let refusing: { mode: Mode; ops: readonly Op[]; error: string } | null = null;
const wrote = new WeakSet<object>();
const storeProto = IDBObjectStore.prototype as unknown as Record<Op, (...args: unknown[]) => IDBRequest>;
const txProto = IDBTransaction.prototype as unknown as FakeTransaction;
const originals = { put: storeProto.put, add: storeProto.add, delete: storeProto.delete, start: txProto._start };

export function refuseWrites(mode: Mode | null, { ops = ['put', 'add'], error = 'QuotaExceededError' }: { ops?: readonly Op[]; error?: string } = {}): void {
  refusing = mode && { mode, ops, error };
}

for (const op of ['put', 'add', 'delete'] as const) {
  storeProto[op] = function (this: IDBObjectStore, ...args: unknown[]) {
    const tx = this.transaction as unknown as FakeTransaction;
    if (refusing?.ops.includes(op)) {
      const { mode, error } = refusing;
      if (mode === 'request') {
        return tx._execRequestAsync({
          source: this,
          operation: () => {
            throw new DOMException('The write was refused.', error);
          },
        });
      }
      wrote.add(tx);
    }
    return originals[op].apply(this, args);
  };
}
txProto._start = function (this: FakeTransaction) {
  // Nothing left to run: this is the commit, which a full disk refuses.
  if (refusing?.mode === 'commit' && wrote.has(this) && this._state !== 'finished' && this._requests.length === 0) {
    this._abort(refusing.error);
    return;
  }
  originals.start.call(this);
};
afterAll(() => {
  refusing = null;
  Object.assign(storeProto, { put: originals.put, add: originals.add, delete: originals.delete });
  txProto._start = originals.start;
});
