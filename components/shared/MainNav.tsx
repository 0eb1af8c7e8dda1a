/** The main menu, Møder · Kommende · Emner · Udvalg · Søg · Overfør; the current section is marked for screen readers too. */
import { useEffect, useRef } from 'preact/hooks';
import { COMMITTEES_HASH, MEETINGS_HASH, SEARCH_HASH, TOPICS_HASH, TRANSFER_HASH, UPCOMING_HASH, type Route } from './routes';

export type Section = 'meetings' | 'upcoming' | 'topics' | 'committees' | 'search' | 'transfer';

export function sectionOf(route: Route): Section {
  if (route.view === 'topics' || route.view === 'topic' || route.view === 'thread') return 'topics';
  if (route.view === 'search') return 'search';
  if (route.view === 'committees') return 'committees';
  if (route.view === 'upcoming') return 'upcoming';
  return 'meetings';
}

export interface MainNavProps {
  current: Section;
  /** "Overfør": the web app's import and export, the extension's sending to the phone. */
  withTransfer?: boolean;
  /** The library page's row, or the web app's tabs (one row on a 390 px phone). */
  look?: 'main-nav' | 'tabs';
}

export function MainNav({ current, withTransfer = false, look = 'main-nav' }: MainNavProps) {
  const nav = useRef<HTMLElement>(null);
  // On a narrow screen the row scrolls sideways: the current entry is brought into it (not the page: no scrollIntoView).
  useEffect(() => {
    const row = nav.current;
    const here = row?.querySelector<HTMLElement>('[aria-current=page]');
    if (!row || !here || row.scrollWidth <= row.clientWidth) return;
    const [box, link] = [row.getBoundingClientRect(), here.getBoundingClientRect()];
    if (link.left < box.left || link.right > box.right) row.scrollLeft += link.left - box.left - (box.width - link.width) / 2;
  }, [current]);
  const link = (section: Section, href: string, label: string) => (
    <a href={href} aria-current={current === section ? 'page' : undefined}>{label}</a>
  );
  return (
    <nav ref={nav} class={look} aria-label="Hovedmenu">
      {link('meetings', MEETINGS_HASH, 'Møder')}
      {link('upcoming', UPCOMING_HASH, 'Kommende')}
      {link('topics', TOPICS_HASH, 'Emner')}
      {link('committees', COMMITTEES_HASH, 'Udvalg')}
      {link('search', SEARCH_HASH, 'Søg')}
      {withTransfer && link('transfer', TRANSFER_HASH, 'Overfør')}
    </nav>
  );
}
