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
 * A connection's token bucket of frames (refilled lazily by takeFrameToken, so an idle connection costs no timer).
 * What it keeps: tokens left, in thousandths of a frame, and when it was last refilled (whole ms,
 * monotonic). Whole numbers, so V8 keeps them inside their object (a fraction would be a heap number of its own).
 */
export interface FrameBucketState {
  frameTokens: number;
  frameAt: number;
}

/**
 * Refills a token bucket for the time since `frameAt` and takes one token for a frame; false when the bucket is
 * empty (the sender is over its rate). `now` is in whole milliseconds. The state lives in its owner (a Connection
 * holds its own two numbers rather than a bucket object: per-connection memory is benchmarked).
 */
export function takeFrameToken(state: FrameBucketState, perSecond: number, burst: number, now: number): boolean {
  // Elapsed ms × frames per second = thousandths of a frame.
  state.frameTokens = Math.min(fullBucket(burst), state.frameTokens + Math.round(Math.max(0, now - state.frameAt) * perSecond));
  state.frameAt = now;
  if (state.frameTokens < 1000) return false;
  state.frameTokens -= 1000;
  return true;
}

/** The full bucket of `burst` frames, in FrameBucketState's units. */
export function fullBucket(burst: number): number {
  return burst * 1000;
}

/** A room's seat record: its connection count and the one copy of its name and parsed name its connections share. */
export interface RoomSeat<R> {
  readonly name: string;
  readonly room: R;
  count: number;
}

/**
 * Open connections per room name, to enforce maxConnectionsPerRoom. Each room's record also holds the canonical
 * name and parsed room that all its connections use (a copy per connection would cost memory per socket).
 */
export class RoomOccupancy<R = unknown> {
  private readonly seats = new Map<string, RoomSeat<R>>();

  /** Takes a seat in a room; null (and nothing taken) when it already has `max`. */
  enter(name: string, max: number, room: R): RoomSeat<R> | null {
    const seat = this.seats.get(name);
    if (seat) {
      if (seat.count >= max) return null;
      seat.count += 1;
      return seat;
    }
    if (max < 1) return null;
    const fresh: RoomSeat<R> = { name, room, count: 1 };
    this.seats.set(name, fresh);
    return fresh;
  }

  leave(name: string): void {
    const seat = this.seats.get(name);
    if (!seat) return;
    seat.count -= 1;
    if (seat.count <= 0) this.seats.delete(name);
  }

  /** Rooms with at least one connection. */
  get size(): number {
    return this.seats.size;
  }
}
