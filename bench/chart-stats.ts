/** BENCH ONLY — statistics for bench/chart.ts: medians of in-page samples and thread-clock time from a trace. */

/** One in-page sample (ms): dispatch → committed, frame start → painted, and their sum. */
export type Sample = { script: number; frame: number; total: number };
/** The median. */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
/** The 90th percentile. */
export const p90 = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? 0;
/** Rounded to µs. */
export const round3 = (n: number): number => Math.round(n * 1000) / 1000;
/** Median, p90 and the two parts of a set of samples. */
export const summary = (samples: readonly Sample[]) => ({
  medianMs: round3(median(samples.map((s) => s.total))),
  p90Ms: round3(p90(samples.map((s) => s.total))),
  medianScriptMs: round3(median(samples.map((s) => s.script))),
  medianFrameMs: round3(median(samples.map((s) => s.frame))),
  samples: samples.length,
});


/** The part of a Chrome trace event the CPU measure reads. */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  /** Thread CPU clock at the event (µs); user-timing marks carry it. */
  readonly tts?: number;
}

/**
 * Main-thread CPU milliseconds per sample: the thread clock (`tts`) advanced between a sample's marks a→b
 * (dispatch → committed) and c→d (frame start → painted). Idle time between them (waiting for vsync) is out, and
 * so is any time the thread was descheduled by other processes.
 */
export function cpuPerSample(events: readonly TraceEvent[]): number[] {
  const clock = new Map<string, number>();
  for (const e of events) {
    const m = /^cpu:([abcd]):(\d+)$/.exec(e.name);
    if (m && e.tts !== undefined) clock.set(`${m[1]}${m[2]}`, e.tts);
  }
  const out: number[] = [];
  for (const key of clock.keys()) {
    if (!key.startsWith("a")) continue;
    const n = key.slice(1);
    const [a, b, c, d] = ["a", "b", "c", "d"].map((k) => clock.get(`${k}${n}`));
    if (a === undefined || b === undefined || c === undefined || d === undefined) continue;
    out.push((b - a + (d - c)) / 1000);
  }
  return out;
}
