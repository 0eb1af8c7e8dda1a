/**
 * Aalborg's own pages of minutes (referater.aalborg.dk): "Byrådet 24. april 2023 kl. 16.00",
 * numbered item headings with "Åben", absences as "A og B var fraværende." after
 * the decision, and a video link under every item. The generic detector knows the
 * page by its title and labels.
 */
import { defineSite } from '../site';

/** Its pages' address, and the chrome inside them. */
export const HOST = /^https?:\/\/referater\.aalborg\.dk\//i;
export const VIDEO = '.agenda-item__video';

export const aalborg = defineSite({ id: 'aalborg', name: 'Aalborg Kommune (referater.aalborg.dk)' });
