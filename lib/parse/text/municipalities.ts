/** Denmark's 98 municipalities, to name the municipality from a host name or the text. */

const NAMES = [
  'Albertslund', 'Allerød', 'Assens', 'Ballerup', 'Billund', 'Bornholm', 'Brøndby', 'Brønderslev',
  'Dragør', 'Egedal', 'Esbjerg', 'Fanø', 'Favrskov', 'Faxe', 'Fredensborg', 'Fredericia',
  'Frederiksberg', 'Frederikshavn', 'Frederikssund', 'Furesø', 'Faaborg-Midtfyn', 'Gentofte',
  'Gladsaxe', 'Glostrup', 'Greve', 'Gribskov', 'Guldborgsund', 'Haderslev', 'Halsnæs', 'Hedensted',
  'Helsingør', 'Herlev', 'Herning', 'Hillerød', 'Hjørring', 'Holbæk', 'Holstebro', 'Horsens',
  'Hvidovre', 'Høje-Taastrup', 'Hørsholm', 'Ikast-Brande', 'Ishøj', 'Jammerbugt', 'Kalundborg',
  'Kerteminde', 'Kolding', 'København', 'Køge', 'Langeland', 'Lejre', 'Lemvig', 'Lolland',
  'Lyngby-Taarbæk', 'Læsø', 'Mariagerfjord', 'Middelfart', 'Morsø', 'Norddjurs', 'Nordfyn', 'Nyborg',
  'Næstved', 'Odder', 'Odense', 'Odsherred', 'Randers', 'Rebild', 'Ringkøbing-Skjern', 'Ringsted',
  'Roskilde', 'Rudersdal', 'Rødovre', 'Samsø', 'Silkeborg', 'Skanderborg', 'Skive', 'Slagelse',
  'Solrød', 'Sorø', 'Stevns', 'Struer', 'Svendborg', 'Syddjurs', 'Sønderborg', 'Thisted', 'Tønder',
  'Tårnby', 'Vallensbæk', 'Varde', 'Vejen', 'Vejle', 'Vesthimmerland', 'Viborg', 'Vordingborg',
  'Ærø', 'Aabenraa', 'Aalborg', 'Aarhus',
] as const;

/** Official names where the genitive is part of it. */
const OFFICIAL: Record<string, string> = {
  København: 'Københavns Kommune',
  Nordfyn: 'Nordfyns Kommune',
  Vesthimmerland: 'Vesthimmerlands Kommune',
  Bornholm: 'Bornholms Regionskommune',
};

export function officialName(name: string): string {
  return OFFICIAL[name] ?? `${name} Kommune`;
}

/** ASCII spellings a host name uses for a municipality: "koege", "koge", "aarhus", "arhus". */
function asciiForms(name: string): string[] {
  const lower = name.toLowerCase();
  const long = lower.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  const short = lower.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
  const forms = new Set([long, short, long.replace(/-/g, ''), short.replace(/-/g, '')]);
  return [...forms];
}

const BY_HOST_LABEL = new Map<string, string>();
const BY_TEXT = new Map<string, string>();
for (const name of NAMES) {
  for (const form of asciiForms(name)) BY_HOST_LABEL.set(form, name);
  BY_TEXT.set(name.toLowerCase(), name);
}
BY_TEXT.set('københavns', 'København');
BY_TEXT.set('nordfyns', 'Nordfyn');
BY_TEXT.set('vesthimmerlands', 'Vesthimmerland');
BY_TEXT.set('bornholms', 'Bornholm');
BY_TEXT.set('århus', 'Aarhus');
BY_HOST_LABEL.set('kk', 'København');
BY_HOST_LABEL.set('rksk', 'Ringkøbing-Skjern');

/** "dagsordener.aarhus.dk" → "Aarhus Kommune". */
export function municipalityFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host.endsWith('.dk')) return null;
  const labels = host.split('.').slice(0, -1).reverse();
  for (const label of labels) {
    const name = BY_HOST_LABEL.get(label);
    if (name) return officialName(name);
  }
  return null;
}

// The word before "Kommune(s)", "Regionskommune" or "Byråd": "Herning Kommune", "Aarhus Byråd".
// "ommune" finds both "Kommune(s)" and "Regionskommune" in one scan; the name before it is checked.
const SUFFIXES = ['ommune', 'Byråd'];
const SAMPLE = 8_000;
const WORD_BEFORE = /([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) (?:K|Regionsk)?$/;

function countIn(line: string, counts: Map<string, number>): void {
  for (const suffix of SUFFIXES) {
    // indexOf finds the few places; the pattern only looks at the 30 characters before each.
    for (let at = line.indexOf(suffix); at >= 0; at = line.indexOf(suffix, at + suffix.length)) {
      const m = WORD_BEFORE.exec(line.slice(Math.max(0, at - 30), at));
      const name = m ? BY_TEXT.get(m[1]!.toLowerCase()) : undefined;
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
}

/** The municipality a text names most often, or null. */
export function municipalityFromText(text: string): string | null {
  const counts = new Map<string, number>();
  // The name shows early (head and first items); the whole text only when it does not.
  countIn(text.length > SAMPLE ? text.slice(0, SAMPLE) : text, counts);
  if (counts.size === 0 && text.length > SAMPLE) countIn(text, counts);
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best ? officialName(best) : null;
}
