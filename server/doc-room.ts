import * as Y from "yjs";
import type { DocStore } from "../lib/db/types";
import { CLOSE } from "../lib/sync/close-codes";
import type { Room } from "../lib/sync/rooms";
import type { Reveal } from "../lib/sync/schema";
import { BoardPresence } from "./board-presence";
import { Connection } from "./connection";
import { errorText, type Logger } from "./log";
import type { RejectReason, SyncMetrics } from "./metrics";
import { asBuffer, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type AwarenessEchoCheck, type ClientMessage } from "./protocol";
import { PersistChain } from "./persist-chain";
import { RELAY_ORIGIN, type RelayMessage } from "./redis-codec";
import type { RelayLink } from "./redis-link";
import type { RedisRelay } from "./redis-relay";
import { RoomRelay, syncFromPeers } from "./room-relay";

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
  /** Scale-out: the Redis relay to the other processes serving the same rooms; null or absent for one process. */
  readonly relay?: RedisRelay | null;
  /** How long a freshly loaded room waits for its peers' state before it answers clients (ms); 1000 by default. */
  readonly peerSyncTimeoutMs?: number;
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
 * - awareness is relayed only on the board (BoardPresence);
 * - with a relay (scale-out), a change this process accepted is published to the peers once stored; a peer's
 *   change (RELAY_ORIGIN) is sent to local connections but neither stored nor published again.
 */
export class DocRoom {
  readonly doc: Y.Doc;
  private readonly presence: BoardPresence | null;
  private readonly connections = new Set<Connection>();
  private readonly chain: PersistChain;
  private readonly relay: RoomRelay | null = null;
  /** An upper bound of the stored size: the last snapshot (or the loaded rows) plus every update appended since. */
  private approxBytes: number;
  private destroyed = false;

  private constructor(
    readonly name: string,
    readonly room: Room,
    doc: Y.Doc,
    stored: { lastSeq: number; rows: number; bytes: number },
    private readonly deps: DocRoomDeps,
    link: RelayLink | null = null,
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
        // Peers append to the same log: compaction must fold in their rows instead of deleting them unseen.
        shared: link !== null,
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
            publish: link ? (update) => this.relay?.publishAwareness(update) : undefined,
          })
        : null;
    if (link) {
      this.relay = new RoomRelay(name, link, doc, this.chain, this.presence, deps.log);
      link.setHandler(this.relay);
    }
  }

  /** Loads a document from the store; the room exists only once its whole stored state is applied. */
  static async load(name: string, room: Room, deps: DocRoomDeps): Promise<DocRoom> {
    // Subscribe first, so nothing a peer publishes between our read of the log and our first answer is missed.
    const link = deps.relay ? await deps.relay.join(name) : null;
    let early: RelayMessage[] = [];
    const doc = new Y.Doc();
    let stored: Awaited<ReturnType<DocStore["loadDoc"]>>;
    try {
      stored = await deps.docs.loadDoc(name);
      doc.transact(() => {
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      });
      if (link) early = await syncFromPeers(link, doc, deps.peerSyncTimeoutMs ?? 1000, deps.log, name);
    } catch (error) {
      link?.leave();
      doc.destroy();
      throw error;
    }
    const bytes = stored.updates.reduce((n, u) => n + u.byteLength, 0);
    const loaded = new DocRoom(name, room, doc, { lastSeq: stored.lastSeq, rows: stored.updates.length, bytes }, deps, link);
    for (const message of early) loaded.relay?.receive(message);
    return loaded;
  }

  /** Number of attached connections. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Recognises awareness entries the server itself sent (board only): decodeMessage skips them. */
  get isAwarenessEcho(): AwarenessEchoCheck | undefined {
    return this.presence?.isEcho;
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
        this.presence?.receive(conn, message.entries);
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
    this.relay?.leave();
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
    const frame = asBuffer(encodeUpdate(update));
    this.approxBytes += update.byteLength;
    if (origin === RELAY_ORIGIN) {
      // Stored by the peer that accepted it; queued behind our own appends so local order is kept.
      this.chain.run(() => {
        for (const conn of this.connections) conn.send(frame);
      });
      return;
    }
    this.chain.append(update, () => {
      for (const conn of this.connections) if (conn !== sender) conn.send(frame);
      this.relay?.publishStored(update);
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
