/**
 * The toolbar popup: what the current tab holds (a recognised meeting page, a
 * PDF, or neither) with a save button, the last saved meetings, and the way to
 * the library. Extension APIs come in through `PopupApi`, so this stays plain UI.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { LibraryDb, MeetingSource } from '../../lib/db/schema';
import { meetingFrom, recentlySaved } from '../../lib/db/meetings';
import { savedStatus, type SavedState } from '../../lib/db/status';
import { PAGE_UNREADABLE, type PageState, type SaveResponse } from '../../lib/messages';
import type { Meeting, ParseResult } from '../../lib/parse/types';
import { isPdfUrl } from '../../lib/sites/pdf-url';
import { kindLabel, longDate, plural } from '../shared/format';
import { meetingHash } from '../shared/routes';
import { saveDocument } from '../shared/save-document';
import { savedText } from '../shared/save-result';
import { useLiveQuery } from '../shared/use-live-query';
import type { WatchApi } from '../watch/api';
import { FollowCommittee } from '../watch/FollowCommittee';

export interface PopupTab {
  id: number;
  url: string | null;
}

export interface PopupApi {
  db: LibraryDb;
  /** The tab the popup is about; null when there is none (or it cannot be read). */
  tab: PopupTab | null;
  /** The content script's answer, or null when no content script answered (not a municipal page). */
  pageState(tabId: number): Promise<PageState | null>;
  /** Runs the page parser in the tab, for a page that was recognised but not parsed yet. */
  parsePage(tabId: number): Promise<ParseResult>;
  fetchBytes(url: string): Promise<Uint8Array>;
  save(meeting: Meeting, source: MeetingSource): Promise<SaveResponse | undefined>;
  /** Opens the library page at a route ("" for the list). */
  openLibrary(hash: string): void;
  /** Follows the committee of a FirstAgenda meeting page. */
  watch?: WatchApi;
}

type TabView =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'pdf'; url: string }
  | { kind: 'unrecognised' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'pending' }
  | { kind: 'meeting'; meeting: Meeting; saved: SavedState };

type Action =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string; meetingId: string }
  | { kind: 'error'; text: string };

/** One Danish line for the background's answer to a save. */
export function saveResultText(response: SaveResponse | undefined, kind: Meeting['kind'] = 'referat'): string {
  if (!response) return 'Referatet kunne ikke gemmes, fordi udvidelsen ikke svarede. Prøv igen.';
  return response.ok ? savedText(response.status, response.itemCount, kind) : response.error;
}

/** "referat.pdf" from the address, for the parser's file-kind guess. */
function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || 'dokument.pdf');
  } catch {
    return 'dokument.pdf';
  }
}

function LibraryLink({ api, hash, children }: { api: PopupApi; hash: string; children: ComponentChildren }) {
  return (
    <a
      href={`library.html${hash}`}
      onClick={(e) => {
        e.preventDefault();
        api.openLibrary(hash);
      }}
    >
      {children}
    </a>
  );
}

function ActionStatus({ api, action }: { api: PopupApi; action: Action }) {
  return (
    <div aria-live="polite" class="popup-status">
      {action.kind === 'busy' && <p class="status">{action.text}</p>}
      {action.kind === 'error' && <p class="status error" role="alert">{action.text}</p>}
      {action.kind === 'done' && (
        <p class="status done">
          {action.text} · <LibraryLink api={api} hash={meetingHash(action.meetingId)}>Vis i biblioteket</LibraryLink>
        </p>
      )}
    </div>
  );
}

function useTabView(api: PopupApi): TabView {
  const [view, setView] = useState<TabView>({ kind: 'loading' });
  useEffect(() => {
    const tab = api.tab;
    if (!tab) {
      setView({ kind: 'none' });
      return;
    }
    // A PDF viewer runs no content script: the address alone decides.
    if (isPdfUrl(tab.url)) {
      setView({ kind: 'pdf', url: tab.url! });
      return;
    }
    let live = true;
    void api.pageState(tab.id).then((state) => {
      if (!live) return;
      if (!state || !state.recognised) setView({ kind: 'unrecognised' });
      else if (!state.parsed) setView(state.reason ? { kind: 'unreadable', reason: state.reason } : { kind: 'pending' });
      else setView({ kind: 'meeting', meeting: state.meeting, saved: state.saved });
    });
    return () => {
      live = false;
    };
  }, [api]);
  return view;
}

function MeetingSummary({ meeting }: { meeting: Meeting }) {
  return (
    <div class="popup-meeting">
      <p class="kicker">{kindLabel(meeting.kind)}{meeting.municipality ? ` · ${meeting.municipality}` : ''}</p>
      <p class="committee">{meeting.committee}</p>
      <p class="meta">{longDate(meeting.date)} · {plural(meeting.items.length, 'punkt', 'punkter')}</p>
    </div>
  );
}

function PageMeeting({ api, meeting, saved: initial }: { api: PopupApi; meeting: Meeting; saved: SavedState }) {
  const [action, setAction] = useState<Action>({ kind: 'idle' });
  // The content script's answer may be older than the library: read the saved state live.
  const status = useLiveQuery(() => savedStatus(api.db, meeting), [api.db, meeting]);
  const saved = status.status === 'ready' ? status.value.state : initial;
  const savedId = status.status === 'ready' ? status.value.meetingId : null;

  async function save() {
    setAction({ kind: 'busy', text: 'Gemmer…' });
    const response = await api.save(meeting, 'page').catch(() => undefined);
    setAction(response?.ok ? { kind: 'done', text: saveResultText(response, meeting.kind), meetingId: response.meetingId } : { kind: 'error', text: saveResultText(response, meeting.kind) });
  }

  const label = saved === 'more' ? 'Opdater' : meeting.kind === 'referat' ? 'Gem referat' : 'Gem dagsorden';
  return (
    <>
      <MeetingSummary meeting={meeting} />
      {action.kind === 'idle' && saved === 'saved' && savedId && (
        <p class="status done">
          Allerede gemt · <LibraryLink api={api} hash={meetingHash(savedId)}>Vis i biblioteket</LibraryLink>
        </p>
      )}
      {action.kind === 'idle' && saved === 'more' && <p class="hint">Siden rummer mere end det, der er gemt.</p>}
      {(saved !== 'saved' || action.kind === 'busy') && action.kind !== 'done' && (
        <button type="button" class="button" disabled={action.kind === 'busy'} onClick={() => void save()}>
          {label}
        </button>
      )}
      <ActionStatus api={api} action={action} />
      <FollowCommittee db={api.db} api={api.watch} url={api.tab?.url ?? meeting.sourceUrl} committee={meeting.committee} />
    </>
  );
}

function PendingPage({ api, tabId }: { api: PopupApi; tabId: number }) {
  const [parsed, setParsed] = useState<TabView | null>(null);
  async function read() {
    setParsed({ kind: 'loading' });
    const result = await api.parsePage(tabId).catch((): ParseResult => ({ ok: false, reason: PAGE_UNREADABLE }));
    if (!result.ok) setParsed({ kind: 'unreadable', reason: result.reason });
    else setParsed({ kind: 'meeting', meeting: result.meeting, saved: (await savedStatus(api.db, result.meeting)).state });
  }
  if (parsed?.kind === 'meeting') return <PageMeeting api={api} meeting={parsed.meeting} saved={parsed.saved} />;
  return (
    <>
      <p>Siden ligner et referat eller en dagsorden.</p>
      <button type="button" class="button" disabled={parsed?.kind === 'loading'} onClick={() => void read()}>
        Læs siden
      </button>
      <div aria-live="polite" class="popup-status">
        {parsed?.kind === 'loading' && <p class="status">Læser siden…</p>}
        {parsed?.kind === 'unreadable' && <p class="status error" role="alert">{parsed.reason}</p>}
      </div>
    </>
  );
}

function PdfTab({ api, url }: { api: PopupApi; url: string }) {
  const [action, setAction] = useState<Action>({ kind: 'idle' });
  const known = useLiveQuery(() => meetingFrom(api.db, url), [api.db, url]);
  const savedBefore = known.status === 'ready' ? known.value : undefined;

  async function save() {
    setAction({ kind: 'busy', text: 'Henter PDF-filen…' });
    let bytes: Uint8Array;
    try {
      bytes = await api.fetchBytes(url);
    } catch {
      setAction({
        kind: 'error',
        text: url.startsWith('file:')
          ? 'En PDF fra din computer kan ikke hentes herfra; brug "Tilføj en fil" i biblioteket.'
          : 'PDF-filen kunne ikke hentes. Tjek forbindelsen, og prøv igen.',
      });
      return;
    }
    setAction({ kind: 'busy', text: 'Læser PDF-filen…' });
    const outcome = await saveDocument(async () => ({ bytes, name: fileName(url), url }), {
      unreadable: 'PDF-filen kunne ikke læses.',
      onSaving: () => setAction({ kind: 'busy', text: 'Gemmer…' }),
      async save(meeting) {
        const response = await api.save(meeting, 'pdf').catch(() => undefined);
        return response?.ok ? response : { ok: false, message: saveResultText(response, meeting.kind) };
      },
    });
    setAction(
      outcome.ok
        ? { kind: 'done', text: savedText(outcome.status, outcome.itemCount, outcome.kind), meetingId: outcome.meetingId }
        : { kind: 'error', text: outcome.message },
    );
  }

  return (
    <>
      <p>Fanen viser en PDF-fil.</p>
      {savedBefore && action.kind === 'idle' && (
        <p class="status done">
          Allerede gemt: {savedBefore.committee}, {longDate(savedBefore.date)} ·{' '}
          <LibraryLink api={api} hash={meetingHash(savedBefore.id)}>Vis i biblioteket</LibraryLink>
        </p>
      )}
      <button type="button" class="button" disabled={action.kind === 'busy'} onClick={() => void save()}>
        Gem referat (PDF)
      </button>
      <ActionStatus api={api} action={action} />
    </>
  );
}

function CurrentTab({ api }: { api: PopupApi }) {
  const view = useTabView(api);
  switch (view.kind) {
    case 'loading':
      return <p class="status">Ser på siden…</p>;
    case 'none':
      return <p>Der er ingen side at gemme i denne fane.</p>;
    case 'pdf':
      return <PdfTab api={api} url={view.url} />;
    case 'unrecognised':
      return (
        <>
          <p class="not-recognised">Siden er ikke genkendt som et referat eller en dagsorden.</p>
          <p class="hint">Åbn et møde på kommunens hjemmeside, eller en PDF med referatet.</p>
        </>
      );
    case 'unreadable':
      return <p class="status error" role="alert">{view.reason}</p>;
    case 'pending':
      return <PendingPage api={api} tabId={api.tab!.id} />;
    case 'meeting':
      return <PageMeeting api={api} meeting={view.meeting} saved={view.saved} />;
  }
}

function RecentMeetings({ api }: { api: PopupApi }) {
  const recent = useLiveQuery(() => recentlySaved(api.db, 5), [api.db]);
  if (recent.status !== 'ready') return null;
  return (
    <section class="recent" aria-labelledby="seneste">
      <h2 id="seneste">Senest gemt</h2>
      {recent.value.length === 0 ? (
        <p class="hint">Intet gemt endnu.</p>
      ) : (
        <ul>
          {recent.value.map((m) => (
            <li key={m.id}>
              <LibraryLink api={api} hash={meetingHash(m.id)}>{m.committee}</LibraryLink>
              <span class="meta"> {[m.municipality, longDate(m.date)].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Popup({ api }: { api: PopupApi }) {
  return (
    <div class="popup">
      <header>
        <h1>Referat</h1>
      </header>
      <main>
        <section class="current" aria-label="Denne fane">
          <CurrentTab api={api} />
        </section>
        <RecentMeetings api={api} />
        <p class="open-library">
          <LibraryLink api={api} hash="">Åbn biblioteket</LibraryLink>
        </p>
      </main>
    </div>
  );
}
