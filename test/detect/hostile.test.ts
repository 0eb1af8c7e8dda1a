/**
 * Hostile and fake pages for the detector and the save button (linkedom):
 * the hostile fixtures are recognised as what they are, a page faking
 * FirstAgenda's table is recognised but refused by the parser (so no button),
 * and a page that keeps removing the button gets it back a bounded number of times.
 */
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../lib/parse/node';
import { parseDocument } from '../../lib/sites/parsers';
import { detectPage } from '../../lib/sites/detect';
import { SaveButtonController } from '../../components/save-button/controller';
import { HOST_TAG, MAX_REMOUNTS } from '../../components/save-button/save-button';
import { fixtureText } from '../helpers/fixtures';

const GUID = '4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';
const FA_URL = `https://dagsordener.aarhus.dk/vis?fk=1&id=${GUID}`;
const fixture = (path: string) => nodeEnvironment.parseHtml(fixtureText(path));
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the detector on hostile and fake pages', () => {
  it('recognises the hostile minutes page by its title and labels', () => {
    expect(detectPage(fixture('pages/hostile-referat.html'), 'https://www.hvidovre.dk/politik/referat')).toEqual({
      match: 'labels',
      labels: ['Punkt', 'Beslutning', 'Sagsfremstilling', 'Indstilling'],
    });
  });

  it('recognises the hostile FirstAgenda page by its item table', () => {
    expect(detectPage(fixture('pages/hostile-firstagenda.html'), FA_URL)).toEqual({ match: 'firstagenda', ready: true });
  });

  it('takes the fake FirstAgenda page for one, and the parser refuses it, so no button is shown', () => {
    const doc = fixture('pages/fake-firstagenda.html');
    expect(detectPage(doc, FA_URL)).toEqual({ match: 'firstagenda', ready: true });
    const result = parseDocument(doc, FA_URL);
    expect(result).toEqual({ ok: false, reason: 'Siden har ingen dagsordenspunkter, så den ligner ikke et referat eller en dagsorden.' });
    const controller = new SaveButtonController(doc, async () => undefined);
    expect(controller.show(result)).toBe(false);
    expect(doc.querySelectorAll(HOST_TAG).length).toBe(0);
  });
});

describe('a page that removes the save button', () => {
  function setup() {
    const doc = fixture('pages/hostile-referat.html');
    const result = parseDocument(doc, 'https://www.hvidovre.dk/politik/referat');
    if (!result.ok) throw new Error(result.reason);
    const controller = new SaveButtonController(doc, async () => undefined);
    const Observer = (doc.defaultView as unknown as typeof globalThis).MutationObserver;
    return { doc, controller, response: { ok: true, meeting: result.meeting, status: { state: 'unsaved', meetingId: null } }, Observer };
  }

  it(`gets it back ${MAX_REMOUNTS} times, then leaves the page alone`, async () => {
    const { doc, controller, response, Observer } = setup();
    expect(controller.show(response)).toBe(true);
    const host = controller.element!;
    expect(host.parentNode).toBe(doc.documentElement);
    // The page removes our host whenever it appears, as a page script with a MutationObserver would.
    let removed = 0;
    const remove = () => {
      if (host.isConnected) {
        removed++;
        host.remove();
      }
    };
    new Observer(remove).observe(doc.documentElement, { childList: true });
    remove();
    for (let i = 0; i < 20; i++) await tick();
    expect(removed).toBe(1 + MAX_REMOUNTS);
    expect(controller.visible).toBe(false);
    for (let i = 0; i < 20; i++) await tick();
    expect(removed).toBe(1 + MAX_REMOUNTS);
  });

  it('is not put back after the extension hides it itself', async () => {
    const { controller, response } = setup();
    controller.show(response);
    const host = controller.element!;
    controller.hide();
    for (let i = 0; i < 5; i++) await tick();
    expect(host.isConnected).toBe(false);
    // A new pass (the page changed) shows it again.
    expect(controller.show(response)).toBe(true);
    expect(host.isConnected).toBe(true);
  });
});

describe('a page that takes the button element for its own', () => {
  it('gets no button and no exception when the element refuses a shadow root', () => {
    const doc = fixture('pages/hostile-referat.html');
    const result = parseDocument(doc, 'https://www.hvidovre.dk/politik/referat');
    if (!result.ok) throw new Error(result.reason);
    // As a custom element defined with disabledFeatures = ['shadow'] does.
    const proto = (doc.defaultView as unknown as typeof globalThis).HTMLElement.prototype;
    const own = Object.getOwnPropertyDescriptor(proto, 'attachShadow');
    Object.defineProperty(proto, 'attachShadow', {
      configurable: true,
      value() {
        throw new Error('NotSupportedError: attachShadow() is disabled by disabledFeatures static field.');
      },
    });
    try {
      const controller = new SaveButtonController(doc, async () => undefined);
      expect(controller.show({ ok: true, meeting: result.meeting, status: { state: 'unsaved', meetingId: null } })).toBe(false);
      expect(controller.visible).toBe(false);
    } finally {
      if (own) Object.defineProperty(proto, 'attachShadow', own);
      else delete (proto as { attachShadow?: unknown }).attachShadow;
    }
  });
});

describe('headings with code in them', () => {
  it('do not make a news page a meeting: words in scripts and styles are not read', () => {
    const html =
      '<html><head><title>Nyheder</title></head><body>' +
      '<h1>Nyt fra kommunen<script>var t = "Referat";</script></h1>' +
      '<h2>Vejarbejde<script>var a = "Beslutning";</script></h2>' +
      '<h2>Sommerfest<style>.x::after { content: "Sagsfremstilling" }</style></h2>' +
      '<p>Kom og vær med.</p></body></html>';
    expect(detectPage(nodeEnvironment.parseHtml(html), 'https://www.x.dk/nyheder')).toEqual({ match: 'none' });
  });
});
