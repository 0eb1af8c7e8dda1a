/** "Udvidelsen tjekkede sidst i dag kl. 12:00." in the web app, which gets what the extension checked through the bridge or a bundle. */
import type { HostCheck } from '../../lib/db/watch';
import { lastCheckedText } from './status';

export function LastChecked({ checks }: { checks: readonly HostCheck[] }) {
  const text = lastCheckedText(checks, Date.now());
  return <p class="meta last-checked">{text ?? 'Udvidelsen har ikke tjekket udvalgene endnu.'}</p>;
}
