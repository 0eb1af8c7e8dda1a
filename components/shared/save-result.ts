/** The Danish line for what a save did: the same in the popup, on the save button and under "Åbn et referat". */
import type { SaveStatus } from '../../lib/db/meetings';
import type { Meeting } from '../../lib/parse/types';
import { plural } from './format';

/** "Gemt – 17 punkter": a save that wrote (the save button shows only this one, so it stands alone). */
export function savedCountText(itemCount: number): string {
  return `Gemt – ${plural(itemCount, 'punkt', 'punkter')}`;
}

/** "Gemt – 17 punkter", "Allerede gemt – 17 punkter", or that the minutes kept stay over this agenda. */
export function savedText(status: SaveStatus, itemCount: number, kind: Meeting['kind'] = 'referat'): string {
  switch (status) {
    case 'created':
    case 'updated':
      return savedCountText(itemCount);
    case 'unchanged':
      return `Allerede gemt – ${plural(itemCount, 'punkt', 'punkter')}`;
    case 'kept':
      return kind === 'dagsorden' ? 'Referatet fra mødet er allerede gemt; dagsordenen erstatter det ikke.' : savedText('unchanged', itemCount);
  }
}

/** savedText as a sentence of its own: "Gemt – 17 punkter." */
export function savedSentence(status: SaveStatus, itemCount: number, kind: Meeting['kind'] = 'referat'): string {
  const text = savedText(status, itemCount, kind);
  return text.endsWith('.') ? text : `${text}.`;
}
