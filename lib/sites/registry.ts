/**
 * The one list of sites, in precedence order: house styles before the system
 * they print from, the generic site last (it takes any page and any text). The
 * content-script detector, the page parser, the text parser and the PDF path
 * all ask this list. Cheap parts only: importing it pulls in no parser.
 * A new site is a folder (detect.ts, parse.ts, cases.json) and a line here and in parsers.ts.
 */
import { aalborg } from './aalborg/detect';
import { firstagenda } from './firstagenda/detect';
import { generic } from './generic/detect';
import { herning } from './herning/detect';
import { hvidovre } from './hvidovre/detect';
import { kk } from './kk/detect';
import { rksk } from './rksk/detect';
import { vejen } from './vejen/detect';

export const SITES = [herning, hvidovre, vejen, firstagenda, kk, rksk, aalborg, generic] as const;

export type SiteId = (typeof SITES)[number]['id'];
