/** The web app's word to an iPhone or iPad user (phone-notice.ts): add the app to the home screen, or time for a new transfer. */
import type { LibraryDb } from '../../lib/db/schema';
import { lastReceived, phoneNoticeState, setPhoneNoticeState } from '../../lib/db/transfer';
import { useLiveQuery } from '../shared/use-live-query';
import { lastReceivedText } from '../transfer/texts';
import { closed, isIos, phoneNotice, reminderText } from './phone-notice';

const standalone = () =>
  (navigator as Navigator & { standalone?: boolean }).standalone === true || matchMedia('(display-mode: standalone)').matches;

export function PhoneNotice({ db, ios = isIos(navigator.userAgent, navigator.maxTouchPoints) }: { db: LibraryDb; ios?: boolean }) {
  const live = useLiveQuery(() => Promise.all([phoneNoticeState(db), lastReceived(db)]), [db]);
  if (!ios || live.status !== 'ready') return null;
  const [state, received] = live.value;
  const now = Date.now();
  const notice = phoneNotice({ ios, standalone: standalone(), state, received, now });
  if (notice.kind === 'none') return null;
  const close = () => void setPhoneNoticeState(db, closed(notice, state, Date.now())).catch(() => {});
  return (
    <section class="phone-notice" aria-labelledby="telefon-besked">
      {notice.kind === 'home-screen' ? (
        <>
          <h2 id="telefon-besked">Føj Referat til hjemmeskærmen</h2>
          <p>
            Safari kan slette det, du har gemt her, hvis du ikke åbner Referat i 7 dage. Ligger Referat på hjemmeskærmen, bliver
            det liggende:
          </p>
          <ol>
            <li>Tryk på Del-knappen (firkanten med en pil op) nederst i Safari.</li>
            <li>Vælg <strong>Føj til hjemmeskærm</strong>, og tryk på <strong>Tilføj</strong>.</li>
            <li>Åbn Referat fra hjemmeskærmen fremover.</li>
          </ol>
        </>
      ) : (
        <>
          <h2 id="telefon-besked">Tid til en ny overførsel</h2>
          <p>{reminderText(notice.days)}</p>
        </>
      )}
      <p class="meta">{lastReceivedText(received?.receivedAt ?? null, now)}</p>
      <button type="button" class="button" onClick={close}>
        {notice.kind === 'home-screen' ? 'Forstået' : 'Påmind mig om en uge'}
      </button>
    </section>
  );
}
