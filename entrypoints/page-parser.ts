// Injected by the background into a page that the detector found to be a meeting:
// parses the live document and hands the result back to executeScript.
import { parseDocument } from '../lib/sites/parsers';
import type { ParseResult } from '../lib/parse/types';

export default defineUnlistedScript((): ParseResult => {
  try {
    return parseDocument(document, location.href);
  } catch {
    return { ok: false, reason: 'Siden kunne ikke læses.' };
  }
});
