/**
 * The PDF export of FirstAgenda Publication as Aarhus uses it: EMN case numbers,
 * "Beslutningspunkter", "Beslutninger", and "Sagsforløb" as Udvalg / Dato /
 * Punktnummer / text, titles that wrap onto a second line.
 */
import { engineStyle } from './style';

export const firstagendaPdf = engineStyle(
  'firstagenda-pdf',
  'FirstAgenda PDF-eksport (Beslutningspunkter, Sagsforløb)',
  (text) => /^Sagsforløb:?$/m.test(text) && /^(?:Beslutningspunkter|Beslutninger)$/m.test(text),
);
