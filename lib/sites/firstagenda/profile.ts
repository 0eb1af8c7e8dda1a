import type { TextProfile } from '../../parse/text/profile';

/** FirstAgenda's cases as Aarhus writes them carry the mayor's department's endorsement as a section of its own. */
export const firstagendaProfile: TextProfile = { sectionLabels: ['borgmesterens afdelings påtegning'] };
