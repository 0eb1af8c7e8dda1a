/** The seeded generator of the benchmark corpus (mulberry32), so every failure reproduces. */
import { prng } from '../../bench/corpus';

export const seeded = prng;

export function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}
