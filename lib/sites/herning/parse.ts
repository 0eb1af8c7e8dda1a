import type { SiteParser } from '../site';

export const herningParser: SiteParser = {
  profile: {
    // "Direktøren for Social, Sundhed og Beskæftigelse indstiller" stands alone where others write "Indstilling".
    recommendationHeading: /^[A-ZÆØÅ][^.!?]{2,160}\sindstiller(?:\s+til\s+[^.!?]{2,100})?\s*[,:]?\s*$/,
  },
};
