/**
 * Herning (FirstAgenda PDF export): "Punkt 45: …", KLE case numbers,
 * a "Kommunikation" distribution grid, "Direktøren for … indstiller" as the
 * heading of the recommendation, and a bare "Beslutning".
 */
import { defineSite } from '../site';

export const herning = defineSite({
  id: 'herning',
  name: 'Herning-stil (Kommunikation, "Direktøren … indstiller", Beslutning)',
  detectText: (text) => /^Kommunikation$/m.test(text) && /^Direktøren for [^\n]{3,120} indstiller$/m.test(text),
});
