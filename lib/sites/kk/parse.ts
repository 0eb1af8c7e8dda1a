import { cmsPage } from '../cms-page';
import type { SiteParser } from '../site';
import { kkAddress } from './detect';

export const kkParser: SiteParser = {
  page: cmsPage({
    claims: (_doc, url) => kkAddress(url) !== null,
    // "Se alle bilag" jumps to the list at the foot of the page.
    skip: 'a.btn-appendices',
    head(_doc, url) {
      const address = kkAddress(url);
      return address ? [address.kind === 'referat' ? 'Referat' : 'Dagsorden', `Udvalg: ${address.committee}`] : [];
    },
    // Copenhagen's case presentation: "Problemstilling", "Løsning".
    profile: { sectionLabels: ['problemstilling', 'løsning'] },
    itemNumber: (url) => kkAddress(url)?.number ?? null,
  }),
};
