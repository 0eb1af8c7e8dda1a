/**
 * Herning (FirstAgenda PDF export): "Punkt 45: …", KLE case numbers,
 * a "Kommunikation" distribution grid, "Direktøren for … indstiller" as the
 * heading of the recommendation, and a bare "Beslutning".
 */
import { engineStyle } from './style';

export const herning = engineStyle(
  'herning',
  'Herning-stil (Kommunikation, "Direktøren … indstiller", Beslutning)',
  (text) => /^Kommunikation$/m.test(text) && /^Direktøren for [^\n]{3,120} indstiller$/m.test(text),
);
