import { cmsPage } from '../cms-page';
import type { SiteParser } from '../site';
import { HOST, VIDEO } from './detect';

export const aalborgParser: SiteParser = {
  page: cmsPage({
    claims: (_doc, url) => HOST.test(url ?? ''),
    // "Se video fra behandlingen af punktet" under every item is no text of it.
    skip: VIDEO,
  }),
};
