import { cmsPage } from '../cms-page';
import type { SiteParser } from '../site';
import { VIDEO } from './detect';

export const aalborgParser: SiteParser = {
  page: cmsPage({
    claims: (doc, url) => /^https?:\/\/referater\.aalborg\.dk\//i.test(url ?? '') || doc.querySelector(VIDEO) !== null,
    // "Se video fra behandlingen af punktet" under every item is no text of it.
    skip: VIDEO,
  }),
};
