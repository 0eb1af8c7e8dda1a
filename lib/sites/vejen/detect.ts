/**
 * Vejen: "Administrativ indstilling", "Beslutning UDVALG den DD-MM-YYYY",
 * "Afbud: A (X) og B (Y)", "(B)"/"(C)" markers in titles, "Tidligere behandling"
 * as dated lines, and closed items ("Lukket:") that publish only the decision,
 * without a label.
 */
import { defineSite } from '../site';

export const vejen = defineSite({
  id: 'vejen',
  name: 'Vejen-stil (Administrativ indstilling, "Beslutning … den …", Lukket)',
  detectText: (text) => /^Administrativ indstilling$/m.test(text) && /^Beslutning (?!i )[^\n]{3,120} den \d{2}-\d{2}-\d{4}$/m.test(text),
});
