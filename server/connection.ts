import type { RawData, WebSocket } from "ws";
import type { AccessVerdict } from "../lib/sync/access-check";
import { CLOSE } from "../lib/sync/close-codes";
import type { Access } from "../lib/sync/rights";
import type { Room } from "../lib/sync/rooms";
import type { SyncClaims } from "../lib/validation/token";
import type { DocRoom } from "./doc-room";
import { FrameBucket } from "./limits";
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
/** setTimeout's largest delay; longer token lifetimes are waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

let nextConnectionId = 1;

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
}

/**
 * One admitted WebSocket: who it is (claims), what room it opened and what it may do there. Frames are validated
 * as they arrive; those that arrive before the room has loaded are queued and handed over, in order, on attach.
 * This object is also the Yjs transaction origin of the updates the client sends.
 *
 * `granted` is what the rights allow; `access` is what applies now: the access check may lower it to "read"
 * (closed workshop) and raise it back (reopened), without the client reconnecting.
 */
export class Connection {
  readonly id = nextConnectionId++;
  /** Cleared by each ping, set by each pong; a socket still false at the next ping is dead. */
  alive = true;
  /** When the last frame was sent (ms); idle sockets get a heartbeat so y-websocket does not declare them dead. */
  lastSentAt = Date.now();
  /** The code this side closed with, if it closed first (for metrics). */
  closeCode: number | null = null;
  private current: Exclude<Access, "none">;
  private room: DocRoom | null = null;
  private pending: ClientMessage[] = [];
  private pendingBytes = 0;
  private closing = false;
  private expiryTimer: NodeJS.Timeout | null = null;
  private readonly frames: FrameBucket | null;
  /** Resolves when the socket has closed (handshake done or terminated). */
  readonly done: Promise<void>;

  constructor(
    private readonly ws: WebSocket,
    readonly claims: SyncClaims,
    readonly roomRef: Room,
    readonly name: string,
    readonly granted: Exclude<Access, "none">,
    verdict: Exclude<AccessVerdict, "revoked">,
    private readonly deps: ConnectionDeps,
  ) {
    this.current = verdict === "read-only" ? "read" : granted;
    this.frames =
      deps.maxFramesPerSecond === undefined ? null : new FrameBucket(deps.maxFramesPerSecond, deps.maxFrameBurst ?? deps.maxFramesPerSecond);
    this.done = new Promise((resolve) => ws.once("close", () => resolve()));
    ws.once("close", () => this.clearExpiry());
    this.scheduleExpiry();
  }

  /** What the connection may do now: "write" or "read". */
  get access(): Exclude<Access, "none"> {
    return this.current;
  }

  /** True once the connection is closing or closed: it neither receives nor sends any more. */
  get isClosed(): boolean {
    return this.closing;
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
    const next = verdict === "read-only" ? "read" : this.granted;
    if (next === this.current) return;
    this.current = next;
    this.deps.log.info("access changed", { ...this.context, access: next });
    if (next === "write") this.room?.requestState(this);
  }

  /** Handles one incoming frame: validates it, then hands it to the room or queues it while the room loads. */
  receive(data: RawData, isBinary: boolean): void {
    if (this.closing) return;
    if (this.frames && !this.frames.take()) {
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
    const decoded = decodeMessage(bytes, this.room?.isAwarenessEcho);
    if (!decoded.ok) {
      this.deps.metrics.frameIn("invalid");
      return this.close(CLOSE.badRequest, decoded.reason);
    }
    this.deps.metrics.frameIn(decoded.message.type);
    if (this.room) return this.room.receive(this, decoded.message);
    this.pendingBytes += bytes.byteLength;
    if (this.pendingBytes > MAX_PENDING_BYTES) return this.close(CLOSE.tooLarge, "too much sent while loading");
    this.pending.push(decoded.message);
  }

  /** Joins the loaded room: it sends its greeting, then the frames queued during the load are processed. */
  attach(room: DocRoom): void {
    this.room = room;
    room.attach(this);
    const queued = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    for (const message of queued) {
      if (this.closing) break;
      room.receive(this, message);
    }
  }

  /** Leaves the room (if attached) and returns it, so the caller can release its hold. */
  detach(): DocRoom | null {
    this.closing = true;
    this.clearExpiry();
    const room = this.room;
    this.room = null;
    this.pending = [];
    room?.detach(this);
    return room;
  }

  /**
   * Sends one frame if the socket is open; a failed send closes the socket. A client whose send buffer has grown
   * past the limit is not keeping up: it is closed (1013, it reconnects later) and dropped after a short grace.
   */
  send(frame: Uint8Array): void {
    if (this.closing || this.ws.readyState !== this.ws.OPEN) return;
    this.lastSentAt = Date.now();
    this.deps.metrics.frameOut(frame);
    this.ws.send(frame, { binary: true }, (error) => {
      if (error) this.deps.log.debug("send failed", { conn: this.id, error: error.message });
    });
    if (this.ws.bufferedAmount > this.deps.maxBufferedBytes) {
      this.close(CLOSE.slowConsumer, `${this.ws.bufferedAmount} bytes buffered`);
      setTimeout(() => this.ws.terminate(), SLOW_CONSUMER_GRACE_MS).unref();
    }
  }

  /** Closes with a named code. Nothing is received or sent afterwards. */
  close(spec: CloseSpec, detail?: string): void {
    if (this.closing) return;
    this.closing = true;
    this.closeCode = spec.code;
    this.clearExpiry();
    if (spec.code !== CLOSE.serverRestart.code) {
      this.deps.log.info("closing connection", { ...this.context, code: spec.code, reason: spec.reason, detail });
    }
    this.ws.close(spec.code, spec.reason);
  }

  /** Drops the socket without a closing handshake (dead peers, shutdown stragglers). */
  terminate(): void {
    this.closing = true;
    this.clearExpiry();
    this.ws.terminate();
  }

  /** Sends a keepalive ping; see `alive`. */
  ping(): void {
    this.alive = false;
    if (this.ws.readyState === this.ws.OPEN) this.ws.ping();
  }

  /** Closes with 4401 the moment the token's `exp` passes: a long session must come back with a renewed token. */
  private scheduleExpiry(): void {
    const left = this.claims.exp * 1000 - Date.now();
    if (left <= 0) return this.close(CLOSE.unauthenticated, "token expired");
    this.expiryTimer = setTimeout(() => this.scheduleExpiry(), Math.min(left, MAX_TIMER_MS));
  }

  private clearExpiry(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
  }
}
