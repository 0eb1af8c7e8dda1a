/** Keyboard-only use in Chromium: where the focus is (through shadow roots), whether it shows, and Tab until it reaches something. */
import type { Page } from 'playwright-core';

export interface Focus {
  /** The focused element's name: its aria-label, its label's text or its own text ("body" when nothing has focus). */
  name: string;
  /** It matches :focus-visible and it, or the label drawn around a hidden file input, shows an outline on a box of some size. */
  visible: boolean;
}

export function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || !(el instanceof HTMLElement)) return { name: 'body', visible: false };
    const labelled = el instanceof HTMLInputElement ? el.labels?.[0] : null;
    const name = (el.getAttribute('aria-label') ?? labelled?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const shows = (box: Element) => {
      const style = getComputedStyle(box);
      const rect = box.getBoundingClientRect();
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && rect.width > 2 && rect.height > 2 && style.opacity !== '0';
    };
    return { name, visible: el.matches(':focus-visible') && (shows(el) || (labelled !== null && labelled !== undefined && shows(labelled))) };
  });
}

/** Presses Tab (Shift+Tab with `back`) until the focus is on `name`; fails, naming what it passed, after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, { max = 80, back = false } = {}): Promise<Focus> {
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focus(page);
    if (typeof name === 'string' ? now.name === name : name.test(now.name)) return now;
    passed.push(now.name);
  }
  throw new Error(`Tab never reached ${name}; it passed ${passed.join(' | ')}`);
}
