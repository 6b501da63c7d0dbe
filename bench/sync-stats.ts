/** BENCH ONLY — percentiles for bench/sync.ts, from raw samples or from a millisecond histogram. */

/** Rounded to µs. */
export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Nearest-rank percentile (p in 0–100) of samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** p50 / p95 / p99 / max (ms) and the sample count. */
export function latencySummary(samples: readonly number[]) {
  return {
    p50Ms: round3(percentile(samples, 50)),
    p95Ms: round3(percentile(samples, 95)),
    p99Ms: round3(percentile(samples, 99)),
    maxMs: round3(samples.length ? Math.max(...samples) : Number.NaN),
    samples: samples.length,
  };
}

/** Adds histogram b ([ms, count] pairs) into a. */
export function mergeHistogram(a: Map<number, number>, b: readonly (readonly [number, number])[]): void {
  for (const [ms, count] of b) a.set(ms, (a.get(ms) ?? 0) + count);
}

/** Percentile (p in 0–100) of a whole-millisecond histogram; the bucket's upper edge (ms + 1) is reported. */
export function histogramPercentile(hist: ReadonlyMap<number, number>, p: number): number {
  const total = [...hist.values()].reduce((n, c) => n + c, 0);
  if (total === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * total);
  let seen = 0;
  for (const ms of [...hist.keys()].sort((a, b) => a - b)) {
    seen += hist.get(ms) ?? 0;
    if (seen >= rank) return ms + 1;
  }
  return Number.NaN;
}

/** A ratio rounded to three decimals (NaN-safe for printing). */
export const ratio = (a: number, b: number): number => round3(a / b);

/** A number for a table cell: fixed decimals, or "–". */
export const cell = (n: number, digits = 1, width = 9): string => (Number.isFinite(n) ? n.toFixed(digits) : "–").padStart(width);
