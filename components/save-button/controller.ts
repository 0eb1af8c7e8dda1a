/**
 * What the save button does: shows the answer of the background's page parse,
 * and saves on a click. The background is reached through `send`, so this runs
 * (and is tested) without the extension API.
 */
import type { Meeting } from '../../lib/parse/types';
import type { SavedState } from '../../lib/db/status';
import { isPageParseOk, isSaveResponse } from '../../lib/messages';
import { isObjectLike } from '../../lib/sync/guards';
import { isWatchAnswer } from '../../lib/watch/messages';
import { initialState, type ButtonState } from './labels';
import { SaveButtonView } from './save-button';

export type Send = (message: unknown) => Promise<unknown>;

export const NO_ANSWER = 'Udvidelsen svarede ikke, så intet blev gemt; det, der allerede er gemt, er uændret.';
export const NO_FOLLOW = 'Udvidelsen svarede ikke, så udvalget følges ikke endnu.';

export class SaveButtonController {
  private view: SaveButtonView | null = null;
  private meeting: Meeting | null = null;
  private state: ButtonState | null = null;
  /** Whether the page's committee is followed; null on a page whose committee cannot be followed. */
  private following: boolean | null = null;
  private dismissed = false;

  constructor(private readonly doc: Document, private readonly send: Send) {}

  /** The background's answer to `page:parse`: a button for a meeting, none otherwise. */
  show(response: unknown): boolean {
    if (!isPageParseOk(response) || this.dismissed) {
      this.hide();
      return false;
    }
    this.meeting = response.meeting;
    this.state = initialState(response.status.state, response.meeting.kind);
    this.following = response.committee ? response.committee.following : null;
    try {
      this.view ??= new SaveButtonView(this.doc, () => void this.save(), () => this.dismiss(), () => void this.follow());
    } catch {
      // The page took our element's name for its own (a custom element without shadow roots):
      // no button then, and the toolbar popup saves the page.
      return false;
    }
    this.view.render(this.state, this.meeting.kind);
    this.view.renderFollow(this.following);
    this.view.mount();
    return true;
  }

  /** "Følg udvalget": the background finds the committee in the host's list and follows it. */
  async follow(): Promise<void> {
    const view = this.view;
    const meeting = this.meeting;
    if (!view || !meeting || this.following !== false || !meeting.sourceUrl) return;
    view.renderFollow(false, true);
    let response: unknown;
    try {
      response = await this.send({ type: 'watch:follow-page', url: meeting.sourceUrl, committee: meeting.committee });
    } catch {
      response = undefined;
    }
    if (this.meeting !== meeting) return;
    if (isWatchAnswer(response) && response.ok) {
      this.following = true;
      view.renderFollow(true, false, true);
    } else {
      view.renderFollow(false);
      view.showError(isWatchAnswer(response) && !response.ok ? response.reason : NO_FOLLOW);
    }
  }

  hide(): void {
    this.view?.unmount();
    this.meeting = null;
    this.state = null;
  }

  get visible(): boolean {
    return this.view?.host.isConnected ?? false;
  }

  /**
   * Asks the library again (e.g. when the tab regains focus, after a save from
   * the popup) and shows the answer; a button in the middle of saving is left alone.
   */
  async refresh(): Promise<void> {
    const meeting = this.meeting;
    if (!meeting || !this.state || this.state.kind === 'saving') return;
    let status: unknown;
    try {
      status = await this.send({ type: 'meeting:status', meeting });
    } catch {
      return;
    }
    if (this.meeting !== meeting || !isObjectLike(status) || typeof status.state !== 'string') return;
    const next = initialState(status.state as SavedState, meeting.kind);
    // "Gemt – N punkter" stays until the library says otherwise.
    if (this.state.kind === 'saved' && next.kind === 'already') return;
    this.setState(next, meeting, false);
  }

  get element(): HTMLElement | null {
    return this.view?.host ?? null;
  }

  private dismiss(): void {
    this.dismissed = true;
    this.hide();
  }

  async save(): Promise<void> {
    const view = this.view;
    const meeting = this.meeting;
    const before = this.state;
    if (!view || !meeting || !before || before.kind === 'saving') return;
    this.setState({ kind: 'saving' }, meeting);
    let response: unknown;
    try {
      response = await this.send({ type: 'meeting:save', meeting, source: 'page' });
    } catch {
      response = undefined;
    }
    // The page may have changed meanwhile; then the new state is already shown.
    if (this.meeting !== meeting) return;
    if (isSaveResponse(response) && response.ok) {
      const state: ButtonState = response.status === 'kept' ? { kind: 'already' } : { kind: 'saved', itemCount: response.itemCount };
      this.setState(state, meeting);
    } else {
      this.setState(before, meeting, false);
      view.showError(isSaveResponse(response) && !response.ok ? response.error : NO_ANSWER);
    }
  }

  private setState(state: ButtonState, meeting: Meeting, announce = true): void {
    this.state = state;
    this.view?.render(state, meeting.kind, announce);
  }
}
