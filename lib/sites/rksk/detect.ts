/**
 * Ringkøbing-Skjern's eDoc pages of minutes (rksk.dk, `…/dagsordener-referater?AgendaID=N`):
 * the meeting in a card (h2 "Referat: 9. september 2025 kl. 08:00", then the place
 * and the committee without labels), "Deltagere" and "Fraværende" cards, items as
 * cards with "N: Titel", "Sagsnr:", h3 sections, "Fraværende" lists of "Navn ()"
 * and a "Kopier link til punktet - Print" bar. The generic detector knows the page
 * by its title and labels.
 */
import { defineSite } from '../site';

/** Its pages' address, and the page's selectors, written once. */
export const HOST = /^https?:\/\/(?:www\.)?rksk\.dk\//i;
export const MEETING = '.agenda--meeting';
export const TOOLS = '.agenda--tools';

export const rksk = defineSite({ id: 'rksk', name: 'Ringkøbing-Skjern Kommune (eDoc)' });
