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
  'resume', 'resumé', 'sagsresume', 'sagsresumé', 'kort resume', 'beslutningstema', 'forventet sagsgang', 'historik', 'sagsfremstilling', 'supplerende sagsfremstilling',
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
/** Headings after the last item that end it: the document's own lists, not the item's. */
const END_HEADINGS = ['samlet bilagsliste', 'samlet bilagsoversigt'];

/** A label opens a block, or ends the items ('end'). */
export type LabelKind = BlockKind | 'end';

export interface Label {
  kind: LabelKind;
  heading: string;
}

export type LabelOf = (line: string) => Label | null;

function lookup(labels: ReadonlyMap<string, LabelKind>): LabelOf {
  return (line) => {
    if (line.length > 60) return null;
    const bare = line.endsWith(':') ? line.slice(0, -1).trimEnd() : line;
    const kind = labels.get(bare.toLowerCase());
    return kind ? { kind, heading: bare } : null;
  };
}

const SHARED = new Map<string, LabelKind>([
  ...SECTION_HEADINGS.map((l): [string, LabelKind] => [l, 'section']),
  ...ATTACHMENT_HEADINGS.map((l): [string, LabelKind] => [l, 'attachments']),
  ...HISTORY_HEADINGS.map((l): [string, LabelKind] => [l, 'history']),
  ...END_HEADINGS.map((l): [string, LabelKind] => [l, 'end']),
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

/** A date in a header: "05-09-2022", "12.03.2018", "24. juni 2015". */
const DATE_WORDS = String.raw`\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.? ?[a-zæøå]+\.? \d{4}`;
// "… Punkt 5", ", pkt. 61" after a header's date.
const ITEM_NUMBER = String.raw`(?:,?\s+(?:punkt|pkt\.?)\s*\d{1,4})?`;

/**
 * A decision header: "Beslutning", "Beslutninger", "Udvalgets beslutning",
 * "Beslutning i Social- og Arbejdsmarkedsudvalget den 05-09-2022",
 * "Beslutning Udvalget for arbejdsmarked og integration den 25-10-2022".
 * Group 1 is the body, group 2 the date as written.
 */
export const DECISION_HEADER = new RegExp(
  String.raw`^(?:beslutning(?:er)?|udvalgets beslutning|byrådets beslutning|kommunalbestyrelsens beslutning|afgørelse)(?:\s*:)?(?:\s+(?:i|fra)?\s*(?!(?:den|d\.)\s)(.{2,120}?))?(?:\s+(?:den|d\.)\s+(${DATE_WORDS}))?${ITEM_NUMBER}\s*:?$`,
  'i',
);

/**
 * A body's own decision header: "Økonomiudvalgets beslutning den 12.03.2018 Punkt 5",
 * "Børne- og Ungdomsudvalgets beslutning i mødet den 28. februar 2024". Group 1 is
 * the body without its genitive s, group 2 the date.
 */
export const BODY_DECISION_HEADER = new RegExp(
  String.raw`^(.{2,120}?)s beslutning(?:\s+i\s+mødet)?\s+(?:den|d\.)\s+(${DATE_WORDS})${ITEM_NUMBER}\s*:?$`,
  'i',
);

/** An earlier treatment as a header over its decision: "Plan- og Miljøudvalget den 03-04-2017:". */
export const EARLIER_DECISION_HEADER = new RegExp(String.raw`^(.{2,120}?)\s+(?:den|d\.)\s+(${DATE_WORDS})\s*:$`, 'i');

/**
 * A history line under the case number: "Byrådet den 12. april 2017 Punkt 9",
 * "Udvalget for Teknik den 2. juni 2015, pkt. 61". Group 1 body, 2 date, 3 number.
 */
export const HISTORY_LINE = new RegExp(
  String.raw`^(.{2,120}?)(?:s møde)?\s+(?:den\s+)?(${DATE_WORDS})\s*,?\s+(?:punkt|pkt\.?)\s*(\d{1,4})\.?$`,
  'i',
);

/** "Afbud Maria Durhuus", "Afbud: Martin Clausen (A) og Morten Thorøe (V)", "Fraværende: …". Group 1 says the names did not take part in the item only. */
export const ABSENCE_LINE =
  /^(?:afbud(?:\s+fra)?|fraværende(?: med afbud)?|fravær|forfald|(deltog ikke|følgende deltog ikke i (?:behandlingen af (?:punktet|sagen)|sagens behandling)))\s*:?\s+(.{2,400})$/i;

/** An absence heading with the names on the lines below it, or none: "Følgende deltog ikke i behandlingen af punktet:", "Fraværende med afbud:", "Afbud:". */
export const ABSENCE_LABEL =
  /^(?:afbud(?:\s*\/\s*fraværende)?|fraværende(?:\s*\/\s*afbud| med afbud)?|fravær|forfald|(deltog ikke|følgende deltog ikke i (?:behandlingen af (?:punktet|sagen)|sagens behandling)))\s*:?$/i;

/** A line that only says the item is open to the public ("ÅBENT", "Åben"): a marker, not text. */
export const OPEN_MARKER = /^(?:åben|åbent)(?: punkt| sag)?$/i;

/** "Thure Hastrup deltog ikke i sagens behandling." */
export const NOT_TAKING_PART = /^(.{2,200}?)\s+(?:deltog ikke i (?:sagens )?behandling(?:en)?(?: af (?:sagen|punktet))?|var fraværende|var ikke til stede)\.?$/i;

/** "Punkt 45: Dobbeldiagnosetilbud", "Pkt. 3 - Titel", "Punkt 12. Eventuelt", "Punkt 7 Budget". */
const ITEM_HEADER = /^(?:punkt|pkt\.?|dagsordenspunkt)\s*(\d{1,4})\s*([:.\-–]\s*|\s+(?=\S))(.{0,400})$/i;

/** An item header's number and title; without a separator the title starts with a capital or a digit ("Punkt 16 oversendes …" is a sentence). */
export function itemHeader(line: string): { number: number; title: string } | null {
  const m = ITEM_HEADER.exec(line);
  if (!m || (!/[:.\-–]/.test(m[2]!) && /^\p{Ll}/u.test(m[3]!))) return null;
  return { number: +m[1]!, title: m[3]! };
}

/** "Lukket: Eventuelt (B)", "Lukket punkt: …". */
export const CLOSED_PREFIX = /^lukket(?: punkt)?\s*:\s*/i;

/** "Orientering fra borgmesteren (FOR LUKKEDE DØRE)", "… (Lukket punkt)". */
export const CLOSED_SUFFIX = /\s*\((?:for lukkede døre|lukket(?: punkt)?)\)$/i;

/** The start of the document: "REFERAT Beskæftigelsesudvalget d. 22-08-2023". */
export const TITLE_LINE =
  /^(referat|dagsorden|beslutningsprotokol|tillægsdagsorden)(?:\s+(?:fra|for)(?:\s+mødet?)?(?:\s+i)?)?\s+(.{2,150}?)\s+(?:d\.|den)\s+(.{6,40})$/i;

/** A page heading without the date: "Referat – Social- og Arbejdsmarkedsudvalget". */
export const TITLE_SHORT = /^(referat|dagsorden)\s*[-–:]\s*(.{2,150})$/i;
