/** The Danish lines of a transfer to the phone: what a file holds, when the last one went or came, and the file's name. */
import type { Bundle } from '../../lib/sync/bundle';
import { danish } from '../../lib/sites/firstagenda/time';
import { longDate, plural } from '../shared/format';

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A past moment in Danish time: "i dag kl. 14:05", "i går kl. 09:30", "3. maj" this year, else "3. maj 2025". */
export function sinceText(ms: number, now: number): string {
  const at = danish(new Date(ms));
  const today = danish(new Date(now)).date;
  const days = dayNumber(today) - dayNumber(at.date);
  if (days === 0) return `i dag kl. ${at.time}`;
  if (days === 1) return `i går kl. ${at.time}`;
  const date = longDate(at.date);
  return at.date.slice(0, 4) === today.slice(0, 4) ? date.replace(/ \d{4}$/, '') : date;
}

/** "a", "a og b", "a, b og c". */
function listText(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}`;
}

/**
 * What a file to the phone holds: "12 møder ændret siden 3. maj, 2 emner og 1 fulgt udvalg.",
 * "Ingen møder ændret siden i dag kl. 14:05; 2 emner." or, the first time, "Hele biblioteket: 40 møder og 2 emner."
 */
export function transferText(bundle: Pick<Bundle, 'meetings' | 'topics' | 'committees'>, since: number | null, now: number): string {
  const count = bundle.meetings.length;
  const committees = bundle.committees?.length ?? 0;
  const more = [
    ...(bundle.topics.length > 0 ? [plural(bundle.topics.length, 'emne', 'emner')] : []),
    ...(committees > 0 ? [plural(committees, 'fulgt udvalg', 'fulgte udvalg')] : []),
  ];
  if (since === null) return `Hele biblioteket: ${listText([plural(count, 'møde', 'møder'), ...more])}.`;
  const changed = `${count === 0 ? 'Ingen møder' : plural(count, 'møde', 'møder')} ændret siden ${sinceText(since, now)}`;
  return count === 0 && more.length > 0 ? `${changed}; ${listText(more)}.` : `${listText([changed, ...more])}.`;
}

/** "Sidst sendt i går kl. 18:30." or that nothing was sent yet. */
export function lastSentText(sent: number | null, now: number): string {
  return sent === null ? 'Du har ikke sendt noget til telefonen endnu: første gang kommer hele biblioteket med.' : `Sidst sendt ${sinceText(sent, now)}.`;
}

/** "Sidste overførsel kom ind i dag kl. 14:05." or that none came yet. */
export function lastReceivedText(receivedAt: number | null, now: number): string {
  return receivedAt === null ? 'Der er ikke kommet nogen overførsel fra udvidelsen endnu.' : `Sidste overførsel kom ind ${sinceText(receivedAt, now)}.`;
}

/** "referat-til-telefonen-2025-05-03-1405.json", local time: several a day keep apart. */
export function transferFileName(now: Date): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString();
  return `referat-til-telefonen-${local.slice(0, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}.json`;
}
