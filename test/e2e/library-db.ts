/** The library's IndexedDB read raw from a page of its origin: the extension's (library.html) or the web app's. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/chromium';

/** A page of either driver: Playwright's and Puppeteer's both evaluate a function with one argument. */
interface Evaluates {
  evaluate(fn: (names: string[]) => Promise<Record<string, number>>, names: string[]): Promise<unknown>;
}

/** Counts of the named stores in the page's origin's library. */
export function storeCounts<K extends string>(page: Evaluates, stores: K[]): Promise<Record<K, number>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('referat');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(names);
          const out: Record<string, number> = {};
          for (const name of names) tx.objectStore(name).count().onsuccess = (e) => (out[name] = (e.target as IDBRequest<number>).result);
          tx.oncomplete = () => (db.close(), resolve(out));
        };
      }),
    stores,
  ) as Promise<Record<K, number>>;
}

/** The same in the extension's library, from an extension page opened for the purpose (the background's origin). */
export async function extensionCounts<K extends string>(ext: ExtensionBrowser, stores: K[]): Promise<Record<K, number>> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/library.html`);
  try {
    return await storeCounts(page, stores);
  } finally {
    await page.close();
  }
}

/**
 * The whole library of the page's origin as one text, read raw with IndexedDB (as scripts/db-dump.ts
 * reads it in Node): every store with its key path and indexes, every record with its key in key
 * order, typed arrays by their bytes, and an auto-increment store's next key. Equal texts, equal libraries.
 */
export function rawDump(page: Pick<Page, 'evaluate'>): Promise<string> {
  return page.evaluate(async () => {
    const done = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await done(indexedDB.open('referat'));
    const stores = [];
    for (const name of [...db.objectStoreNames].sort()) {
      const store = db.transaction(name, 'readonly').objectStore(name);
      const indexes = [...store.indexNames].sort().map((i) => {
        const index = store.index(i);
        return [index.name, index.keyPath, index.unique, index.multiEntry];
      });
      const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
      let nextKey: unknown = null;
      if (store.autoIncrement) {
        // The generator's next key: add a record and abort (the abort restores the generator).
        const tx = db.transaction(name, 'readwrite');
        nextKey = await done(tx.objectStore(name).add({}));
        const aborted = new Promise((resolve) => (tx.onabort = resolve));
        tx.abort();
        await aborted;
      }
      stores.push({ name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, nextKey, indexes, records: keys.map((k, i) => [k, values[i]]) });
    }
    db.close();
    return JSON.stringify({ version: db.version, stores }, (_key, value: unknown) =>
      ArrayBuffer.isView(value) ? { typed: value.constructor.name, bytes: [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)] } : value,
    );
  });
}
