/**
 * The built-in municipality list for following committees: the 88 municipalities that publish
 * with FirstAgenda Publication and their hosts, and the 10 that use other systems (which cannot
 * be followed). Copied from test/fixtures/firstagenda-api/hosts.json (a third party's probe in
 * 2026; hosts move, so a host that fails says so in its status line rather than vanishing).
 * Names are the app's official names ("Bornholms Regionskommune", "Københavns Kommune", where
 * hosts.json says "Bornholm Kommune" and "København Kommune"), so a meeting read from the API
 * lands on the same municipality as one saved from its page. test/sites/firstagenda/hosts.test.ts
 * holds this list to the fixture.
 */
import { municipalityFromUrl } from '../../parse/text/municipalities';

export interface FirstAgendaHost {
  municipality: string;
  /** Host name, https: "dagsordener.aarhus.dk". */
  host: string;
}

/** Publishing systems of the other ten, as hosts.json names them. */
export type OtherSystem = 'own' | 'meetingsplus' | 'aabendagsorden' | 'sbsys-umbraco' | 'kk-drupal' | 'edoc-dynamicweb' | 'unknown';

export interface OtherMunicipality {
  municipality: string;
  system: OtherSystem;
  host: string | null;
}

export const FIRSTAGENDA_HOSTS: readonly FirstAgendaHost[] = [
  { municipality: 'Aabenraa Kommune', host: 'dagsordener.aabenraa.dk' },
  { municipality: 'Aarhus Kommune', host: 'dagsordener.aarhus.dk' },
  { municipality: 'Albertslund Kommune', host: 'dagsordner.albertslund.dk' },
  { municipality: 'Allerød Kommune', host: 'dagsordener.alleroed.dk' },
  { municipality: 'Assens Kommune', host: 'dagsorden.assens.dk' },
  { municipality: 'Ballerup Kommune', host: 'dagsorden.ballerup.dk' },
  { municipality: 'Bornholms Regionskommune', host: 'dagsordener.bornholm.dk' },
  { municipality: 'Brøndby Kommune', host: 'dagsordener.brondby.dk' },
  { municipality: 'Brønderslev Kommune', host: 'dagsordener.bronderslev.dk' },
  { municipality: 'Dragør Kommune', host: 'dagsordener.dragoer.dk' },
  { municipality: 'Egedal Kommune', host: 'dagsordener.egedalkommune.dk' },
  { municipality: 'Esbjerg Kommune', host: 'dagsordener.esbjergkommune.dk' },
  { municipality: 'Faaborg-Midtfyn Kommune', host: 'dagsordener.fmk.dk' },
  { municipality: 'Fanø Kommune', host: 'dagsordener.fanoe.dk' },
  { municipality: 'Favrskov Kommune', host: 'dagsordener.favrskov.dk' },
  { municipality: 'Faxe Kommune', host: 'dagsordener.faxekommune.dk' },
  { municipality: 'Fredensborg Kommune', host: 'dagsordener.fredensborg.dk' },
  { municipality: 'Fredericia Kommune', host: 'dagsordner.fredericia.dk' },
  { municipality: 'Frederiksberg Kommune', host: 'dagsordener.frederiksberg.dk' },
  { municipality: 'Frederikshavn Kommune', host: 'dagsordener.frederikshavn.dk' },
  { municipality: 'Furesø Kommune', host: 'dagsordener.furesoe.dk' },
  { municipality: 'Gentofte Kommune', host: 'dagsordener.gentofte.dk' },
  { municipality: 'Gladsaxe Kommune', host: 'dagsordener.gladsaxe.dk' },
  { municipality: 'Greve Kommune', host: 'dagsordener.greve.dk' },
  { municipality: 'Gribskov Kommune', host: 'dagsordener.gribskov.dk' },
  { municipality: 'Guldborgsund Kommune', host: 'dagsordener.guldborgsund.dk' },
  { municipality: 'Haderslev Kommune', host: 'dagsordener.haderslev.dk' },
  { municipality: 'Halsnæs Kommune', host: 'dagsorden.halsnaes.dk' },
  { municipality: 'Helsingør Kommune', host: 'dagsordener.helsingor.dk' },
  { municipality: 'Herlev Kommune', host: 'dagsordener.herlev.dk' },
  { municipality: 'Herning Kommune', host: 'dagsordener.herning.dk' },
  { municipality: 'Hillerød Kommune', host: 'dagsordener.hillerod.dk' },
  { municipality: 'Hjørring Kommune', host: 'dagsordener.hjoerring.dk' },
  { municipality: 'Holbæk Kommune', host: 'dagsordener.holbaek.dk' },
  { municipality: 'Holstebro Kommune', host: 'dagsordener.holstebro.dk' },
  { municipality: 'Horsens Kommune', host: 'dagsordener.horsens.dk' },
  { municipality: 'Hvidovre Kommune', host: 'dagsordener-referater.hvidovre.dk' },
  { municipality: 'Høje-Taastrup Kommune', host: 'dagsordener.htk.dk' },
  { municipality: 'Hørsholm Kommune', host: 'dagsordener.horsholm.dk' },
  { municipality: 'Ikast-Brande Kommune', host: 'dagsordener.ikast-brande.dk' },
  { municipality: 'Jammerbugt Kommune', host: 'dagsordener.jammerbugt.dk' },
  { municipality: 'Kalundborg Kommune', host: 'dagsordener.kalundborg.dk' },
  { municipality: 'Kerteminde Kommune', host: 'dagsordener.kerteminde.dk' },
  { municipality: 'Kolding Kommune', host: 'udvalg.kolding.dk' },
  { municipality: 'Køge Kommune', host: 'dagsordener.koege.dk' },
  { municipality: 'Langeland Kommune', host: 'dagsordener.langelandkommune.dk' },
  { municipality: 'Lejre Kommune', host: 'dagsordener.lejre.dk' },
  { municipality: 'Lemvig Kommune', host: 'dagsordener.lemvig.dk' },
  { municipality: 'Lolland Kommune', host: 'dagsordener.lolland.dk' },
  { municipality: 'Lyngby-Taarbæk Kommune', host: 'dagsordener.ltk.dk' },
  { municipality: 'Læsø Kommune', host: 'dagsordener.laesoe.dk' },
  { municipality: 'Mariagerfjord Kommune', host: 'dagsordener.mariagerfjord.dk' },
  { municipality: 'Middelfart Kommune', host: 'dagsordener.middelfart.dk' },
  { municipality: 'Morsø Kommune', host: 'dagsordener.mors.dk' },
  { municipality: 'Nordfyns Kommune', host: 'dagsordener.nordfynskommune.dk' },
  { municipality: 'Nyborg Kommune', host: 'dagsordener.nyborg.dk' },
  { municipality: 'Næstved Kommune', host: 'dagsordener.naestved.dk' },
  { municipality: 'Odder Kommune', host: 'dagsordener.odder.dk' },
  { municipality: 'Odense Kommune', host: 'dagsordener.odense.dk' },
  { municipality: 'Odsherred Kommune', host: 'dagsordener.odsherred.dk' },
  { municipality: 'Randers Kommune', host: 'dagsordener.randers.dk' },
  { municipality: 'Rebild Kommune', host: 'dagsordener.rebild.dk' },
  { municipality: 'Ringsted Kommune', host: 'dagsordener.ringsted.dk' },
  { municipality: 'Roskilde Kommune', host: 'dagsordener.roskilde.dk' },
  { municipality: 'Rudersdal Kommune', host: 'dagsordener.rudersdal.dk' },
  { municipality: 'Rødovre Kommune', host: 'dagsordener.rk.dk' },
  { municipality: 'Samsø Kommune', host: 'dagsorden.samsoe.dk' },
  { municipality: 'Silkeborg Kommune', host: 'dagsordener.silkeborg.dk' },
  { municipality: 'Skanderborg Kommune', host: 'dagsordener.skanderborg.dk' },
  { municipality: 'Skive Kommune', host: 'dagsordener.skive.dk' },
  { municipality: 'Slagelse Kommune', host: 'dagsordener.slagelse.dk' },
  { municipality: 'Solrød Kommune', host: 'dagsordener.solrod.dk' },
  { municipality: 'Sorø Kommune', host: 'dagsordener.soroe.dk' },
  { municipality: 'Stevns Kommune', host: 'dagsordener.stevns.dk' },
  { municipality: 'Struer Kommune', host: 'dagsordener.struer.dk' },
  { municipality: 'Svendborg Kommune', host: 'dagsordener.svendborg.dk' },
  { municipality: 'Sønderborg Kommune', host: 'dagsordener.sonderborgkommune.dk' },
  { municipality: 'Thisted Kommune', host: 'dagsordener.thisted.dk' },
  { municipality: 'Tårnby Kommune', host: 'dagsordener.taarnby.dk' },
  { municipality: 'Tønder Kommune', host: 'dagsordener.toender.dk' },
  { municipality: 'Vallensbæk Kommune', host: 'dagsordener.vallensbaek.dk' },
  { municipality: 'Varde Kommune', host: 'dagsordener.vardekommune.dk' },
  { municipality: 'Vejen Kommune', host: 'dagsordener.vejen.dk' },
  { municipality: 'Vejle Kommune', host: 'dagsordener.vejle.dk' },
  { municipality: 'Vesthimmerlands Kommune', host: 'dagsordener.vesthimmerland.dk' },
  { municipality: 'Viborg Kommune', host: 'dagsordener.viborg.dk' },
  { municipality: 'Vordingborg Kommune', host: 'dagsordner.vordingborg.dk' },
  { municipality: 'Ærø Kommune', host: 'dagsordener.aeroekommune.dk' },
];

export const OTHER_SYSTEMS: readonly OtherMunicipality[] = [
  { municipality: 'Aalborg Kommune', system: 'own', host: null },
  { municipality: 'Billund Kommune', system: 'meetingsplus', host: 'billund.meetingsplus.dk' },
  { municipality: 'Frederikssund Kommune', system: 'own', host: null },
  { municipality: 'Glostrup Kommune', system: 'aabendagsorden', host: 'dagsorden.glostrup.dk' },
  { municipality: 'Hedensted Kommune', system: 'sbsys-umbraco', host: null },
  { municipality: 'Ishøj Kommune', system: 'unknown', host: null },
  { municipality: 'Københavns Kommune', system: 'kk-drupal', host: null },
  { municipality: 'Norddjurs Kommune', system: 'meetingsplus', host: 'norddjurs.meetingsplus.dk' },
  { municipality: 'Ringkøbing-Skjern Kommune', system: 'edoc-dynamicweb', host: null },
  { municipality: 'Syddjurs Kommune', system: 'aabendagsorden', host: 'aabendagsorden.syddjurs.dk' },
];

const BY_HOST = new Map(FIRSTAGENDA_HOSTS.map((h) => [h.host, h.municipality]));

/** The municipality of a FirstAgenda host ("dagsordener.htk.dk" → "Høje-Taastrup Kommune"), or null; any case, port or final dot. */
export function municipalityOfHost(host: string): string | null {
  const name = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return BY_HOST.get(name) ?? null;
}

/** The municipality of a page or API address: the host list first (its names are not always in the host name: fmk.dk), then the host name. */
export function municipalityOfUrl(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  return municipalityOfHost(new URL(url).host) ?? municipalityFromUrl(url);
}
