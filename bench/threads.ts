/** Thread building over a library generated from the seeds: time, and how it grows with four times the meetings. */
import { buildThreads } from '../lib/threads/index';
import { corpus } from './corpus';
import { round } from './measure';
import { seedMeetings } from './seeds';

function timeBuild(count: number): number {
  const c = corpus(seedMeetings(), count);
  const meetings = Array.from({ length: count }, (_, i) => ({ id: `m${i}`, meeting: c.meeting(i) }));
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    buildThreads(meetings);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function benchThreads() {
  const small = timeBuild(250);
  const large = timeBuild(1000);
  return { ms250Meetings: round(small, 1), ms1000Meetings: round(large, 1), quadruplingRatio: round(large / small, 2) };
}
