/**
 * Clock-offset estimation for shared countdowns. Every device asks the web app for its time (GET /api/time) a few
 * times; the reply with the shortest round trip is trusted most, and the server's time is taken to be read at the
 * midpoint of the request (as NTP does). offset = serverTime − local midpoint, so `Date.now() + offset` is the
 * server's clock on this device, good to about half the round trip.
 */

/** One round trip: local send and receive times and the server's reported time, all epoch ms. */
export interface ClockSample {
  readonly sentAt: number;
  readonly receivedAt: number;
  readonly serverTime: number;
}

/** The estimated offset (ms to add to the local clock) and its error bound (half the best round trip). */
export interface ClockOffset {
  readonly offsetMs: number;
  readonly uncertaintyMs: number;
}

/** Estimates the offset from samples; samples with a negative round trip are ignored. Null without a usable one. */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockOffset | null {
  let best: ClockSample | null = null;
  for (const s of samples) {
    const rtt = s.receivedAt - s.sentAt;
    if (!Number.isFinite(rtt) || rtt < 0 || !Number.isFinite(s.serverTime)) continue;
    if (!best || rtt < best.receivedAt - best.sentAt) best = s;
  }
  if (!best) return null;
  const midpoint = (best.sentAt + best.receivedAt) / 2;
  return { offsetMs: Math.round(best.serverTime - midpoint), uncertaintyMs: Math.ceil((best.receivedAt - best.sentAt) / 2) };
}
