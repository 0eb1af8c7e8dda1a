/** The Danish lines of the followed committees' status: when a host was checked, what came in, why it failed and when it is tried again. */
import type { HostCheck } from '../../lib/db/watch';
import type { OtherSystem } from '../../lib/sites/firstagenda/hosts';
import { danish } from '../../lib/sites/firstagenda/time';
import { longDate } from '../shared/format';

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** An instant in Danish time: "i dag kl. 14:05", "i går kl. 9:30", "i morgen kl. 08:00", else "14. maj 2026 kl. 12:00". */
export function whenText(ms: number, now: number): string {
  const at = danish(new Date(ms));
  const days = dayNumber(at.date) - dayNumber(danish(new Date(now)).date);
  const day = days === 0 ? 'i dag' : days === -1 ? 'i går' : days === 1 ? 'i morgen' : longDate(at.date);
  return `${day} kl. ${at.time}`;
}

/** What a check brought: "2 nye, 1 ændret", "intet nyt". */
export function newsText(check: Pick<HostCheck, 'created' | 'updated' | 'unreadable'>): string {
  const parts = [
    check.created > 0 && `${check.created} ${check.created === 1 ? 'ny' : 'nye'}`,
    check.updated > 0 && `${check.updated} ${check.updated === 1 ? 'ændret' : 'ændrede'}`,
    check.unreadable > 0 && `${check.unreadable} kunne ikke læses`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(', ') : 'intet nyt';
}

export interface HostStatus {
  text: string;
  failing: boolean;
}

/** The host's status line, from its last check (none: not checked yet). */
export function hostStatus(check: HostCheck | undefined, now: number): HostStatus {
  if (!check || (check.checkedAt === null && check.problem === null)) return { text: 'Ikke tjekket endnu.', failing: false };
  if (check.problem !== null) {
    const next = check.client.nextTryAt;
    const again = next !== null && next > now ? `Prøves igen ${whenText(next, now)}.` : 'Prøves igen ved næste tjek.';
    return { text: `${check.problem} ${again}`, failing: true };
  }
  return { text: `Tjekket ${whenText(check.checkedAt!, now)}: ${newsText(check)}.`, failing: false };
}

/** "Udvidelsen tjekkede sidst i dag kl. 12:00." from the latest check of any host; null before the first. */
export function lastCheckedText(checks: readonly HostCheck[], now: number): string | null {
  const last = Math.max(...checks.map((c) => c.checkedAt ?? -Infinity));
  return Number.isFinite(last) ? `Udvidelsen tjekkede sidst ${whenText(last, now)}.` : null;
}

/** "hver 4. time" for the interval setting. */
export function intervalLabel(hours: number): string {
  return hours === 1 ? 'hver time' : hours === 24 ? 'en gang i døgnet' : `hver ${hours}. time`;
}

/** The publishing system of a municipality that cannot be followed, as the chooser names it. */
export function systemName(system: OtherSystem): string {
  switch (system) {
    case 'own':
      return 'egen hjemmeside';
    case 'meetingsplus':
      return 'Meetings+';
    case 'aabendagsorden':
      return 'Åben Dagsorden';
    case 'sbsys-umbraco':
      return 'SBSYS';
    case 'kk-drupal':
      return 'Københavns egen side';
    case 'edoc-dynamicweb':
      return 'eDoc';
    case 'unknown':
      return 'ukendt system';
  }
}
