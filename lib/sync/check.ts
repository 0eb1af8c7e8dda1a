/**
 * Small validators for untrusted JSON: each returns a clean, typed copy of what it
 * accepts (only the fields it knows) and adds a Danish message naming the place of
 * every problem ("meetings[3].items[2].number skal være et tal") to `problems`.
 */
import { isJsonObject } from './guards';

export class Problems {
  readonly list: string[] = [];
  /** Problems past `limit` are counted, not listed. */
  more = 0;
  constructor(readonly limit = 50) {}
  add(message: string): void {
    if (this.list.length < this.limit) this.list.push(message);
    else this.more++;
  }
  get count(): number {
    return this.list.length + this.more;
  }
  /** The messages, the last saying how many more there were. */
  messages(): string[] {
    return this.more > 0 ? [...this.list, `… og ${this.more} fejl mere.`] : [...this.list];
  }
}

/** Returns the checked value, or undefined after adding a problem. */
export type Check<T> = (value: unknown, path: string, problems: Problems) => T | undefined;

/** Marks a field that may be left out; `undefined` in the result means absent. */
export interface Optional<T> {
  optional: Check<T>;
}


export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'en liste';
  switch (typeof v) {
    case 'string':
      return v.length > 40 ? `teksten "${v.slice(0, 37)}…"` : `teksten "${v}"`;
    case 'number':
      return `tallet ${v}`;
    case 'boolean':
      return String(v);
    case 'object':
      return 'et objekt';
    default:
      return typeof v;
  }
}

function fail(problems: Problems, path: string, what: string, v: unknown): undefined {
  problems.add(`${path} skal være ${what}, ikke ${describeValue(v)}`);
  return undefined;
}

export const string: Check<string> = (v, path, p) => (typeof v === 'string' ? v : fail(p, path, 'en tekst', v));

export const number: Check<number> = (v, path, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, path, 'et tal', v));

export const integer: Check<number> = (v, path, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(p, path, 'et tal', v);
  return Number.isInteger(v) ? v : fail(p, path, 'et helt tal', v);
};

export const boolean: Check<boolean> = (v, path, p) => (typeof v === 'boolean' ? v : fail(p, path, 'true eller false', v));

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Has the ISO shape and is a day on the calendar ("2023-02-30" is not). */
function isRealDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** "2023-08-22". */
export const isoDate: Check<string> = (v, path, p) =>
  typeof v === 'string' && isRealDate(v) ? v : fail(p, path, 'en dato som "2023-08-22"', v);

/** "08:00". */
export const clockTime: Check<string> = (v, path, p) =>
  typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? v : fail(p, path, 'et klokkeslæt som "08:00"', v);

/** A point in time as ISO 8601 text ("2025-01-31T12:00:00.000Z"). */
export const isoDateTime: Check<string> = (v, path, p) =>
  typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v)) ? v : fail(p, path, 'et tidspunkt som "2025-01-31T12:00:00.000Z"', v);

export function oneOf<T extends string>(...values: T[]): Check<T> {
  const what = values.map((v) => `"${v}"`).join(' eller ');
  return (v, path, p) => ((values as unknown[]).includes(v) ? (v as T) : fail(p, path, what, v));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, path, p) => {
    if (v === null) return null;
    const own = new Problems(Infinity);
    const out = check(v, path, own);
    // "… skal være en tekst, ikke …" → "… skal være en tekst eller null, ikke …"
    for (const m of own.list) p.add(m.startsWith(`${path} skal være `) ? m.replace(', ikke ', ' eller null, ikke ') : m);
    return out;
  };
}

export function optional<T>(check: Check<T>): Optional<T> {
  return { optional: check };
}

export function arrayOf<T>(check: Check<T>, max = Infinity): Check<T[]> {
  return (v, path, p) => {
    if (!Array.isArray(v)) return fail(p, path, 'en liste', v);
    if (v.length > max) {
      p.add(`${path} har ${v.length} elementer; højst ${max} er tilladt`);
      return undefined;
    }
    const out: T[] = [];
    let ok = true;
    v.forEach((item, i) => {
      const checked = check(item, `${path}[${i}]`, p);
      if (checked === undefined) ok = false;
      else out.push(checked);
    });
    return ok ? out : undefined;
  };
}

export type Shape<T> = { [K in keyof T]-?: undefined extends T[K] ? Optional<Exclude<T[K], undefined>> | Check<T[K]> : Check<T[K]> };

/** An object with exactly the fields of `shape` taken (others are dropped), in the input's order; a missing required field is a problem. */
export function object<T>(shape: Shape<T>): Check<T> {
  const entries = Object.entries(shape) as Array<[string, Check<unknown> | Optional<unknown>]>;
  return (v, path, p) => {
    if (!isJsonObject(v)) return fail(p, path, 'et objekt', v);
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [key, spec] of entries) {
      const at = path ? `${path}.${key}` : key;
      const has = Object.prototype.hasOwnProperty.call(v, key) && v[key] !== undefined;
      if (typeof spec !== 'function') {
        if (!has) continue;
        const checked = spec.optional(v[key], at, p);
        if (checked === undefined) ok = false;
        else out[key] = checked;
        continue;
      }
      if (!has) {
        p.add(`${at} mangler`);
        ok = false;
        continue;
      }
      const checked = spec(v[key], at, p);
      if (checked === undefined) ok = false;
      else out[key] = checked;
    }
    if (!ok) return undefined;
    // In the file's own field order: a meeting that comes back through a bundle is then the same
    // bytes as the one saved, and saveMeeting (which compares JSON) finds it unchanged.
    const ordered: Record<string, unknown> = {};
    for (const key of Object.keys(v)) if (Object.hasOwn(out, key)) ordered[key] = out[key];
    return ordered as T;
  };
}
