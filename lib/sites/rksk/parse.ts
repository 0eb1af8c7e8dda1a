import { textOf } from '../../parse/dom/elements';
import { cmsPage } from '../cms-page';
import type { SiteParser } from '../site';
import { HOST, MEETING, TOOLS } from './detect';

export const rkskParser: SiteParser = {
  page: cmsPage({
    claims: (_doc, url) => HOST.test(url ?? ''),
    skip: `${TOOLS}, ${MEETING}`,
    // The meeting card: "Referat: <date> kl. <time>", then the place and the committee, unlabelled.
    head(doc) {
      const card = doc.querySelector(MEETING);
      if (!card) return [];
      const [place, committee] = [...card.querySelectorAll('p')].map((p) => textOf(p));
      return [textOf(card.querySelector('h2')), place ? `Mødested: ${place}` : '', committee ? `Udvalg: ${committee}` : ''];
    },
    profile: { sectionLabels: ['lovgrundlag og juridisk vurdering', 'effektvurdering'] },
  }),
};
