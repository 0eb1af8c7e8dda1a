/** Waiting for a page that fills itself in by script (linkedom's MutationObserver). */
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../lib/parse/node';
import { waitUntil, watchChanges, whenQuiet } from '../../lib/sites/wait';

const page = () => nodeEnvironment.parseHtml('<html><body><table id="dagsordenDetaljer"><tbody></tbody></table></body></html>');
const hasRows = (doc: Document) => () => doc.querySelector('#dagsordenDetaljer tr.punktrow') !== null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('waitUntil', () => {
  it('resolves at once when the page is ready', async () => {
    const doc = page();
    doc.querySelector('tbody')!.innerHTML = '<tr class="punktrow"><td>1</td></tr>';
    expect(await waitUntil(doc, hasRows(doc), 50)).toBe(true);
  });

  it('resolves when the rows are inserted later', async () => {
    const doc = page();
    setTimeout(() => {
      doc.querySelector('tbody')!.innerHTML = '<tr class="punktrow"><td>1</td></tr>';
    }, 20);
    const start = Date.now();
    expect(await waitUntil(doc, hasRows(doc), 2_000)).toBe(true);
    expect(Date.now() - start).toBeLessThan(1_000);
  });

  it('gives up after the time limit', async () => {
    const doc = page();
    setTimeout(() => doc.body.append(doc.createElement('p')), 10);
    expect(await waitUntil(doc, hasRows(doc), 60)).toBe(false);
  });

  it('stops when aborted', async () => {
    const doc = page();
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 10);
    expect(await waitUntil(doc, hasRows(doc), 5_000, abort.signal)).toBe(false);
  });
});

describe('whenQuiet and watchChanges', () => {
  it('whenQuiet waits for the changes to stop', async () => {
    const doc = page();
    const timer = setInterval(() => doc.body.append(doc.createElement('p')), 5);
    setTimeout(() => clearInterval(timer), 60);
    const start = Date.now();
    await whenQuiet(doc, 30, 1_000);
    expect(Date.now() - start).toBeGreaterThanOrEqual(60);
  });

  it('whenQuiet gives up waiting at its limit', async () => {
    const doc = page();
    const timer = setInterval(() => doc.body.append(doc.createElement('p')), 5);
    const start = Date.now();
    await whenQuiet(doc, 50, 120);
    clearInterval(timer);
    expect(Date.now() - start).toBeLessThan(400);
  });

  it('watchChanges calls back once per burst of changes, until stopped', async () => {
    const doc = page();
    let calls = 0;
    const stop = watchChanges(doc, 20, () => calls++);
    for (let i = 0; i < 5; i++) doc.body.append(doc.createElement('p'));
    await sleep(60);
    expect(calls).toBe(1);
    stop();
    doc.body.append(doc.createElement('p'));
    await sleep(60);
    expect(calls).toBe(1);
  });
});
