import type { IncomingMessage } from "node:http";

/** The server's limits (SyncServerOptions); docs/sync.md "Limits" explains each default. */
export interface SyncLimits {
  /** Largest frame a client may send (bytes); larger → 4413. ws itself cuts frames over twice this with 1009. */
  readonly maxFrameBytes: number;
  /** Largest document (bytes, as stored); an update that would grow it past this → 4413. */
  readonly maxDocBytes: number;
  /** Connections per room; one more → 4429. */
  readonly maxConnectionsPerRoom: number;
  /** Connection attempts per client address per minute; one more → 4429. */
  readonly maxConnectionsPerIpPerMinute: number;
  /** A socket with more than this many bytes waiting to be sent is a slow consumer → 1013 (it reconnects). */
  readonly maxBufferedBytes: number;
  /** Frames per second one connection may send, sustained (token-bucket refill rate); more → 4429. */
  readonly maxFramesPerSecond: number;
  /** Frames one connection may send at once above the sustained rate (token-bucket size). */
  readonly maxFrameBurst: number;
  /** Use the last X-Forwarded-For entry (added by our own reverse proxy) as the client address. */
  readonly trustProxy: boolean;
}

export const DEFAULT_LIMITS: SyncLimits = {
  maxFrameBytes: 1024 * 1024,
  maxDocBytes: 10 * 1024 * 1024,
  maxConnectionsPerRoom: 300,
  // A venue behind one NAT: 300 people × 4 documents reconnecting at once after a restart stay under it.
  maxConnectionsPerIpPerMinute: 1200,
  maxBufferedBytes: 4 * 1024 * 1024,
  // A drag sends an awareness frame per move (~20 Hz); typing sends two per key (the update and the caret), and a
  // held key repeats at up to ~50 Hz. 100/s sustained with 300 in hand covers both; a flood is thousands per second.
  maxFramesPerSecond: 100,
  maxFrameBurst: 300,
  trustProxy: false,
};

/**
 * The address a connection comes from: the socket's peer, or, behind a trusted reverse proxy, the last
 * X-Forwarded-For entry (the one our proxy appended; earlier entries are whatever the client claimed).
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers["x-forwarded-for"];
    const value = Array.isArray(header) ? header.join(",") : header;
    const last = value?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** Fixed one-minute windows of connection attempts per address; idle addresses are forgotten. */
export class AddressRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly windowMs = 60_000,
  ) {
    this.lastSweep = now();
  }

  /** Counts one attempt from `address`; false when it is over the limit for the current window. */
  take(address: string): boolean {
    const t = this.now();
    if (t - this.lastSweep >= this.windowMs) {
      this.lastSweep = t;
      for (const [key, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(key);
    }
    let window = this.windows.get(address);
    if (!window || t - window.start >= this.windowMs) {
      window = { start: t, count: 0 };
      this.windows.set(address, window);
    }
    window.count += 1;
    return window.count <= this.perMinute;
  }

  /** Addresses currently tracked. */
  get size(): number {
    return this.windows.size;
  }
}

/**
 * A token bucket of frames for one connection: it holds up to `burst` tokens, refills at `perSecond`, and each
 * frame takes one. Refilled lazily on `take`, so an idle connection costs no timer.
 */
export class FrameBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes a token for one frame; false when the bucket is empty (the sender is over its rate). */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.perSecond) / 1000);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Open connections per room name, to enforce maxConnectionsPerRoom. */
export class RoomOccupancy {
  private readonly counts = new Map<string, number>();

  /** Takes a seat in a room; false (and nothing taken) when it already has `max`. */
  enter(name: string, max: number): boolean {
    const n = this.counts.get(name) ?? 0;
    if (n >= max) return false;
    this.counts.set(name, n + 1);
    return true;
  }

  leave(name: string): void {
    const n = (this.counts.get(name) ?? 0) - 1;
    if (n > 0) this.counts.set(name, n);
    else this.counts.delete(name);
  }

  /** Rooms with at least one connection. */
  get size(): number {
    return this.counts.size;
  }
}
