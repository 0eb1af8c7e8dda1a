/**
 * Files shared with the installed app (Android's share sheet, the manifest's
 * share_target): the service worker takes the POST to <scope>del, keeps the files
 * in Cache Storage and sends the page to the Overfør view, which asks the user
 * before anything is imported, so a page elsewhere that posts to <scope>del
 * cannot put anything in the library by itself.
 */
export const SHARE_CACHE = 'referat-delt';
/** The share target's action, relative to the app's folder. */
export const SHARE_ACTION = 'del';
/** The form field of the shared files. */
export const SHARE_FIELD = 'filer';
export const SHARE_ACCEPT = ['application/pdf', '.pdf', 'application/json', '.json', 'text/plain', '.txt', 'text/html', '.html', '.htm'];
/** At most this many files of one share are kept. */
export const SHARE_MAX_FILES = 20;

/** Cache key of the n-th shared file; the file's name travels in a header. */
export const sharedKey = (scope: string, n: number) => `${scope}delt/${n}`;
export const NAME_HEADER = 'x-referat-name';

export function isBundleFile(file: { name: string; type: string }): boolean {
  return file.type === 'application/json' || /\.json$/i.test(file.name);
}

/** The files waiting in the share cache, oldest first (none where there is no Cache Storage). */
export async function sharedFiles(): Promise<File[]> {
  if (typeof caches === 'undefined') return [];
  const cache = await caches.open(SHARE_CACHE);
  const keys = await cache.keys();
  const files: File[] = [];
  for (const request of keys) {
    const response = await cache.match(request);
    if (!response) continue;
    const name = decodeURIComponent(response.headers.get(NAME_HEADER) ?? 'delt-fil');
    files.push(new File([await response.blob()], name, { type: response.headers.get('content-type') ?? '' }));
  }
  return files;
}

export async function clearSharedFiles(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(SHARE_CACHE);
}
