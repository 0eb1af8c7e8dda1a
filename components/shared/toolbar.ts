/**
 * The extension's toolbar button: `action` in MV3, `browserAction` in Firefox's
 * MV2 build. Its badge counts the topics with news; looking at the topics clears
 * it. Outside the extension (the web app) there is no button and nothing happens.
 */

/** What the badge needs of the toolbar button's API. */
export interface ToolbarApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

/** The toolbar button's API in `ns` (the extension's `browser`, or `chrome`), if it has one. */
export function toolbarOf(ns: { action?: ToolbarApi; browserAction?: ToolbarApi } | undefined): ToolbarApi | undefined {
  return ns?.action ?? ns?.browserAction;
}

export function clearToolbarBadge(): void {
  const api = toolbarOf((globalThis as { chrome?: { action?: ToolbarApi; browserAction?: ToolbarApi } }).chrome);
  if (!api) return;
  try {
    void Promise.resolve(api.setBadgeText({ text: '' })).catch(() => undefined);
  } catch {
    // A badge that cannot be cleared is no reason to break the page.
  }
}
