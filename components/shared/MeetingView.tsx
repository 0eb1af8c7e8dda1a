/** A meeting with its items: head, warnings, and each item's sections, decisions and attachments. Text only, never HTML. */
import type { ComponentChildren } from 'preact';
import type { AgendaItem, Decision, Meeting } from '../../lib/parse/types';
import { kindLabel, longDate, plural } from './format';
import { safeUrl } from '../../lib/parse/safe-url';

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i} class="para">{p}</p>
      ))}
    </>
  );
}

/** "Beslutning i Beskæftigelsesudvalget, tirsdag den 22. august 2023". */
export function decisionHeading(d: Pick<Decision, 'body' | 'date'>): string {
  return `Beslutning${d.body ? ` i ${d.body}` : ''}${d.date ? `${d.body ? ',' : ''} ${longDate(d.date, { weekday: true })}` : ''}`;
}

/** A link out of the app: only http(s) addresses become links; anything else stays text. */
export function SourceLink({ url, children }: { url: string | null | undefined; children: ComponentChildren }) {
  const href = safeUrl(url);
  return href ? <a href={href} target="_blank" rel="noopener noreferrer">{children}</a> : <>{children}</>;
}

/** "Gå til kilden" in a paragraph of its own where the meeting's address may be a link; else nothing. */
export function SourceLine({ url, look }: { url: string | null; look: string }) {
  return safeUrl(url) ? <p class={look}><SourceLink url={url}>Gå til kilden</SourceLink></p> : null;
}

/** Everything an item holds, below its title: decisions first, then sections, history and attachments. */
export function ItemContent({ item }: { item: AgendaItem }) {
  return (
    <>
      {item.caseNumber && <p class="meta">Sagsnr. {item.caseNumber}</p>}
      {item.decisions.map((d, i) => (
        <section key={`d${i}`} class="decision">
          <h4>{decisionHeading(d)}</h4>
          <Paragraphs text={d.text} />
        </section>
      ))}
      {item.absent.length > 0 && <p class="meta">Fraværende: {item.absent.join(', ')}</p>}
      {item.sections.map((s, i) => (
        <section key={`s${i}`}>
          {s.heading && <h4>{s.heading}</h4>}
          <Paragraphs text={s.text} />
        </section>
      ))}
      {item.history.length > 0 && (
        <section class="history">
          <h4>Tidligere behandling</h4>
          <ul>
            {item.history.map((h, i) => (
              <li key={i}>
                {longDate(h.date, { weekday: true })}: {h.body}
                {h.number !== undefined && `, punkt ${h.number}`}
                {h.text && <Paragraphs text={h.text} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {item.attachments.length > 0 && (
        <section class="attachments">
          <h4>Bilag</h4>
          <ul>
            {item.attachments.map((a, i) => (
              <li key={i}><SourceLink url={a.url}>{a.title}</SourceLink></li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function ItemBadges({ item }: { item: AgendaItem }) {
  return (
    <>
      {item.closed && <span class="badge">Lukket</span>}
      {item.recovered && <span class="badge warn" title="Overskriften manglede; genskabt fra indholdsfortegnelsen">Genskabt</span>}
    </>
  );
}

function ItemView({ item, href }: { item: AgendaItem; href?: string | undefined }) {
  return (
    <details class="item" id={`punkt-${item.number}`}>
      <summary>
        <span class="item-number">{item.number}</span>
        <span class="item-title">{item.title || 'Lukket punkt'}</span>
        <ItemBadges item={item} />
      </summary>
      <ItemContent item={item} />
      {href && <p class="item-link"><a href={href}>Vis punkt {item.number} for sig</a></p>}
    </details>
  );
}

export interface MeetingViewProps {
  meeting: Meeting;
  /** The address of an item's own page, where there is one (the library). */
  itemHref?: (number: number) => string;
}

export function MeetingView({ meeting, itemHref }: MeetingViewProps) {
  return (
    <article class="meeting">
      <header>
        <p class="kicker">{kindLabel(meeting.kind)}{meeting.municipality ? ` · ${meeting.municipality}` : ''}</p>
        <h2 tabIndex={-1}>{meeting.committee}</h2>
        <p class="meta">
          {longDate(meeting.date, { weekday: true })}
          {meeting.startTime && ` kl. ${meeting.startTime}`}
          {meeting.location && ` · ${meeting.location}`}
        </p>
        {meeting.participants.length > 0 && <p class="meta">Deltagere: {meeting.participants.join(', ')}</p>}
        {meeting.absent.length > 0 && <p class="meta">Fraværende: {meeting.absent.join(', ')}</p>}
        <SourceLine url={meeting.sourceUrl} look="meta" />
      </header>
      {meeting.warnings.length > 0 && (
        <aside class="warnings" aria-label="Advarsler fra læsningen">
          <p>{plural(meeting.warnings.length, 'ting', 'ting')} kunne ikke læses helt sikkert:</p>
          <ul>{meeting.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </aside>
      )}
      <p class="meta">{plural(meeting.items.length, 'punkt', 'punkter')}</p>
      {meeting.items.map((item) => <ItemView key={item.number} item={item} href={itemHref?.(item.number)} />)}
    </article>
  );
}
