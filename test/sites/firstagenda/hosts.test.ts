/** The built-in municipality list holds to test/fixtures/firstagenda-api/hosts.json. */
import { describe, expect, it } from 'vitest';
import { FIRSTAGENDA_HOSTS, OTHER_SYSTEMS, municipalityOfHost } from '../../../lib/sites/firstagenda/hosts';
import { fixtureText } from '../../helpers/fixtures';

interface HostsJson {
  firstagenda: { municipality: string; host: string }[];
  other: { municipality: string; system: string; host?: string }[];
}
const json = JSON.parse(fixtureText('firstagenda-api/hosts.json')) as HostsJson;
/** The two names hosts.json writes otherwise than the app. */
const OFFICIAL: Record<string, string> = { 'Bornholm Kommune': 'Bornholms Regionskommune', 'København Kommune': 'Københavns Kommune' };
const official = (name: string) => OFFICIAL[name] ?? name;

describe('the municipality list', () => {
  it('has the 88 FirstAgenda hosts of hosts.json, in its order', () => {
    expect(FIRSTAGENDA_HOSTS).toEqual(json.firstagenda.map((h) => ({ municipality: official(h.municipality), host: h.host })));
    expect(FIRSTAGENDA_HOSTS.length).toBe(88);
    expect(new Set(FIRSTAGENDA_HOSTS.map((h) => h.host)).size).toBe(88);
  });

  it('has the 10 municipalities on other systems', () => {
    expect(OTHER_SYSTEMS).toEqual(json.other.map((o) => ({ municipality: official(o.municipality), system: o.system, host: o.host ?? null })));
    expect(OTHER_SYSTEMS.map((o) => o.municipality)).toEqual([
      'Aalborg Kommune', 'Billund Kommune', 'Frederikssund Kommune', 'Glostrup Kommune', 'Hedensted Kommune',
      'Ishøj Kommune', 'Københavns Kommune', 'Norddjurs Kommune', 'Ringkøbing-Skjern Kommune', 'Syddjurs Kommune',
    ]);
  });

  it('names all 98 municipalities once', () => {
    const names = [...FIRSTAGENDA_HOSTS, ...OTHER_SYSTEMS].map((h) => h.municipality);
    expect(new Set(names).size).toBe(98);
    expect(names.filter((n) => !/ (Regions)?[Kk]ommune$/.test(n))).toEqual([]);
  });

  it('finds the municipality of a host, also where the host name does not say it', () => {
    expect(municipalityOfHost('dagsordener-referater.hvidovre.dk')).toBe('Hvidovre Kommune');
    expect(municipalityOfHost('Dagsordener.HTK.dk.')).toBe('Høje-Taastrup Kommune');
    expect(municipalityOfHost('dagsordener.rk.dk:443')).toBe('Rødovre Kommune');
    expect(municipalityOfHost('dagsordener.bornholm.dk')).toBe('Bornholms Regionskommune');
    expect(municipalityOfHost('billund.meetingsplus.dk')).toBe(null);
    expect(municipalityOfHost('127.0.0.1:8080')).toBe(null);
  });
});
