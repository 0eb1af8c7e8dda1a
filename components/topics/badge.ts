/**
 * The extension's toolbar badge (topics with news): cleared when the topics are
 * looked at. Outside the extension (the web app) there is no badge and this does nothing.
 */
interface ActionApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
}

export function clearActionBadge(): void {
  const { chrome } = globalThis as { chrome?: { action?: ActionApi; browserAction?: ActionApi } };
  // MV3 has `action`, Firefox's MV2 build `browserAction`.
  const api = chrome?.action ?? chrome?.browserAction;
  if (!api) return;
  try {
    void Promise.resolve(api.setBadgeText({ text: '' })).catch(() => undefined);
  } catch {
    // A badge that cannot be cleared is no reason to break the page.
  }
}
