/**
 * Prints an HTML file to PDF with Debian's Chromium, as the PDF fixtures are made
 * (scripts/make-pdf-fixtures.ts, scripts/make-layout-pdfs.ts):
 *
 *   /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run
 *     --disable-background-networking --disable-component-update --disable-sync --disable-pdf-tagging
 *     --user-data-dir=<fresh tmp dir> [--no-pdf-header-footer] --print-to-pdf=OUT file://IN
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';

/** `headerFooter`: Chromium's own header and footer (date, title, URL, "1/12") on every page. */
export function printToPdf(htmlFile: string, outFile: string, headerFooter: boolean): void {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  try {
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The structure tree (tagged PDF) would double the files' size; the text layer is the same.
      '--disable-pdf-tagging',
      `--user-data-dir=${profile}`,
      ...(headerFooter ? [] : ['--no-pdf-header-footer']),
      `--print-to-pdf=${outFile}`,
      pathToFileURL(htmlFile).href,
    ];
    execFileSync(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
