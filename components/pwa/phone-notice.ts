/**
 * What the web app tells an iPhone or iPad user. Safari may delete the storage of a site
 * that has not been opened for 7 days, unless the site is on the home screen: so in
 * Safari (not from the home screen) the app says so once, with how to add it; and it
 * reminds her when no transfer has come from the extension for 7 days.
 */
import type { PhoneNoticeState, Received } from '../../lib/db/transfer';

export const REMIND_AFTER_DAYS = 7;
const DAY = 86_400_000;

/** An iPhone, iPod or iPad (which since iPadOS 13 says it is a Mac, but has a touch screen). */
export function isIos(userAgent: string, maxTouchPoints: number): boolean {
  return /\b(iPhone|iPad|iPod)\b/.test(userAgent) || (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1);
}

export type PhoneNotice =
  | { kind: 'none' }
  /** Safari may delete the library: add the app to the home screen. */
  | { kind: 'home-screen' }
  /** No transfer for `days` days. */
  | { kind: 'remind'; days: number; receivedAt: number };

export interface PhoneContext {
  ios: boolean;
  /** Opened from the home screen (`navigator.standalone`, or the standalone display mode). */
  standalone: boolean;
  state: PhoneNoticeState;
  received: Received | null;
  now: number;
}

/** The one notice to show now, the home screen first. */
export function phoneNotice({ ios, standalone, state, received, now }: PhoneContext): PhoneNotice {
  if (!ios) return { kind: 'none' };
  if (!standalone && state.introClosedAt === null) return { kind: 'home-screen' };
  if (!received) return { kind: 'none' };
  // Reminded again a week after the last transfer, or after the last reminder was put away.
  const since = Math.max(received.receivedAt, state.reminderClosedAt ?? -Infinity);
  if (now - since < REMIND_AFTER_DAYS * DAY) return { kind: 'none' };
  return { kind: 'remind', days: Math.floor((now - received.receivedAt) / DAY), receivedAt: received.receivedAt };
}

/** "Det er 9 dage siden, …": the reminder's sentence. */
export function reminderText(days: number): string {
  return `Det er ${days} dage siden, der sidst kom møder fra udvidelsen. Brug «Send til telefonen» i udvidelsens bibliotek, og åbn filen her, så har du de nye møder med.`;
}

/** The state after the user closed `notice`. */
export function closed(notice: PhoneNotice, state: PhoneNoticeState, now: number): PhoneNoticeState {
  if (notice.kind === 'home-screen') return { ...state, introClosedAt: now };
  if (notice.kind === 'remind') return { ...state, reminderClosedAt: now };
  return state;
}
