/** The nesting cap applied to HTML before a parser sees it (lib/parse/html-depth.ts). */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capNesting, MAX_DEPTH } from '../../lib/parse/html-depth';
import { parseHtmlString } from '../../lib/sites/parse-file';
import { nodeEnvironment } from '../../lib/parse/node';
import { fixtureText, meetingOf, SEEDS } from '../helpers/fixtures';

const nested = (depth: number, inner = 'REFERAT Byrådet d. 01-01-2024') => '<!doctype html><html><body>' + '<div>'.repeat(depth) + inner + '</div>'.repeat(depth) + '</body></html>';

describe('capNesting', () => {
  it('leaves every fixture page as it is, even with a cap of 20 levels', () => {
    const pages = ['pages', 'firstagenda', 'not-minutes'].flatMap((dir) =>
      readdirSync(`test/fixtures/${dir}`)
        .filter((f) => f.endsWith('.html'))
        .map((f) => `${dir}/${f}`),
    );
    expect(pages.length).toBeGreaterThanOrEqual(13);
    for (const page of pages) {
      const html = fixtureText(page);
      expect(capNesting(html, 20), page).toEqual({ html, dropped: 0 });
    }
  });

  it('keeps 256 levels of 100,000 and all of the text, a run of dropped blocks at most 8 line breaks', () => {
    const { html, dropped } = capNesting(nested(100_000));
    const breaks = '<br>'.repeat(8);
    expect(dropped).toBe(100_000 - MAX_DEPTH);
    expect(html).toBe(nested(MAX_DEPTH, `${breaks}REFERAT Byrådet d. 01-01-2024${breaks}`));
  });

  it('counts depth as a browser builds it: not in scripts, comments or quoted attributes, not void or self-closing svg elements, and a closing tag closes what was left open inside', () => {
    const deep = (unit: string) => capNesting(`<body>${unit.repeat(20)}</body>`, 10).dropped;
    expect(deep('<script>if (a <div> b) "<div>"</script>')).toBe(0);
    expect(deep('<!-- <div> -->')).toBe(0);
    expect(deep('<a title="<div>" href=\'>\'>x</a>')).toBe(0);
    expect(deep('<br><img src=x><p>x<p>y')).toBe(0);
    expect(deep('<li>x<li>y')).toBe(0);
    expect(deep('<dt>z<dd>w')).toBe(0);
    expect(deep('<tr><td>x<td>y<th>z')).toBe(0);
    expect(deep('<html><head><body>')).toBe(0);
    // What linkedom's parser (htmlparser2) nests, counts: a list item does not close a paragraph there, nor a link a link.
    // (At the cap a list item still closes the one on top, so only the paragraphs are dropped.)
    expect(deep('<p>x<li>y')).toBe(15);
    expect(deep('<a href="x">y')).toBe(10);
    expect(deep('<svg><path d="M0"/><circle/></svg>')).toBe(0);
    expect(deep('<div><span>leaked</div>')).toBe(0);
    expect(deep('</section>')).toBe(0);
    // Outside svg a browser ignores the slash: <div/> opens a div.
    expect(deep('<div/>')).toBe(10);
    expect(deep('<span><b>')).toBe(30);
  });

  it('drops as many closing tags as opening ones, so what follows the deep part keeps its place', () => {
    const html = '<body><main>' + '<div>'.repeat(12) + 'dybt' + '</div>'.repeat(12) + '<h2>Punkt 1</h2></main></body>';
    expect(capNesting(html, 5)).toEqual({ html: '<body><main>' + '<div>'.repeat(4) + '<br>'.repeat(8) + 'dybt' + '<br>'.repeat(8) + '</div>'.repeat(4) + '<h2>Punkt 1</h2></main></body>', dropped: 8 });
    expect(capNesting('<div><div>en</div> <div>to</div></div>', 1)).toEqual({ html: '<div><br>en<br> <br>to<br></div>', dropped: 2 });
    expect(capNesting('<div><div>en</div><div></div><div></div><p>to</p></div>', 1)).toEqual({ html: '<div><br>en<br><br><br><br><br><br>to<br></div>', dropped: 4 });
    // Inline elements leave nothing.
    expect(capNesting('<b><i><span>ord</span></i></b>', 1)).toEqual({ html: '<b>ord</b>', dropped: 2 });
  });

  it('ends comments where browsers do, so a comment cannot hide the nesting', () => {
    for (const [open, close] of [['<!-->', '<!-- -->'], ['<!--->', '-->'], ['<!-- a --!>', '']]) {
      expect(capNesting(open + nested(300) + close).dropped, open).toBe(300 - MAX_DEPTH);
    }
    expect(capNesting('<!-- <div> --!> <div>x</div> -->', 0).dropped).toBe(1);
  });

  it('keeps one html, head and body: later start tags are dropped, as a browser ignores them', () => {
    expect(capNesting('<html><head></head><body><body x=1><html>y</body></html>')).toEqual({ html: '<html><head></head><body>y</body></html>', dropped: 0 });
    expect(capNesting('<html><body><head><div>Punkt 1</div></body></html>')).toEqual({ html: '<html><body><div>Punkt 1</div></body></html>', dropped: 0 });
  });

  it('takes unfinished tags, comments and scripts at the end of the text', () => {
    for (const tail of ['<div class="x', '<!-- open', '<script>var x = "<div>', '<!doctype', '<', '</']) {
      expect(capNesting(nested(300) + tail).dropped, tail).toBe(300 - MAX_DEPTH);
    }
  });

  it('reads a page that deep as text, line by line, and says so in the warnings', () => {
    const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const body = fixtureText(SEEDS.herning2023)
      .split('\n')
      .map((line) => `<div>${escape(line)}</div>`)
      .join('');
    const page = (depth: number) => `<!doctype html><html><body>${'<section>'.repeat(depth)}${body}${'</section>'.repeat(depth)}</body></html>`;
    const shallow = parseHtmlString(page(10), null, nodeEnvironment);
    const deep = parseHtmlString(page(1_000), null, nodeEnvironment);
    if (!shallow.ok || !deep.ok) throw new Error('not parsed');
    expect(shallow.meeting.items.map((i) => i.number)).toEqual(meetingOf(SEEDS.herning2023).items.map((i) => i.number));
    expect(deep.meeting.items).toEqual(shallow.meeting.items);
    expect(deep.meeting.warnings).toEqual([...shallow.meeting.warnings, 'Siden har elementer i mere end 256 niveauer inden i hinanden; de inderste er læst som almindelig tekst.']);
  });
});
