import type { SiteParser } from '../site';

export const vejenParser: SiteParser = { profile: { closedTextIsDecision: true } };
