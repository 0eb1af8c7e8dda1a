/** The pass before JSON.parse: valid JSON within the limits goes through; too deep, too many containers or not JSON is refused. */
import { describe, expect, it } from 'vitest';
import { jsonShapeProblem, MAX_JSON_CONTAINERS, MAX_JSON_DEPTH, NOT_JSON } from '../../lib/sync/json-shape';
import { meetingOf, SEEDS } from '../helpers/fixtures';

const TOO_DEEP = 'Filen er ikke en pakke fra Referat: dens JSON ligger i mere end 16 niveauer inden i hinanden (en pakke har højst 7).';
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonShapeProblem', () => {
  it('lets through every kind of valid JSON a bundle holds', () => {
    const meetings = Object.values(SEEDS).map(meetingOf);
    const values: unknown[] = [
      { format: 'minutes-bundle', version: 1, meetings },
      ['a "quoted" [bracket] {brace}', 'back\\slash\\', '\\"', '\u0000\u001f', 'æøå «»', -1.5e-7, 0, true, false, null],
      { '[': '{', '"': '\\', '': [] },
    ];
    for (const v of values) expect(jsonShapeProblem(JSON.stringify(v, null, 2))).toBeNull();
    expect(jsonShapeProblem(' \t\r\n{"a" : [ 1 , 2 ] }\n')).toBeNull();
  });

  it('counts brackets only outside strings, wherever a string ends', () => {
    expect(jsonShapeProblem(`{"a":"${'['.repeat(100)}"}`)).toBeNull();
    expect(jsonShapeProblem(`{"a":"\\"${'['.repeat(100)}"}`)).toBeNull();
    // An escaped backslash ends the string: the brackets after it count.
    expect(jsonShapeProblem(`{"a":"\\\\","b":${nested(MAX_JSON_DEPTH)}}`)).toBe(TOO_DEEP);
  });

  it(`allows ${MAX_JSON_DEPTH} levels and refuses one more`, () => {
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1))).toBe(TOO_DEEP);
    expect(jsonShapeProblem('{"a":'.repeat(MAX_JSON_DEPTH + 1))).toBe(TOO_DEEP);
  });

  it(`allows ${MAX_JSON_CONTAINERS} lists and objects and refuses one more`, () => {
    const many = (count: number) => `[${'{},'.repeat(count - 2)}{}]`;
    expect(jsonShapeProblem(many(MAX_JSON_CONTAINERS))).toBeNull();
    expect(jsonShapeProblem(many(MAX_JSON_CONTAINERS + 1))).toBe('Filen er ikke en pakke fra Referat: dens JSON har mere end 5.000.000 lister og objekter.');
  });

  it.each([
    ['an unterminated string', '{"a":"b'],
    ['a closing bracket too many', '{"a":1}}'],
    ['a word outside a string', '{"a":undefined}'],
    ['a single quote', "{'a':1}"],
    ['a letter beyond ASCII', '{"a":ø}'],
    ['a NUL byte', '{"a":1}\u0000'],
  ])('says %s is not JSON', (_, text) => {
    expect(jsonShapeProblem(text)).toBe(NOT_JSON);
    expect(() => JSON.parse(text)).toThrow();
  });
});
