import type { SiteParser } from '../site';
import type { TextProfile } from '../../parse/text/profile';
import { firstagendaPage } from './page';

// Aarhus's cases carry the mayor's department's endorsement as a section of its own.
const profile: TextProfile = { sectionLabels: ['borgmesterens afdelings påtegning'] };

export const firstagendaParser: SiteParser = { page: firstagendaPage(profile), profile };
