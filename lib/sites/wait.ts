/**
 * Waiting on a page that fills itself in by script: MutationObservers with a time
 * limit, so a page that never fills in is not watched for ever.
 */

// The script's own MutationObserver in a browser; the document's window's under linkedom (tests).
export function observerOf(doc: Document): typeof MutationObserver {
  if (typeof MutationObserver === 'function') return MutationObserver;
  return (doc.defaultView as (Window & typeof globalThis) | null)!.MutationObserver;
}

/**
 * Resolves `true` as soon as `ready()` holds (checked now and after each batch
 * of DOM changes), `false` after `timeoutMs` or when `signal` aborts.
 */
export function waitUntil(doc: Document, ready: () => boolean, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  if (ready()) return Promise.resolve(true);
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const Observer = observerOf(doc);
    const done = (value: boolean): void => {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      resolve(value);
    };
    const abort = (): void => done(false);
    const observer = new Observer(() => {
      if (ready()) done(true);
    });
    const timer = setTimeout(abort, timeoutMs);
    signal?.addEventListener('abort', abort);
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
}

/**
 * Resolves once the DOM has not changed for `quietMs` (at most after `maxMs`):
 * after a same-page navigation, the new content has been rendered.
 */
export function whenQuiet(doc: Document, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const Observer = observerOf(doc);
    let quiet = setTimeout(() => done(), quietMs);
    const limit = setTimeout(() => done(), maxMs);
    const observer = new Observer(() => {
      clearTimeout(quiet);
      quiet = setTimeout(() => done(), quietMs);
    });
    function done(): void {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve();
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
}

/**
 * Calls `onSettled` each time the DOM has changed and then stayed still for
 * `quietMs`, until the returned function is called.
 */
export function watchChanges(doc: Document, quietMs: number, onSettled: () => void): () => void {
  const Observer = observerOf(doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new Observer(() => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, quietMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
