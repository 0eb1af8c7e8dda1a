import { describe, expect, it } from 'vitest';
import { isPdfUrl } from '../../lib/sites/pdf-url';

describe('isPdfUrl', () => {
  it.each([
    'https://dagsordener.aarhus.dk/vis/pdf/dagsorden/5f3c…?redirectDirectlyToPdf=false',
    'https://dagsordener.aarhus.dk/vis/pdf/bilag/6d5e2b1a-0000-4000-8000-000000000000',
    'https://dagsordener.aarhus.dk/VIS/PDF/dagsorden/x',
    'https://www.herning.dk/media/referat.pdf',
    'https://www.herning.dk/media/REFERAT.PDF?version=2#page=3',
    'http://127.0.0.1:8787/demo/pdf/000_185fcd858e7dcb18.pdf',
    'https://example.dk/filer/m%C3%B8de%20referat.pdf',
    'file:///home/borger/Hentet/referat.pdf',
  ])('%s is a PDF', (url) => {
    expect(isPdfUrl(url)).toBe(true);
  });

  it.each([
    'https://dagsordener.aarhus.dk/vis?id=5f3c0000-0000-4000-8000-000000000000',
    'https://example.dk/nyheder/pdf-filer-i-kommunen',
    'https://example.dk/referat.pdf.html',
    'https://example.dk/side?fil=referat.pdf',
    'https://example.dk/side#referat.pdf',
    'https://example.dk/television/pdfarkiv',
    'chrome://extensions/',
    'chrome-extension://abc/referat.pdf',
    'not a url',
    '',
    null,
    undefined,
  ])('%s is not a PDF', (url) => {
    expect(isPdfUrl(url)).toBe(false);
  });
});
