/** The web app on a phone in Chromium: the phone's context, the service worker in control, the tabs, and a file shared with the app. */
import type { Page } from 'playwright-core';

/** A phone: 390×844, touch, Danish. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'da-DK' };

export const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });

/** The web app's tab (Møder, Kommende, Emner, Udvalg, Søg, Overfør). */
export const tab = (page: Page, name: string) => page.locator('nav.tabs').getByRole('link', { name, exact: true });

/** What Android's share sheet does with files: a multipart POST to the manifest's share_target action; resolves on the Overfør view. */
export async function shareWithApp(page: Page, origin: string, files: string[]): Promise<void> {
  const manifest = await (await page.request.get(origin + '/manifest.webmanifest')).json();
  const target = manifest.share_target as { action: string; params: { files: Array<{ name: string }> } };
  await page.evaluate(({ action, field }) => {
    const form = Object.assign(document.createElement('form'), { method: 'POST', enctype: 'multipart/form-data', action });
    form.append(Object.assign(document.createElement('input'), { type: 'file', name: field, multiple: true, id: 'del' }));
    document.body.append(form);
  }, { action: target.action, field: target.params.files[0]!.name });
  await page.setInputFiles('#del', files);
  await Promise.all([page.waitForURL(/#\/overfoer$/), page.evaluate(() => (document.getElementById('del')!.parentElement as HTMLFormElement).submit())]);
}
