/** The Danish line for what a save did: the same in the popup, on the save button and under "Åbn et referat". */
import type { SaveStatus } from '../../lib/db/meetings';
import type { Meeting } from '../../lib/parse/types';
import { plural } from './format';

/** "Gemt – 17 punkter", "Allerede gemt – 17 punkter", or that the minutes kept stay over this agenda. */
export function savedText(status: SaveStatus, itemCount: number, kind: Meeting['kind'] = 'referat'): string {
  const items = plural(itemCount, 'punkt', 'punkter');
  switch (status) {
    case 'created':
    case 'updated':
      return `Gemt – ${items}`;
    case 'unchanged':
      return `Allerede gemt – ${items}`;
    case 'kept':
      return kind === 'dagsorden' ? 'Referatet fra mødet er allerede gemt; dagsordenen erstatter det ikke.' : `Allerede gemt – ${items}`;
  }
}

/** savedText as a sentence of its own: "Gemt – 17 punkter." */
export function savedSentence(status: SaveStatus, itemCount: number, kind: Meeting['kind'] = 'referat'): string {
  const text = savedText(status, itemCount, kind);
  return text.endsWith('.') ? text : `${text}.`;
}
