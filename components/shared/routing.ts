/** Hash routing for the library and the web app, and moving focus to the new view's heading after a navigation. */
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './routes';

let focusPending = false;

export function useHashRoute(): Route {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => {
      focusPending = true;
      setHash(location.hash);
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    // The hash may have changed between the first render and this subscription.
    setHash(location.hash);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}

/**
 * After a navigation (not on the first load), keyboard and screen reader users
 * land on the new view's heading instead of the link they left behind.
 */
export function useArrivalFocus(ready: boolean): void {
  useEffect(() => {
    if (!ready || !focusPending) return;
    focusPending = false;
    document.querySelector<HTMLElement>('main h2')?.focus();
  }, [ready]);
}
