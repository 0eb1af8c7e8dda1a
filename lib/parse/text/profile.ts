/**
 * What sets one house style of minutes apart, as data for the text engine. The
 * engine knows the Danish labels every style shares (labels.ts); a site's
 * profile (lib/sites/<site>/) adds its own differences and names no code.
 */
export interface TextProfile {
  /** Section headings the style adds to the shared ones, folded (lower case, no colon). */
  sectionLabels?: readonly string[];
  /** A line that, standing alone, heads the recommendation: "Direktøren for … indstiller". */
  recommendationHeading?: RegExp;
  /** A closed item publishes only its decision, without a label: its untitled text is that decision. */
  closedTextIsDecision?: boolean;
}

/** The shared labels alone: text no site claims. */
export const NO_PROFILE: TextProfile = {};
