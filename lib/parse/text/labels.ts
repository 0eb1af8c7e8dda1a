/**
 * The Danish labels that structure minutes and agendas, shared by every house
 * style (a site's profile adds its own: profile.ts). A line is a label only when
 * it stands alone, so sub-headings inside a case presentation ("Baggrund",
 * "Formål") stay part of its text.
 */
import type { TextProfile } from './profile';

export type BlockKind = 'section' | 'attachments' | 'history' | 'decision';

/** Section headings, folded (lower case, no trailing colon). */
const SECTION_HEADINGS = [
  'resume', 'sagsresume', 'kort resume', 'beslutningstema', 'sagsfremstilling', 'supplerende sagsfremstilling',
  'indstilling', 'administrativ indstilling', 'administrationens indstilling', 'forvaltningens indstilling',
  'indstillinger', 'beslutningspunkter', 'forslag til beslutning', 'økonomi', 'økonomiske konsekvenser',
  'økonomiske og personalemæssige konsekvenser', 'personalemæssige konsekvenser', 'bevillingsmæssige konsekvenser',
  'kommunikation', 'retsgrundlag', 'lovgrundlag', 'retsregler og andre forskrifter', 'høring', 'høringssvar',
  'påtegning', 'tidsplan', 'videre proces', 'den videre proces',
  'miljøvurdering', 'bæredygtighed', 'klima- og miljøvurdering', 'konsekvenser for klima og miljø',
  'politisk behandling', 'beslutningskompetence', 'kompetence', 'sagens tidligere behandling',
  'bemærkninger', 'supplerende oplysninger', 'udtalelse', 'udtalelser', 'vurdering', 'administrationens vurdering',
  'baggrund for sagen', 'handicappolitisk vurdering', 'indhold', 'sagen', 'sagsbeskrivelse', 'orientering',
];

const ATTACHMENT_HEADINGS = ['bilag', 'bilagsliste', 'bilag til punktet', 'vedlagte bilag'];
const HISTORY_HEADINGS = ['sagsforløb', 'tidligere behandling', 'tidligere behandlinger', 'tidligere politisk behandling'];

export interface Label {
  kind: BlockKind;
  heading: string;
}

export type LabelOf = (line: string) => Label | null;

function lookup(labels: ReadonlyMap<string, BlockKind>): LabelOf {
  return (line) => {
    if (line.length > 60) return null;
    const bare = line.endsWith(':') ? line.slice(0, -1).trimEnd() : line;
    const kind = labels.get(bare.toLowerCase());
    return kind ? { kind, heading: bare } : null;
  };
}

const SHARED = new Map<string, BlockKind>([
  ...SECTION_HEADINGS.map((l): [string, BlockKind] => [l, 'section']),
  ...ATTACHMENT_HEADINGS.map((l): [string, BlockKind] => [l, 'attachments']),
  ...HISTORY_HEADINGS.map((l): [string, BlockKind] => [l, 'history']),
]);

/** The block a shared label line opens, with the heading as the document writes it. */
export const labelOf: LabelOf = lookup(SHARED);

const BY_PROFILE = new WeakMap<TextProfile, LabelOf>();

/** The label lookup of a style: the shared labels and the profile's own, built once per profile. */
export function labelsOf(profile: TextProfile): LabelOf {
  if (!profile.sectionLabels?.length) return labelOf;
  let found = BY_PROFILE.get(profile);
  if (!found) {
    const own = new Map(SHARED);
    for (const label of profile.sectionLabels) own.set(label, 'section');
    BY_PROFILE.set(profile, (found = lookup(own)));
  }
  return found;
}

/**
 * A decision header: "Beslutning", "Beslutninger", "Udvalgets beslutning",
 * "Beslutning i Social- og Arbejdsmarkedsudvalget den 05-09-2022",
 * "Beslutning Udvalget for arbejdsmarked og integration den 25-10-2022".
 * Group 1 is the body, group 2 the date as written.
 */
export const DECISION_HEADER =
  /^(?:beslutning(?:er)?|udvalgets beslutning|byrådets beslutning|kommunalbestyrelsens beslutning|afgørelse)(?:\s*:)?(?:\s+(?:i|fra)?\s*(?!(?:den|d\.)\s)(.{2,120}?))?(?:\s+(?:den|d\.)\s+(\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.? ?[a-zæøå]+\.? \d{4}))?\s*:?$/i;

/** "Afbud Maria Durhuus", "Afbud: Martin Clausen (A) og Morten Thorøe (V)", "Fraværende: …". */
export const ABSENCE_LINE = /^(?:afbud(?:\s+fra)?|fraværende|fravær|forfald|deltog ikke)\s*:?\s+(.{2,400})$/i;

/** "Thure Hastrup deltog ikke i sagens behandling." */
export const NOT_TAKING_PART = /^(.{2,200}?)\s+(?:deltog ikke i (?:sagens )?behandling(?:en)?(?: af (?:sagen|punktet))?|var fraværende|var ikke til stede)\.?$/i;

/** Case numbers: KLE "00.01.00-S00-1-23", "21/33982", "EMN-2025-009242", "2023-012345". */
export const CASE_NUMBER =
  /^(?:sags?(?:nr|nummer|id)\.?\s*:?\s*)?(\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?(?:-\d{1,6}){1,2}(?:-\d{2})?|\d{2,4}\/\d{2,8}(?:-\d{1,4})?|[A-ZÆØÅ]{2,6}-\d{4}-\d{3,8}|\d{4}-\d{4,8})$/i;

/** "Punkt 45: Dobbeldiagnosetilbud", "Pkt. 3 - Titel", "Punkt 12. Eventuelt". */
export const ITEM_HEADER = /^(?:punkt|pkt\.?|dagsordenspunkt)\s*(\d{1,4})\s*(?:[:.\-–]\s*|\s+(?=\S))(.{0,400})$/i;

/** "Lukket: Eventuelt (B)", "Lukket punkt: …". */
export const CLOSED_PREFIX = /^lukket(?: punkt)?\s*:\s*/i;

/** The start of the document: "REFERAT Beskæftigelsesudvalget d. 22-08-2023". */
export const TITLE_LINE =
  /^(referat|dagsorden|beslutningsprotokol|tillægsdagsorden)(?:\s+(?:fra|for)(?:\s+mødet?)?(?:\s+i)?)?\s+(.{2,150}?)\s+(?:d\.|den)\s+(.{6,40})$/i;

/** A page heading without the date: "Referat – Social- og Arbejdsmarkedsudvalget". */
export const TITLE_SHORT = /^(referat|dagsorden)\s*[-–:]\s*(.{2,150})$/i;
