/** The seeded generator of the benchmark corpus (mulberry32), so every failure reproduces. */
export { prng as seeded, randomBytes } from '../../bench/corpus';
