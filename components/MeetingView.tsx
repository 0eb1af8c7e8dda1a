/** A meeting with its items: head, warnings, and each item's sections, decisions and attachments. Text only, never HTML. */
import type { AgendaItem, Meeting } from '../lib/parse/types';
import { kindLabel, longDate, plural } from './format';

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i} class="para">{p}</p>
      ))}
    </>
  );
}

function ItemView({ item }: { item: AgendaItem }) {
  return (
    <details class="item" id={`punkt-${item.number}`}>
      <summary>
        <span class="item-number">{item.number}</span>
        <span class="item-title">{item.title || 'Lukket punkt'}</span>
        {item.closed && <span class="badge">Lukket</span>}
        {item.recovered && <span class="badge warn" title="Overskriften manglede; genskabt fra indholdsfortegnelsen">Genskabt</span>}
      </summary>
      {item.caseNumber && <p class="meta">Sagsnr. {item.caseNumber}</p>}
      {item.decisions.map((d, i) => (
        <section key={`d${i}`} class="decision">
          <h4>{d.body || d.date ? `Beslutning${d.body ? ` i ${d.body}` : ''}${d.date ? ` den ${longDate(d.date)}` : ''}` : 'Beslutning'}</h4>
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
        <section>
          <h4>Tidligere behandling</h4>
          <ul>
            {item.history.map((h, i) => (
              <li key={i}>
                {longDate(h.date)}: {h.body}
                {h.number !== undefined && `, punkt ${h.number}`}
                {h.text && <Paragraphs text={h.text} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {item.attachments.length > 0 && (
        <section>
          <h4>Bilag</h4>
          <ul>
            {item.attachments.map((a, i) => (
              <li key={i}>{a.url ? <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title}</a> : a.title}</li>
            ))}
          </ul>
        </section>
      )}
    </details>
  );
}

export function MeetingView({ meeting }: { meeting: Meeting }) {
  return (
    <article class="meeting">
      <header>
        <p class="kicker">{kindLabel(meeting.kind)}{meeting.municipality ? ` · ${meeting.municipality}` : ''}</p>
        <h2>{meeting.committee}</h2>
        <p class="meta">
          {longDate(meeting.date)}
          {meeting.startTime && ` kl. ${meeting.startTime}`}
          {meeting.location && ` · ${meeting.location}`}
        </p>
        {meeting.participants.length > 0 && <p class="meta">Deltagere: {meeting.participants.join(', ')}</p>}
        {meeting.absent.length > 0 && <p class="meta">Fraværende: {meeting.absent.join(', ')}</p>}
        {meeting.sourceUrl && /^https?:/.test(meeting.sourceUrl) && (
          <p class="meta"><a href={meeting.sourceUrl} target="_blank" rel="noopener noreferrer">Åbn kilden</a></p>
        )}
      </header>
      {meeting.warnings.length > 0 && (
        <aside class="warnings" aria-label="Advarsler fra læsningen">
          <p>{plural(meeting.warnings.length, 'ting', 'ting')} kunne ikke læses helt sikkert:</p>
          <ul>{meeting.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </aside>
      )}
      <p class="meta">{plural(meeting.items.length, 'punkt', 'punkter')}</p>
      {meeting.items.map((item) => <ItemView key={item.number} item={item} />)}
    </article>
  );
}
