/**
 * Writes test/fixtures/pages/firstagenda-dynamic.html: the real FirstAgenda page
 * with the rows of its item table taken out of the HTML and put back by an inline
 * script ~500 ms after load, as the live site fills the table by script.
 *
 *   npx tsx scripts/make-dynamic-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('../test/fixtures/firstagenda/aarhus-byraad-dagsorden-2025-10-08.html', import.meta.url));
const TARGET = fileURLToPath(new URL('../test/fixtures/pages/firstagenda-dynamic.html', import.meta.url));

const html = readFileSync(SOURCE, 'utf8');
const table = html.indexOf('<table id="dagsordenDetaljer"');
const open = html.indexOf('<tbody>', table);
const close = html.indexOf('</tbody>', open);
const tableEnd = html.indexOf('</table>', table);
if (table < 0 || open < 0 || close < 0 || close > tableEnd) throw new Error('no #dagsordenDetaljer tbody in the source page');
const rows = html.slice(open + '<tbody>'.length, close);
if (!rows.includes('class="punktrow"')) throw new Error('the item table has no rows');

// A JSON string is a JS string literal; "<\/" keeps "</script>" in the rows from ending the script.
const literal = JSON.stringify(rows).replace(/<\//g, '<\\/');
const script = `<script>
// Test fixture: the item rows arrive by script ~500 ms after load, like the live site.
(function () {
  var rows = ${literal};
  window.addEventListener('load', function () {
    setTimeout(function () {
      document.querySelector('#dagsordenDetaljer tbody').innerHTML = rows;
    }, 500);
  });
})();
</script>
`;
const bodyEnd = html.lastIndexOf('</body>');
const out = html.slice(0, open + '<tbody>'.length) + html.slice(close, bodyEnd) + script + html.slice(bodyEnd);
writeFileSync(TARGET, out);
process.stdout.write(`${TARGET}: ${rows.match(/class="punktrow"/g)?.length ?? 0} rows moved into a script\n`);
