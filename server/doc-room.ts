import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as Y from "yjs";
import type { DocStore } from "../lib/db/types";
import { CLOSE } from "../lib/sync/close-codes";
import type { Room } from "../lib/sync/rooms";
import { Connection } from "./connection";
import { errorText, type Logger } from "./log";
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type ClientMessage } from "./protocol";
import { PersistChain } from "./persist-chain";

/** What a room needs from its surroundings. */
export interface DocRoomDeps {
  readonly docs: DocStore;
  readonly log: Logger;
  /** Called once when a stored write failed: the room is dead and must be dropped by its owner. */
  readonly onFailure: (room: DocRoom) => void;
  readonly compactEvery?: number;
}

interface AwarenessChange {
  readonly added: number[];
  readonly updated: number[];
  readonly removed: number[];
}

/**
 * One loaded document and its connections. Invariants:
 * - the stored state is applied before any connection attaches (see DocRoom.load);
 * - every change (a client's or the server's) is appended to the store before it is sent to anyone, and
 *   replies to sync step 1 wait behind those appends, so no client ever sees state that is not on disk;
 * - writes from read-only connections are dropped, never applied;
 * - awareness is relayed only on the board.
 */
export class DocRoom {
  readonly doc: Y.Doc;
  private readonly awareness: Awareness | null;
  private readonly connections = new Set<Connection>();
  private readonly chain: PersistChain;
  private destroyed = false;

  private constructor(
    readonly name: string,
    readonly room: Room,
    doc: Y.Doc,
    lastSeq: number,
    storedRows: number,
    private readonly deps: DocRoomDeps,
  ) {
    this.doc = doc;
    this.chain = new PersistChain(name, doc, lastSeq, storedRows > 1 ? storedRows : 0, deps, () => this.fail());
    doc.on("update", this.onUpdate);
    if (room.kind === "board") {
      this.awareness = new Awareness(doc);
      this.awareness.setLocalState(null);
      this.awareness.on("update", this.onAwarenessUpdate);
    } else {
      this.awareness = null;
    }
  }

  /** Loads a document from the store; the room exists only once its whole stored state is applied. */
  static async load(name: string, room: Room, deps: DocRoomDeps): Promise<DocRoom> {
    const stored = await deps.docs.loadDoc(name);
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return new DocRoom(name, room, doc, stored.lastSeq, stored.updates.length, deps);
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
    const states = this.awareness?.getStates();
    if (this.awareness && states && states.size > 0) {
      conn.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, [...states.keys()])));
    }
  }

  /** Removes a connection and the awareness states it introduced (others are told they left). */
  detach(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    if (this.awareness && !this.destroyed && conn.awarenessIds.size > 0) {
      removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    }
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
        if (conn.access !== "write") {
          this.deps.log.debug("dropped write from read-only connection", { conn: conn.id, room: this.name });
          return;
        }
        try {
          Y.applyUpdate(this.doc, message.update, conn);
        } catch (error) {
          conn.close(CLOSE.badRequest, `update rejected: ${errorText(error)}`);
        }
        return;
      case "awareness":
        if (this.awareness) applyAwarenessUpdate(this.awareness, message.update, conn);
        return;
      case "query-awareness":
        if (this.awareness) {
          const ids = [...this.awareness.getStates().keys()];
          conn.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, ids)));
        }
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
    if (this.awareness) {
      this.awareness.off("update", this.onAwarenessUpdate);
      this.awareness.destroy();
    }
    this.doc.destroy();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.destroyed) return;
    const sender = origin instanceof Connection ? origin : null;
    const frame = encodeUpdate(update);
    this.chain.append(update, () => {
      for (const conn of this.connections) if (conn !== sender) conn.send(frame);
    });
  };

  private readonly onAwarenessUpdate = (change: AwarenessChange, origin: unknown): void => {
    if (!this.awareness || this.destroyed) return;
    if (origin instanceof Connection) {
      for (const id of [...change.added, ...change.updated]) origin.awarenessIds.add(id);
      for (const id of change.removed) origin.awarenessIds.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const frame = encodeAwareness(encodeAwarenessUpdate(this.awareness, changed));
    for (const conn of this.connections) if (conn !== origin) conn.send(frame);
  };

  private fail(): void {
    for (const conn of this.connections) conn.close(CLOSE.internalError, "store failed");
    this.connections.clear();
    this.deps.onFailure(this);
    this.destroy();
  }
}
