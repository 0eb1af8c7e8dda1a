/**
 * One door to the database: every read and write of a Dexie table, and every
 * transaction, is a function of lib/db. Code elsewhere calls those functions
 * and never names a table.
 */
import { describe, expect, it } from 'vitest';
import { readSource, sourceFiles } from './sources';

const TABLES = 'meetings|items|reads|notes|topics|searchDocs|postings|searchMeta|searchLog';
/** Dexie's table and collection methods (not those arrays and maps share with them, such as filter or get on a Map named `items`). */
const TABLE_METHODS = 'bulkGet|bulkPut|bulkAdd|bulkUpdate|bulkDelete|put|add|update|upsert|delete|clear|where|orderBy|toArray|toCollection|count|each|modify|primaryKeys|sortBy|limit|offset|hook|get|first|last';

const RAW: ReadonlyArray<[string, RegExp]> = [
  ['a table call', new RegExp(`\\.(?:${TABLES})\\s*\\.\\s*(?:${TABLE_METHODS})\\s*\\(`)],
  ['a transaction', /\.transaction\s*\(/],
  ['every table (db.tables)', /\.tables\b/],
  ['a table by name (table(…))', /\.table\s*\(/],
  ['a database of its own', /\b(?:new|extends)\s+Dexie\b/],
];

/** Comments may name tables freely. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('the database door', () => {
  const files = sourceFiles(['lib', 'components', 'entrypoints', 'pwa']).filter((f) => !f.startsWith('lib/db/'));

  it('reads the code outside lib/db', () => {
    expect(files).toContain('lib/sync/import.ts');
    expect(files).toContain('components/popup/Popup.tsx');
  });

  it('is the only way to a table or a transaction', () => {
    const found = files.flatMap((file) =>
      code(readSource(file))
        .split('\n')
        .flatMap((line) => RAW.filter(([, re]) => re.test(line)).map(([what]) => `${file}: ${what}: ${line.trim()}`)),
    );
    expect(found).toEqual([]);
  });

  it('recognises every kind of raw access', () => {
    const samples = [
      'await db.meetings.where("date").above(x).toArray();',
      'const n = await api.db.items.bulkGet(keys);',
      'db.transaction("rw", db.tables, work);',
      'tx.table("postings")',
      'liveQuery(() => Promise.all([db.topics.toArray(), db.reads.toArray()]))',
      'class Other extends Dexie {}',
    ];
    expect(samples.filter((s) => !RAW.some(([, re]) => re.test(s)))).toEqual([]);
    expect(['bundle.meetings.map((m) => m.id)', 'group.items.push(item)', 'meeting.items.filter(Boolean)'].filter((s) => RAW.some(([, re]) => re.test(s)))).toEqual([]);
  });
});
