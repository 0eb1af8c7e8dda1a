/** What the web app tells an iPhone user: add it to the home screen (once, in Safari), and a reminder after 7 days without a transfer. */
import { describe, expect, it } from 'vitest';
import { closed, isIos, phoneNotice, reminderText, type PhoneContext } from '../../components/pwa/phone-notice';

const DAY = 86_400_000;
const NOW = Date.parse('2026-05-14T12:00:00+02:00');
const FRESH = { introClosedAt: null, reminderClosedAt: null };
const received = (daysAgo: number) => ({ exportedAt: new Date(NOW - daysAgo * DAY - 60_000).toISOString(), receivedAt: NOW - daysAgo * DAY });
const ctx = (c: Partial<PhoneContext>): PhoneContext => ({ ios: true, standalone: false, state: FRESH, received: null, now: NOW, ...c });

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';

describe('iOS', () => {
  it.each([
    ['an iPhone', IPHONE, 5, true],
    ['an iPad that says it is a Mac', IPAD_AS_MAC, 5, true],
    ['a Mac', IPAD_AS_MAC, 0, false],
    ['an Android phone', ANDROID, 5, false],
  ])('is told apart: %s', (_, ua, touch, ios) => {
    expect(isIos(ua, touch)).toBe(ios);
  });
});

describe('the notice', () => {
  it('says nothing off iOS, whatever the days', () => {
    expect(phoneNotice(ctx({ ios: false, received: received(30) }))).toEqual({ kind: 'none' });
  });

  it('asks Safari users once to add the app to the home screen', () => {
    expect(phoneNotice(ctx({}))).toEqual({ kind: 'home-screen' });
    // Before a reminder too: it is what keeps the library.
    expect(phoneNotice(ctx({ received: received(9) }))).toEqual({ kind: 'home-screen' });
    const after = closed({ kind: 'home-screen' }, FRESH, NOW);
    expect(after).toEqual({ introClosedAt: NOW, reminderClosedAt: null });
    expect(phoneNotice(ctx({ state: after }))).toEqual({ kind: 'none' });
  });

  it('does not ask when the app is opened from the home screen', () => {
    expect(phoneNotice(ctx({ standalone: true }))).toEqual({ kind: 'none' });
  });

  it('reminds after 7 days without a transfer, and again a week after the reminder is put away', () => {
    const state = { introClosedAt: NOW - 20 * DAY, reminderClosedAt: null };
    expect(phoneNotice(ctx({ state, received: received(6) }))).toEqual({ kind: 'none' });
    expect(phoneNotice(ctx({ state, received: { ...received(7), receivedAt: NOW - 7 * DAY + 1 } }))).toEqual({ kind: 'none' });
    expect(phoneNotice(ctx({ state, received: received(7) }))).toEqual({ kind: 'remind', days: 7, receivedAt: NOW - 7 * DAY });
    expect(phoneNotice(ctx({ standalone: true, received: received(9) }))).toEqual({ kind: 'remind', days: 9, receivedAt: NOW - 9 * DAY });
    const later = closed({ kind: 'remind', days: 9, receivedAt: NOW - 9 * DAY }, state, NOW);
    expect(later).toEqual({ introClosedAt: NOW - 20 * DAY, reminderClosedAt: NOW });
    expect(phoneNotice(ctx({ state: later, received: received(9), now: NOW + 6 * DAY }))).toEqual({ kind: 'none' });
    expect(phoneNotice(ctx({ state: later, received: received(9), now: NOW + 7 * DAY }))).toEqual({ kind: 'remind', days: 16, receivedAt: NOW - 9 * DAY });
    // A transfer after the reminder starts the week again.
    expect(phoneNotice(ctx({ state: later, received: received(-1), now: NOW + 7 * DAY }))).toEqual({ kind: 'none' });
  });

  it('does not remind before the first transfer', () => {
    expect(phoneNotice(ctx({ standalone: true, received: null }))).toEqual({ kind: 'none' });
  });

  it('says how long it has been', () => {
    expect(reminderText(9)).toBe(
      'Det er 9 dage siden, der sidst kom møder fra udvidelsen. Brug «Send til telefonen» i udvidelsens bibliotek, og åbn filen her, så har du de nye møder med.',
    );
  });
});
