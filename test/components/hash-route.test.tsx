/** useHashRoute, rendered by Preact into a linkedom document: a hash set before the listener is attached is not missed. */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useHashRoute } from '../../components/shared/routing';

const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
const root = document.getElementById('app') as unknown as HTMLElement;
const location = { hash: '#/' };

beforeAll(() => {
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', location);
  vi.stubGlobal('window', Object.assign(window, { scrollTo: () => {} }));
});
afterAll(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

function Show() {
  return <p>{JSON.stringify(useHashRoute())}</p>;
}

describe('useHashRoute', () => {
  it('follows a hash set while the view mounts, before its listener exists', async () => {
    render(<Show />, root);
    expect(root.textContent).toBe('{"view":"list"}');
    // The page moves on before Preact has run the effect that listens for hashchange.
    location.hash = '#/moede/m1/punkt/48';
    await vi.waitFor(() => expect(root.textContent).toBe('{"view":"item","id":"m1","number":48}'));
  });

  it('follows later hash changes', async () => {
    location.hash = '#/emner';
    window.dispatchEvent(new window.Event('hashchange'));
    await vi.waitFor(() => expect(root.textContent).toBe('{"view":"topics"}'));
  });
});
