/** The in-page save button and what it does with the background's answers (linkedom documents). */
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../lib/parse/node';
import type { Meeting } from '../../lib/parse/types';
import { NO_ANSWER, SaveButtonController, type Send } from '../../components/save-button/controller';
import { buttonLabel } from '../../components/save-button/labels';
import { HOST_TAG } from '../../components/save-button/save-button';

const meeting = (kind: Meeting['kind'], items = 3): Meeting => ({
  kind, municipality: 'Aarhus Kommune', committee: 'Aarhus Byråd', date: '2025-10-08', startTime: '16:00', location: null,
  participants: [], absent: [], sourceUrl: null, warnings: [],
  items: Array.from({ length: items }, (_, i) => ({
    number: i + 1, title: `Punkt ${i + 1}`, caseNumber: null, closed: false, recovered: false, sections: [], decisions: [],
    attachments: [], history: [], absent: [], references: [],
  })),
});

const parsed = (m: Meeting, state: 'unsaved' | 'saved' | 'more' = 'unsaved') => ({ ok: true, meeting: m, status: { state, meetingId: null } });

function setup(send: Send = async () => undefined) {
  const doc = nodeEnvironment.parseHtml('<html><head><style>button{display:none!important}</style></head><body><p>Side</p></body></html>');
  const sent: unknown[] = [];
  const controller = new SaveButtonController(doc, (m) => {
    sent.push(m);
    return send(m);
  });
  const host = () => doc.querySelector(HOST_TAG) as HTMLElement | null;
  const root = () => host()!.shadowRoot!;
  const button = () => root().querySelector('button.save') as HTMLButtonElement;
  const status = () => root().querySelector('.status') as HTMLElement;
  const Event = (doc.defaultView as unknown as typeof globalThis).Event;
  /** A click as the browser delivers the user's own (mouse, or Enter/Space on the focused button): trusted. */
  const trusted = (target: Element) => {
    const event = new Event('click');
    Object.defineProperty(event, 'isTrusted', { value: true });
    target.dispatchEvent(event);
  };
  const click = () => trusted(button());
  return { doc, controller, sent, host, root, button, status, click, trusted, Event };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('labels', () => {
  it('are the Danish texts of each state', () => {
    expect(buttonLabel({ kind: 'save', meeting: 'referat' })).toBe('Gem referat');
    expect(buttonLabel({ kind: 'save', meeting: 'dagsorden' })).toBe('Gem dagsorden');
    expect(buttonLabel({ kind: 'saving' })).toBe('Gemmer…');
    expect(buttonLabel({ kind: 'saved', itemCount: 33 })).toBe('Gemt – 33 punkter');
    expect(buttonLabel({ kind: 'saved', itemCount: 1 })).toBe('Gemt – 1 punkt');
    expect(buttonLabel({ kind: 'already' })).toBe('Allerede gemt');
    expect(buttonLabel({ kind: 'update' })).toBe('Opdater');
  });
});

describe('the save button', () => {
  it('is not shown when the page is not a meeting after all', () => {
    const t = setup();
    expect(t.controller.show({ ok: false, reason: 'Ikke et referat.' })).toBe(false);
    expect(t.controller.show(undefined)).toBe(false);
    expect(t.host()).toBeNull();
  });

  it('is a real button in an open shadow root, with its own styles and an inline host box', () => {
    const t = setup();
    t.controller.show(parsed(meeting('dagsorden')));
    expect(t.host()!.parentNode).toBe(t.doc.documentElement);
    expect(t.host()!.getAttribute('style')).toContain('position:fixed!important');
    expect(t.button().tagName).toBe('BUTTON');
    expect(t.button().getAttribute('type')).toBe('button');
    expect(t.button().textContent).toBe('Gem dagsorden');
    expect(t.root().querySelector('style')!.textContent).toContain('.save');
    expect(t.status().getAttribute('aria-live')).toBe('polite');
    // Nothing of ours in the page's own head.
    expect(t.doc.head.querySelectorAll('style')).toHaveLength(1);
  });

  it('starts from what the library holds: "Gem referat", "Allerede gemt", "Opdater"', () => {
    const t = setup();
    t.controller.show(parsed(meeting('referat')));
    expect(t.button().textContent).toBe('Gem referat');
    t.controller.show(parsed(meeting('referat'), 'saved'));
    expect(t.button().textContent).toBe('Allerede gemt');
    t.controller.show(parsed(meeting('referat'), 'more'));
    expect(t.button().textContent).toBe('Opdater');
    expect(t.doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('saves on a click: "Gemmer…", then "Gemt – N punkter", announced', async () => {
    let answer!: (v: unknown) => void;
    const t = setup(() => new Promise((r) => (answer = r)));
    const m = meeting('dagsorden', 33);
    t.controller.show(parsed(m));
    t.click();
    expect(t.sent).toEqual([{ type: 'meeting:save', meeting: m, source: 'page' }]);
    expect(t.button().textContent).toBe('Gemmer…');
    expect(t.button().getAttribute('aria-disabled')).toBe('true');
    t.click(); // ignored while saving
    expect(t.sent).toHaveLength(1);
    answer({ ok: true, status: 'created', meetingId: 'm1', itemCount: 33 });
    await tick();
    expect(t.button().textContent).toBe('Gemt – 33 punkter');
    expect(t.button().hasAttribute('aria-disabled')).toBe(false);
    expect(t.status().textContent).toBe('Gemt – 33 punkter');
  });

  it('says "Allerede gemt" when the library keeps the minutes over this agenda', async () => {
    const t = setup(async () => ({ ok: true, status: 'kept', meetingId: 'm1', itemCount: 40 }));
    t.controller.show(parsed(meeting('dagsorden')));
    t.click();
    await tick();
    expect(t.button().textContent).toBe('Allerede gemt');
  });

  it("shows the background's one-sentence error as text, and can be tried again", async () => {
    const error = 'Der er ikke plads til flere referater i browserens lager; det, der allerede er gemt, er uændret. <b>x</b>';
    const t = setup(async () => ({ ok: false, error }));
    t.controller.show(parsed(meeting('referat')));
    t.click();
    await tick();
    expect(t.button().textContent).toBe('Gem referat');
    expect(t.status().textContent).toBe(error);
    expect(t.status().classList.contains('error')).toBe(true);
    expect(t.root().querySelector('b')).toBeNull();
    t.click();
    expect(t.status().classList.contains('error')).toBe(false);
  });

  it('says so when the extension does not answer', async () => {
    const t = setup(async () => {
      throw new Error('Extension context invalidated.');
    });
    t.controller.show(parsed(meeting('referat')));
    t.click();
    await tick();
    expect(t.status().textContent).toBe(NO_ANSWER);
  });

  it('can be hidden by the reader for the rest of the visit', () => {
    const t = setup();
    t.controller.show(parsed(meeting('referat')));
    const close = t.root().querySelector('button.close')!;
    expect(close.getAttribute('aria-label')).toBe('Skjul gem-knappen');
    t.trusted(close);
    expect(t.host()).toBeNull();
    t.controller.show(parsed(meeting('referat')));
    expect(t.host()).toBeNull();
  });

  it("ignores the page's own clicks: button.click() and dispatched events neither save nor hide", async () => {
    const t = setup(async () => ({ ok: true, status: 'created', meetingId: 'm1', itemCount: 3 }));
    t.controller.show(parsed(meeting('referat')));
    const close = t.root().querySelector('button.close') as HTMLButtonElement;
    t.button().click();
    t.button().dispatchEvent(new t.Event('click', { bubbles: true }));
    close.click();
    close.dispatchEvent(new t.Event('click'));
    await tick();
    expect(t.sent).toEqual([]);
    expect(t.button().textContent).toBe('Gem referat');
    expect(t.host()!.isConnected).toBe(true);
    // The reader's own click still saves.
    t.click();
    await tick();
    expect(t.sent).toHaveLength(1);
    expect(t.button().textContent).toBe('Gemt – 3 punkter');
  });
});
