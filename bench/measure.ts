/** Small timing helpers for the benchmarks: warm up, then the median of many runs. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Milliseconds per call of `fn`, median over `runs` runs after `warmup` calls. */
export function timeMs(fn: () => unknown, runs = 30, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** The same for an async `fn`. */
export async function timeMsAsync(fn: () => Promise<unknown>, runs = 10, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * How time grows when the input doubles: `run` on inputs of each size (each the
 * double of the one before), measured as this process's CPU time so other
 * processes on the machine weigh less, sizes interleaved in every round so a
 * slow moment hits all of them, the fastest of `rounds` after a warm-up (noise from
 * other processes and collector pauses only ever adds time). `ratio` is
 * the growth per doubling over the whole range (geometric mean), `ratios` each step.
 */
export function doubling<T>(inputs: T[], run: (input: T) => unknown, rounds = 7): { ratio: number; ratios: number[]; ms: number[] } {
  const cpuMs = (input: T) => {
    const start = process.cpuUsage();
    run(input);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  for (const input of inputs) cpuMs(input);
  const times: number[][] = inputs.map(() => []);
  for (let r = 0; r < rounds; r++) inputs.forEach((input, i) => times[i]!.push(cpuMs(input)));
  const ms = times.map((t) => Math.min(...t));
  const ratios = ms.slice(1).map((t, i) => round(t / ms[i]!));
  return { ratio: round((ms[ms.length - 1]! / ms[0]!) ** (1 / (ms.length - 1))), ratios, ms: ms.map((t) => round(t, 1)) };
}
