/**
 * Any other municipal page: its visible text through the text styles, with the
 * page title as a hint for the committee when the text does not name it.
 */
import type { ParseResult } from '../types';
import { visibleText } from '../dom/visible-text';
import { parseText } from '../text-styles';
import type { PageAdapter } from './adapter';

export const genericPage: PageAdapter = {
  id: 'generic-page',
  name: 'Almindelig webside',
  detect: () => true,
  parse(doc, url): ParseResult {
    const root = doc.querySelector('main, [role="main"], article') ?? doc.body ?? doc.documentElement;
    if (!root) return { ok: false, reason: 'Siden er tom.' };
    return parseText(visibleText(root), { url });
  },
};
