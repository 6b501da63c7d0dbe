/**
 * A fixed-window rate limiter kept in this process's memory.
 *
 * Why in memory is acceptable (docs/decisions/021-in-memory-rate-limits.md): the web app is one Node process next to
 * its SQLite file, so every request passes through the same counters; a restart forgets them, which at worst gives
 * an attacker one fresh window per restart. Several web processes would each count separately (multiply the
 * limits by their number) — a shared store (Redis, which the scale-out issue brings) is needed then.
 */
export interface RateLimiter {
  /** Counts one attempt for `key`; says whether it is allowed and, when not, in how many seconds to retry. */
  hit(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
  /** How many keys are being tracked (for tests: the sweep keeps this bounded). */
  readonly size: number;
}

/** At most `limit` attempts per key in every `windowMs`; `now` is injectable for tests. */
export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }): RateLimiter {
  const { limit, windowMs } = options;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = now() + windowMs;

  const sweep = (t: number) => {
    if (t < nextSweep) return;
    nextSweep = t + windowMs;
    for (const [key, w] of windows) if (w.resetAt <= t) windows.delete(key);
  };

  return {
    hit(key) {
      const t = now();
      sweep(t);
      const current = windows.get(key);
      if (!current || current.resetAt <= t) {
        windows.set(key, { count: 1, resetAt: t + windowMs });
        return { allowed: true };
      }
      if (current.count >= limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((current.resetAt - t) / 1000)) };
      current.count += 1;
      return { allowed: true };
    },
    get size() {
      return windows.size;
    },
  };
}
