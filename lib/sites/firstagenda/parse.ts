import type { SiteParser } from '../site';
import { meetingFromApi } from './api';
import { firstagendaPage } from './page';
import { firstagendaProfile } from './profile';

export const firstagendaParser: SiteParser = { page: firstagendaPage(firstagendaProfile), profile: firstagendaProfile, api: meetingFromApi };
