import { NO_PROFILE } from '../../parse/text/profile';
import type { SiteParser } from '../site';
import { genericPage } from './page';

export const genericParser: SiteParser = { page: genericPage, profile: NO_PROFILE };
