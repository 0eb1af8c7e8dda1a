/** Gives a file the page made to the system's share sheet where the browser can share files (Web Share), else downloads it. */
import { download } from '../shared/download';

/**
 * `shared`: the share sheet took it; `cancelled`: the user closed the sheet; `blocked`: the browser
 * wants a fresh click before it shares (the file took a while to make), so ask for one;
 * `downloaded`: no share sheet here (or it failed), the file was downloaded.
 */
export type HandOver = 'shared' | 'cancelled' | 'blocked' | 'downloaded';

type Sharing = Pick<Navigator, 'share' | 'canShare'>;

export async function handOver(file: File, nav: Partial<Sharing> = navigator, save: (file: File) => void = (f) => download(f, f.name)): Promise<HandOver> {
  if (typeof nav.share === 'function' && typeof nav.canShare === 'function' && nav.canShare({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: 'Referat' });
      return 'shared';
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      if (name === 'AbortError') return 'cancelled';
      if (name === 'NotAllowedError') return 'blocked';
      // Any other failure of the share sheet: the download still gets the file out.
    }
  }
  save(file);
  return 'downloaded';
}
