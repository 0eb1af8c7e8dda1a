/** The one safe-link check, for links parsed from pages and links shown in the library. */
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../lib/parse/safe-url';

describe('safeUrl', () => {
  it('links only http(s) addresses', () => {
    expect(safeUrl('https://dagsordener.aarhus.dk/vis/pdf/bilag/1')).toBe('https://dagsordener.aarhus.dk/vis/pdf/bilag/1');
    expect(safeUrl('http://127.0.0.1:8787/a.pdf')).toBe('http://127.0.0.1:8787/a.pdf');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/relative', '', null, undefined]) {
      expect(safeUrl(bad)).toBeNull();
    }
  });
});

describe('safeUrl against a page address', () => {
  it('makes a relative link absolute and still refuses other schemes', () => {
    expect(safeUrl('/vis/pdf/bilag/7', 'https://dagsordener.aarhus.dk/vis?id=1')).toBe('https://dagsordener.aarhus.dk/vis/pdf/bilag/7');
    expect(safeUrl('javascript:alert(1)', 'https://dagsordener.aarhus.dk/')).toBeNull();
  });
});
