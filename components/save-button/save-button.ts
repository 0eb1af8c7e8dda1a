/**
 * The in-page save button: vanilla DOM in an open shadow root, so the content
 * script stays small and the page's CSS cannot reach it. Page text is only ever
 * set with textContent. A page that removes the button gets it back at most
 * `MAX_REMOUNTS` times, so a page that keeps removing it cannot start an endless
 * tug of war; after that the toolbar popup saves the page.
 *
 * The root stays open (a closed one does not stop a page that patches
 * attachShadow first), so the page can reach the button: both buttons act only
 * on trusted clicks (a real click, or Enter/Space on the focused button), never
 * on the page's `button.click()` or a dispatched event.
 */
import { observerOf } from '../../lib/sites/wait';
import { buttonLabel, buttonTitle, type ButtonState, type MeetingKind } from './labels';
import { HOST_STYLE, SHADOW_CSS } from './styles';

export const HOST_TAG = 'referat-gem';
export const MAX_REMOUNTS = 3;

export class SaveButtonView {
  readonly host: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  private busy = false;
  private wanted = false;
  private remounts = 0;
  private watcher: MutationObserver | null = null;

  constructor(private readonly doc: Document, onSave: () => void, onClose: () => void) {
    this.host = doc.createElement(HOST_TAG);
    this.host.style.cssText = HOST_STYLE;
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;

    const box = doc.createElement('div');
    box.className = 'box';
    this.status = doc.createElement('p');
    this.status.className = 'status';
    this.status.setAttribute('aria-live', 'polite');

    const row = doc.createElement('div');
    row.className = 'row';
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.className = 'save';
    this.button.addEventListener('click', (event) => {
      if (event.isTrusted && !this.busy) onSave();
    });
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Skjul gem-knappen');
    close.title = 'Skjul gem-knappen på denne side';
    close.addEventListener('click', (event) => {
      if (event.isTrusted) onClose();
    });

    row.append(this.button, close);
    box.append(this.status, row);
    root.append(style, box);
  }

  /** Shows `state`; `announce` also says it in the live region (after a click, not on page load). */
  render(state: ButtonState, meeting: MeetingKind, announce = false): void {
    const label = buttonLabel(state);
    this.busy = state.kind === 'saving';
    this.button.textContent = label;
    this.button.title = buttonTitle(state, meeting);
    if (this.busy) this.button.setAttribute('aria-disabled', 'true');
    else this.button.removeAttribute('aria-disabled');
    this.status.classList.remove('error');
    this.status.textContent = announce ? label : '';
  }

  /** One sentence of what went wrong, shown above the button and announced. */
  showError(message: string): void {
    this.status.classList.add('error');
    this.status.textContent = message;
  }

  get errorText(): string | null {
    return this.status.classList.contains('error') ? this.status.textContent : null;
  }

  mount(): void {
    this.wanted = true;
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    if (this.watcher || this.remounts >= MAX_REMOUNTS) return;
    const Observer = observerOf(this.doc);
    this.watcher = new Observer(() => {
      if (!this.wanted || this.host.isConnected) return;
      if (this.remounts >= MAX_REMOUNTS) {
        this.stopWatching();
        return;
      }
      this.remounts++;
      this.doc.documentElement.appendChild(this.host);
    });
    this.watcher.observe(this.doc.documentElement, { childList: true });
  }

  unmount(): void {
    this.wanted = false;
    this.stopWatching();
    this.host.remove();
  }

  private stopWatching(): void {
    this.watcher?.disconnect();
    this.watcher = null;
  }
}
