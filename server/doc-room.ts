import * as Y from "yjs";
import type { DocStore } from "../lib/db/types";
import { CLOSE } from "../lib/sync/close-codes";
import type { Room } from "../lib/sync/rooms";
import type { Reveal } from "../lib/sync/schema";
import { BoardPresence } from "./board-presence";
import { Connection } from "./connection";
import { errorText, type Logger } from "./log";
import type { RejectReason, SyncMetrics } from "./metrics";
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate, type ClientMessage } from "./protocol";
import { PersistChain } from "./persist-chain";

/** An update with no structs and no deletions (what `encodeStateAsUpdate` gives for an empty document). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

/** Limits and tuning every room shares (SyncServerOptions fills them in). */
export interface RoomOptions {
  readonly compactEvery?: number;
  /** A client update that would grow the document past this many bytes is refused (4413). */
  readonly maxDocBytes: number;
  /** Awareness batching on the board (ms). */
  readonly awarenessCoalesceMs: number;
  /** Largest awareness state of one client (JSON characters). */
  readonly maxAwarenessStateChars: number;
}

/** What a room needs from its surroundings. */
export interface DocRoomDeps extends RoomOptions {
  readonly docs: DocStore;
  readonly log: Logger;
  readonly metrics: SyncMetrics;
  /** Called once when a stored write failed: the room is dead and must be dropped by its owner. */
  readonly onFailure: (room: DocRoom) => void;
  /** The reveal flags of the room's workshop, or null when unknown (board awareness strips drags then). */
  readonly reveal: () => Reveal | null;
}

/**
 * One loaded document and its connections. Invariants:
 * - the stored state is applied before any connection attaches (see DocRoom.load);
 * - every change (a client's or the server's) is appended to the store before it is sent to anyone, and
 *   replies to sync step 1 wait behind those appends, so no client ever sees state that is not on disk;
 * - writes from read-only connections are dropped, never applied; so are writes that would grow the document
 *   past `maxDocBytes` (the writer is closed with 4413);
 * - awareness is relayed only on the board (BoardPresence).
 */
export class DocRoom {
  readonly doc: Y.Doc;
  private readonly presence: BoardPresence | null;
  private readonly connections = new Set<Connection>();
  private readonly chain: PersistChain;
  /** An upper bound of the stored size: the last snapshot (or the loaded rows) plus every update appended since. */
  private approxBytes: number;
  private destroyed = false;

  private constructor(
    readonly name: string,
    readonly room: Room,
    doc: Y.Doc,
    stored: { lastSeq: number; rows: number; bytes: number },
    private readonly deps: DocRoomDeps,
  ) {
    this.doc = doc;
    this.approxBytes = stored.bytes;
    this.chain = new PersistChain(
      name,
      doc,
      stored.lastSeq,
      stored.rows > 1 ? stored.rows : 0,
      {
        docs: deps.docs,
        log: deps.log,
        compactEvery: deps.compactEvery,
        onPersisted: (seconds) => deps.metrics.persisted(seconds),
        onCompacted: (bytes) => {
          this.approxBytes = bytes;
        },
      },
      () => this.fail(),
    );
    doc.on("update", this.onUpdate);
    this.presence =
      room.kind === "board"
        ? new BoardPresence(doc, this.connections, {
            metrics: deps.metrics,
            coalesceMs: deps.awarenessCoalesceMs,
            maxStateChars: deps.maxAwarenessStateChars,
            reveal: deps.reveal,
          })
        : null;
  }

  /** Loads a document from the store; the room exists only once its whole stored state is applied. */
  static async load(name: string, room: Room, deps: DocRoomDeps): Promise<DocRoom> {
    const stored = await deps.docs.loadDoc(name);
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    const bytes = stored.updates.reduce((n, u) => n + u.byteLength, 0);
    return new DocRoom(name, room, doc, { lastSeq: stored.lastSeq, rows: stored.updates.length, bytes }, deps);
  }

  /** Number of attached connections. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Adds a connection and greets it: sync step 1, then the current awareness states (board only). */
  attach(conn: Connection): void {
    if (this.destroyed) return conn.close(CLOSE.serverRestart);
    this.connections.add(conn);
    conn.send(encodeSyncStep1(this.doc));
    this.presence?.greet(conn);
  }

  /** Asks a connection for whatever it has that the server lacks (sync step 1; it answers with step 2). */
  requestState(conn: Connection): void {
    if (!this.destroyed && this.connections.has(conn)) conn.send(encodeSyncStep1(this.doc));
  }

  /** Removes a connection and the awareness state it introduced (others are told it left). */
  detach(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    if (!this.destroyed) this.presence?.leave(conn);
  }

  /** Handles one validated message from an attached connection. */
  receive(conn: Connection, message: ClientMessage): void {
    if (this.destroyed) return;
    switch (message.type) {
      case "sync-step1": {
        // Computed now, sent once every change applied so far is on disk.
        const reply = encodeSyncStep2(this.doc, message.stateVector);
        this.chain.run(async () => conn.send(reply));
        return;
      }
      case "sync-step2":
      case "update":
        return this.applyWrite(conn, message.update);
      case "awareness":
        this.presence?.receive(conn, message.update);
        return;
      case "query-awareness":
        this.presence?.query(conn);
        return;
      case "auth":
        return;
    }
  }

  /** Resolves once every change made so far is stored and sent. */
  flush(): Promise<void> {
    return this.chain.flush();
  }

  /** Stores everything, compacts the log when it grew, and frees the document. */
  async unload(): Promise<void> {
    if (this.destroyed) return;
    await this.chain.flush();
    if (!this.chain.failed) await this.chain.compactIfGrown();
    this.destroy();
  }

  /** Frees the document without storing anything more (after a failure). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.doc.off("update", this.onUpdate);
    this.presence?.destroy();
    this.doc.destroy();
  }

  private applyWrite(conn: Connection, update: Uint8Array): void {
    // Every client answers sync step 1 with a step 2, readers too: an empty one is not a write attempt.
    if (isEmptyUpdate(update)) return;
    if (conn.access !== "write") return this.reject(conn, "read-only");
    if (this.approxBytes + update.byteLength > this.deps.maxDocBytes) {
      // The estimate only grows; measure exactly before refusing (rare: only near the limit).
      this.approxBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
      if (this.approxBytes + update.byteLength > this.deps.maxDocBytes) {
        this.reject(conn, "doc-too-large");
        return conn.close(CLOSE.tooLarge, `document would exceed ${this.deps.maxDocBytes} bytes`);
      }
    }
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch (error) {
      this.reject(conn, "malformed-update");
      conn.close(CLOSE.badRequest, `update rejected: ${errorText(error)}`);
    }
  }

  private reject(conn: Connection, reason: RejectReason): void {
    this.deps.metrics.rejectedWrite(reason);
    this.deps.log.debug("dropped write", { ...conn.context, reason });
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.destroyed) return;
    const started = performance.now();
    const sender = origin instanceof Connection ? origin : null;
    const frame = encodeUpdate(update);
    this.approxBytes += update.byteLength;
    this.chain.append(update, () => {
      for (const conn of this.connections) if (conn !== sender) conn.send(frame);
      this.deps.metrics.fannedOut((performance.now() - started) / 1000);
    });
  };

  private fail(): void {
    for (const conn of this.connections) conn.close(CLOSE.internalError, "store failed");
    this.connections.clear();
    this.deps.onFailure(this);
    this.destroy();
  }
}
