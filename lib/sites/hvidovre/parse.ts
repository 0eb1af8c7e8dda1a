import type { SiteParser } from '../site';

// The shared Danish labels read Hvidovre's minutes as they are.
export const hvidovreParser: SiteParser = { profile: {} };
