/** Any other municipal page, read as a CMS page (lib/sites/cms-page.ts) with the shared labels. */
import { cmsPage } from '../cms-page';

export const genericPage = cmsPage({ claims: () => true });
