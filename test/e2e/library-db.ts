/** The library's IndexedDB read raw from a page of its origin: the extension's (library.html) or the web app's. */
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
