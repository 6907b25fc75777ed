/** Timing helpers for the benchmarks: medians of repeated runs, so one slow run (GC, the other core) doesn't decide. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median milliseconds of `fn` over `runs` runs, after one warm-up run. */
export function timeMedian(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const ratio = (x: number) => `${x.toFixed(2)}×`;
export const ms = (x: number) => (x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`);
export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
