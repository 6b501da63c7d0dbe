import type { RawData, WebSocket } from "ws";
import type { Access } from "../lib/sync/rights";
import type { Room } from "../lib/sync/rooms";
import type { SyncClaims } from "../lib/validation/token";
import { CLOSE } from "../lib/sync/close-codes";
import type { DocRoom } from "./doc-room";
import type { Logger } from "./log";
import { decodeMessage, type ClientMessage } from "./protocol";

/** A named close code, as in lib/sync/close-codes. */
export interface CloseSpec {
  readonly code: number;
  readonly reason: string;
}

/** Frames a client may send while its room loads, in bytes, before it is cut off (a client sends a few). */
const MAX_PENDING_BYTES = 8 * 1024 * 1024;

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

/**
 * One admitted WebSocket: who it is (claims), what room it opened and what it may do there. Frames are validated
 * as they arrive; those that arrive before the room has loaded are queued and handed over, in order, on attach.
 * This object is also the Yjs transaction origin of the updates the client sends.
 */
export class Connection {
  readonly id = nextConnectionId++;
  /** Awareness client ids this connection introduced; removed from the room when it goes. */
  readonly awarenessIds = new Set<number>();
  /** Cleared by each ping, set by each pong; a socket still false at the next ping is dead. */
  alive = true;
  private room: DocRoom | null = null;
  private pending: ClientMessage[] = [];
  private pendingBytes = 0;
  private closing = false;
  /** Resolves when the socket has closed (handshake done or terminated). */
  readonly done: Promise<void>;

  constructor(
    private readonly ws: WebSocket,
    readonly claims: SyncClaims,
    readonly roomRef: Room,
    readonly name: string,
    readonly access: Exclude<Access, "none">,
    private readonly log: Logger,
  ) {
    this.done = new Promise((resolve) => ws.once("close", () => resolve()));
  }

  /** True once the connection is closing or closed: it neither receives nor sends any more. */
  get isClosed(): boolean {
    return this.closing;
  }

  /** Handles one incoming frame: validates it, then hands it to the room or queues it while the room loads. */
  receive(data: RawData, isBinary: boolean): void {
    if (this.closing) return;
    if (!isBinary) return this.close(CLOSE.badRequest, "text frame");
    const bytes = toBytes(data);
    const decoded = decodeMessage(bytes);
    if (!decoded.ok) return this.close(CLOSE.badRequest, decoded.reason);
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
    const room = this.room;
    this.room = null;
    this.pending = [];
    room?.detach(this);
    return room;
  }

  /** Sends one frame if the socket is open; a failed send closes the socket. */
  send(frame: Uint8Array): void {
    if (this.closing || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(frame, { binary: true }, (error) => {
      if (error) this.log.debug("send failed", { conn: this.id, error: error.message });
    });
  }

  /** Closes with a named code. Nothing is received or sent afterwards. */
  close(spec: CloseSpec, detail?: string): void {
    if (this.closing) return;
    this.closing = true;
    if (spec.code !== CLOSE.serverRestart.code) {
      this.log.info("closing connection", { conn: this.id, room: this.name, code: spec.code, detail });
    }
    this.ws.close(spec.code, spec.reason);
  }

  /** Drops the socket without a closing handshake (dead peers, shutdown stragglers). */
  terminate(): void {
    this.closing = true;
    this.ws.terminate();
  }

  /** Sends a keepalive ping; see `alive`. */
  ping(): void {
    this.alive = false;
    if (this.ws.readyState === this.ws.OPEN) this.ws.ping();
  }
}
