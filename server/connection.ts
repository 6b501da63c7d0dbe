import type { RawData, WebSocket } from "ws";
import type { AccessVerdict } from "../lib/sync/access-check";
import { CLOSE } from "../lib/sync/close-codes";
import type { Access } from "../lib/sync/rights";
import type { Room } from "../lib/sync/rooms";
import type { SyncClaims } from "../lib/validation/token";
import type { DocRoom } from "./doc-room";
import { fullBucket, takeFrameToken, type FrameBucketState } from "./limits";
import type { LogContext, Logger } from "./log";
import type { SyncMetrics } from "./metrics";
import { decodeMessage, type ClientMessage } from "./protocol";

/** A named close code, as in lib/sync/close-codes. */
export interface CloseSpec {
  readonly code: number;
  readonly reason: string;
}

/** Frames a client may send while its room loads, in bytes, before it is cut off (a client sends a few). */
const MAX_PENDING_BYTES = 8 * 1024 * 1024;
/** How long a slow consumer gets to take its close frame before the socket is dropped. */
const SLOW_CONSUMER_GRACE_MS = 1000;

/**
 * Whole milliseconds on a monotonic clock since the process started: a small integer, which V8 stores inside the
 * object (a Date.now() or performance.now() value would be a separate heap number per connection).
 */
export function monotonicMs(): number {
  return Math.floor(performance.now());
}

let nextConnectionId = 1;

/** ws send options, one object for every frame. */
const SEND_BINARY = { binary: true } as const;

/** Connection.flags bits (one small integer instead of four fields: per-connection memory is benchmarked). */
const ALIVE = 1;
const CLOSING = 2;
const GRANTED_WRITE = 4;
/** Writes are granted but the access check lowered them to reads (a closed workshop). */
const LOWERED = 8;

/** The room a connection is in: its wire name and parsed name (a RoomSeat, shared by the room's connections). */
export interface ConnectionPlace {
  readonly name: string;
  readonly room: Room;
}

/** Copies a ws payload into a fresh Uint8Array that owns exactly its bytes (ws may hand out pooled views). */
function toBytes(data: RawData): Uint8Array {
  const parts = Array.isArray(data) ? data : [data instanceof ArrayBuffer ? new Uint8Array(data) : data];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** What a connection needs besides its socket and identity. */
export interface ConnectionDeps {
  readonly log: Logger;
  readonly metrics: SyncMetrics;
  /** Largest frame accepted (bytes); a larger one closes with 4413. */
  readonly maxFrameBytes: number;
  /** Largest send buffer (bytes) before the client counts as a slow consumer and is closed (non-final). */
  readonly maxBufferedBytes: number;
  /** Sustained frames per second a client may send (token bucket); over it → 4429. Unlimited when absent. */
  readonly maxFramesPerSecond?: number;
  /** Frames a client may send at once above the sustained rate (the bucket's size). */
  readonly maxFrameBurst?: number;
  /** The socket closed (either side): the server forgets the connection and releases its room and seat. */
  readonly onClosed?: (conn: Connection, code: number) => void;
}

/**
 * One admitted WebSocket: who it is (claims), what room it opened and what it may do there. Frames are validated
 * as they arrive; those that arrive before the room has loaded are queued and handed over, in order, on attach.
 * This object is also the Yjs transaction origin of the updates the client sends.
 *
 * `granted` is what the rights allow; `access` is what applies now: the access check may lower it to "read"
 * (closed workshop) and raise it back (reopened), without the client reconnecting.
 */
export class Connection implements FrameBucketState {
  readonly id = nextConnectionId++;
  /** ALIVE | CLOSING | GRANTED_WRITE | LOWERED. */
  private flags: number;
  /** When the last frame was sent (monotonicMs); idle sockets get a heartbeat so y-websocket does not declare them dead. */
  lastSentAt = monotonicMs();
  /** The code this side closed with, if it closed first (for metrics). */
  closeCode: number | null = null;
  /** The frame rate's token bucket (FrameBucketState): thousandths of a frame left, and the last refill (ms). */
  frameTokens: number;
  frameAt: number;
  private room: DocRoom | null = null;
  /** Frames received while the room loads, and their size (null once attached, or while none came). */
  private pending: { readonly messages: ClientMessage[]; bytes: number } | null = null;

  constructor(
    private readonly ws: WebSocket,
    readonly claims: SyncClaims,
    private readonly place: ConnectionPlace,
    granted: Exclude<Access, "none">,
    verdict: Exclude<AccessVerdict, "revoked">,
    private readonly deps: ConnectionDeps,
  ) {
    this.flags = ALIVE | (granted === "write" ? GRANTED_WRITE : 0) | (verdict === "read-only" ? LOWERED : 0);
    this.frameTokens = fullBucket(deps.maxFrameBurst ?? deps.maxFramesPerSecond ?? 0);
    this.frameAt = monotonicMs();
    // Per-connection memory is a benchmarked figure (docs/sync.md "Benchmarks"): no timers, listeners, promises or
    // helper objects of its own; the token's expiry is checked by the server's sweep (checkExpiry).
    this.checkExpiry(Date.now());
  }

  /** Resolves when the socket has closed (handshake done or terminated); made only when asked for (shutdown). */
  get done(): Promise<void> {
    if (this.ws.readyState === this.ws.CLOSED) return Promise.resolve();
    return new Promise((resolve) => this.ws.once("close", () => resolve()));
  }

  /** The room's wire name. */
  get name(): string {
    return this.place.name;
  }

  /** The room, parsed. */
  get roomRef(): Room {
    return this.place.room;
  }

  /** What the rights allow: "write" or "read". */
  get granted(): Exclude<Access, "none"> {
    return this.flags & GRANTED_WRITE ? "write" : "read";
  }

  /** What the connection may do now: "write" or "read". */
  get access(): Exclude<Access, "none"> {
    return (this.flags & (GRANTED_WRITE | LOWERED)) === GRANTED_WRITE ? "write" : "read";
  }

  /** Cleared by each ping, set by each pong; a socket still false at the next ping is dead. */
  get alive(): boolean {
    return (this.flags & ALIVE) !== 0;
  }

  set alive(value: boolean) {
    this.flags = value ? this.flags | ALIVE : this.flags & ~ALIVE;
  }

  /** True once the connection is closing or closed: it neither receives nor sends any more. */
  get isClosed(): boolean {
    return (this.flags & CLOSING) !== 0;
  }

  private markClosing(): void {
    this.flags |= CLOSING;
  }

  /** Bytes queued on the socket and not yet written out. */
  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  /** Log context: connection, room, workshop and (for participants) participant id; never the token. */
  get context(): LogContext {
    return {
      conn: this.id,
      room: this.name,
      workshop: this.claims.wid,
      role: this.claims.role,
      participant: this.claims.role === "participant" ? this.claims.sub : undefined,
    };
  }

  /**
   * Applies a recheck's verdict: "read-only" lowers writes to reads, "ok" restores what the rights grant. When
   * writes come back the client is asked for its state (sync step 1): Yjs cannot apply its next updates while the
   * ones dropped in between are missing, so its reply brings the server up to date first.
   */
  applyVerdict(verdict: Exclude<AccessVerdict, "revoked">): void {
    const before = this.access;
    this.flags = verdict === "read-only" ? this.flags | LOWERED : this.flags & ~LOWERED;
    const next = this.access;
    if (next === before) return;
    this.deps.log.info("access changed", { ...this.context, access: next });
    if (next === "write") this.room?.requestState(this);
  }

  /** Handles one incoming frame: validates it, then hands it to the room or queues it while the room loads. */
  receive(data: RawData, isBinary: boolean): void {
    if (this.isClosed) return;
    const perSecond = this.deps.maxFramesPerSecond;
    if (perSecond !== undefined && !takeFrameToken(this, perSecond, this.deps.maxFrameBurst ?? perSecond, monotonicMs())) {
      this.deps.metrics.frameIn("rate-limited");
      return this.close(CLOSE.rateLimited, `over ${this.deps.maxFramesPerSecond} frames/s (burst ${this.deps.maxFrameBurst})`);
    }
    if (!isBinary) {
      this.deps.metrics.frameIn("invalid");
      return this.close(CLOSE.badRequest, "text frame");
    }
    const bytes = toBytes(data);
    if (bytes.byteLength > this.deps.maxFrameBytes) {
      this.deps.metrics.frameIn("oversized");
      return this.close(CLOSE.tooLarge, `frame of ${bytes.byteLength} bytes`);
    }
    const decoded = decodeMessage(bytes, this.room?.isAwarenessEcho, this);
    if (!decoded.ok) {
      this.deps.metrics.frameIn("invalid");
      return this.close(CLOSE.badRequest, decoded.reason);
    }
    this.deps.metrics.frameIn(decoded.message.type);
    if (this.room) return this.room.receive(this, decoded.message);
    const pending = (this.pending ??= { messages: [], bytes: 0 });
    pending.bytes += bytes.byteLength;
    if (pending.bytes > MAX_PENDING_BYTES) return this.close(CLOSE.tooLarge, "too much sent while loading");
    pending.messages.push(decoded.message);
  }

  /** The socket reported a protocol error from the peer (ws closes it). */
  socketError(error: Error): void {
    this.deps.log.debug("socket error", { conn: this.id, error: error.message });
  }

  /** The socket has closed, with the code the peer or this side sent. */
  socketClosed(code: number): void {
    this.deps.onClosed?.(this, code);
  }

  /** Joins the loaded room: it sends its greeting, then the frames queued during the load are processed. */
  attach(room: DocRoom): void {
    this.room = room;
    room.attach(this);
    const queued = this.pending?.messages ?? [];
    this.pending = null;
    for (const message of queued) {
      if (this.isClosed) break;
      room.receive(this, message);
    }
  }

  /** Leaves the room (if attached) and returns it, so the caller can release its hold. */
  detach(): DocRoom | null {
    this.markClosing();
    const room = this.room;
    this.room = null;
    this.pending = null;
    room?.detach(this);
    return room;
  }

  /**
   * Sends one frame if the socket is open; a failed send closes the socket. A client whose send buffer has grown
   * past the limit is not keeping up: it is closed (1013, it reconnects later) and dropped after a short grace.
   */
  send(frame: Uint8Array): void {
    if (this.isClosed || this.ws.readyState !== this.ws.OPEN) return;
    this.lastSentAt = monotonicMs();
    this.deps.metrics.frameOut(frame);
    // No callback: a failed write surfaces as the socket's error and close, which end the connection anyway.
    this.ws.send(frame, SEND_BINARY);
    if (this.ws.bufferedAmount > this.deps.maxBufferedBytes) {
      this.close(CLOSE.slowConsumer, `${this.ws.bufferedAmount} bytes buffered`);
      setTimeout(() => this.ws.terminate(), SLOW_CONSUMER_GRACE_MS).unref();
    }
  }

  /** Closes with a named code. Nothing is received or sent afterwards. */
  close(spec: CloseSpec, detail?: string): void {
    if (this.isClosed) return;
    this.markClosing();
    this.closeCode = spec.code;
    if (spec.code !== CLOSE.serverRestart.code) {
      this.deps.log.info("closing connection", { ...this.context, code: spec.code, reason: spec.reason, detail });
    }
    this.ws.close(spec.code, spec.reason);
  }

  /** Drops the socket without a closing handshake (dead peers, shutdown stragglers). */
  terminate(): void {
    this.markClosing();
    this.ws.terminate();
  }

  /** Sends a keepalive ping; see `alive`. */
  ping(): void {
    this.flags &= ~ALIVE;
    if (this.ws.readyState === this.ws.OPEN) this.ws.ping();
  }

  /** Closes with 4401 once the token's `exp` (seconds) has passed: a long session must come back with a renewed token. */
  checkExpiry(nowMs: number): void {
    if (!this.isClosed && this.claims.exp * 1000 <= nowMs) this.close(CLOSE.unauthenticated, "token expired");
  }
}
