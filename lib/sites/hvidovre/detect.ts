/**
 * Hvidovre: Beslutningstema / Indstilling / "Beslutning i UDVALG den DD-MM-YYYY"
 * (an item may carry several, from earlier meetings) / Sagsfremstilling /
 * Økonomiske konsekvenser / Bilag / "Afbud NAME" after each item.
 */
import { defineSite } from '../site';

export const hvidovre = defineSite({
  id: 'hvidovre',
  name: 'Hvidovre-stil (Beslutningstema, "Beslutning i … den …")',
  detectText: (text) => /^Beslutningstema$/m.test(text) && /^Beslutning i [^\n]{3,120} den \d{2}-\d{2}-\d{4}$/m.test(text),
});
