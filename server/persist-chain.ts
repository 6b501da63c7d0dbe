import * as Y from "yjs";
import type { DocStore } from "../lib/db/types";
import { errorText, type Logger } from "./log";

/** Default number of appended updates after which the log is compacted into one snapshot. */
const DEFAULT_COMPACT_EVERY = 500;

/** What the chain needs: the store, a logger, the compaction threshold, and optional observers. */
export interface PersistChainDeps {
  readonly docs: DocStore;
  readonly log: Logger;
  readonly compactEvery?: number;
  /**
   * Other processes append to the same document's log (scale-out). Compaction then reads the log first and stores
   * the union of it and our document, replacing only the rows it read, so a peer's row we have not received yet
   * is folded into the snapshot rather than deleted.
   */
  readonly shared?: boolean;
  /** Told how long each append took (seconds), for the persist-latency metric. */
  readonly onPersisted?: (seconds: number) => void;
  /** Told the size of each snapshot stored by a compaction (the document's stored size from then on). */
  readonly onCompacted?: (snapshotBytes: number) => void;
}

/**
 * One document's write path: a promise chain that runs appends, the sends that must follow them, and compactions
 * strictly in order. It tracks the sequence number of the last stored row, which compaction needs: compactDoc
 * deletes rows up to it and inserts the snapshot after every row still in the log, so nothing appended later is lost.
 */
export class PersistChain {
  private tail: Promise<void> = Promise.resolve();
  private failedFlag = false;
  /** The batch of appends queued last and not started yet; later appends join it. */
  private open: { update: Uint8Array; afterStored: () => void }[] | null = null;
  /** Tasks queued and not finished: 0 means nothing is waiting, so an append may be stored and sent at once. */
  private queued = 0;

  constructor(
    private readonly name: string,
    private readonly doc: Y.Doc,
    private lastSeq: number,
    /** Rows appended since the last snapshot (a log loaded with several rows counts as grown). */
    private sinceCompact: number,
    private readonly deps: PersistChainDeps,
    private readonly onFailure: () => void,
  ) {}

  /** True once an append failed: the in-memory document is ahead of the store and must be dropped. */
  get failed(): boolean {
    return this.failedFlag;
  }

  /** Runs a task after everything queued before it; skipped once the chain has failed. */
  run(task: () => Promise<void> | void): void {
    // Appends after this task must not join a batch queued before it: order is kept exactly.
    this.open = null;
    this.enqueue(task);
  }

  private enqueue(task: () => Promise<void> | void): void {
    this.queued += 1;
    this.tail = this.tail.then(async () => {
      try {
        if (!this.failedFlag) await task();
      } catch (error) {
        // A task must never break the chain for the tasks behind it.
        this.deps.log.error("room task failed", { room: this.name, error: errorText(error) });
      } finally {
        this.queued -= 1;
      }
    });
  }

  /**
   * Appends an update, then runs `afterStored` (the broadcast); compacts when the log has grown enough. Updates
   * that arrive while earlier work is queued join one batch: their appends are asked for together (one commit
   * for a store that groups them, like SQLite's) and their broadcasts follow in order once all are stored.
   */
  append(update: Uint8Array, afterStored: () => void): void {
    if (this.queued === 0 && !this.failedFlag && this.appendNow(update, afterStored)) return;
    if (this.open) {
      this.open.push({ update, afterStored });
      return;
    }
    const batch = [{ update, afterStored }];
    this.open = batch;
    this.enqueue(async () => {
      if (this.open === batch) this.open = null;
      try {
        const started = performance.now();
        const seqs = await Promise.all(batch.map((b) => this.deps.docs.appendUpdate(this.name, b.update)));
        this.lastSeq = Math.max(this.lastSeq, ...seqs);
        this.deps.onPersisted?.((performance.now() - started) / 1000);
      } catch (error) {
        this.failedFlag = true;
        this.deps.log.error("append failed; dropping the room", { room: this.name, error: errorText(error) });
        this.onFailure();
        return;
      }
      this.sinceCompact += batch.length;
      for (const b of batch) b.afterStored();
      if (this.sinceCompact >= (this.deps.compactEvery ?? DEFAULT_COMPACT_EVERY)) await this.compact();
    });
  }

  /**
   * The idle path: nothing is queued, and the store can append synchronously and is idle itself
   * (DocStore.appendUpdateNow), so the update is stored and `afterStored` runs now, in this turn: no wait for a
   * group commit, no promise hops. False when the store declines; the caller queues the append as usual.
   */
  private appendNow(update: Uint8Array, afterStored: () => void): boolean {
    const now = this.deps.docs.appendUpdateNow;
    if (!now) return false;
    const started = performance.now();
    let seq: number | undefined;
    try {
      seq = now.call(this.deps.docs, this.name, update);
    } catch (error) {
      this.failedFlag = true;
      this.deps.log.error("append failed; dropping the room", { room: this.name, error: errorText(error) });
      // Not from inside the caller (a Yjs update handler): the room destroys its document when it fails.
      queueMicrotask(() => this.onFailure());
      return true;
    }
    if (seq === undefined) return false;
    this.lastSeq = Math.max(this.lastSeq, seq);
    this.deps.onPersisted?.((performance.now() - started) / 1000);
    this.sinceCompact += 1;
    afterStored();
    if (this.sinceCompact >= (this.deps.compactEvery ?? DEFAULT_COMPACT_EVERY)) this.run(() => this.compact());
    return true;
  }

  /** Compacts once everything queued is stored, if anything was appended since the last snapshot. */
  async compactIfGrown(): Promise<void> {
    this.run(async () => {
      if (this.sinceCompact > 0) await this.compact();
    });
    await this.flush();
  }

  /** Resolves when every task queued so far (and any queued meanwhile) has run. */
  async flush(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }

  private async compact(): Promise<void> {
    try {
      // The snapshot may hold changes whose appends are still queued; they are stored after it. Applying an
      // update twice is harmless in Yjs, and nothing stored up to lastSeq is missing from the snapshot.
      let snapshot = Y.encodeStateAsUpdate(this.doc);
      let throughSeq = this.lastSeq;
      if (this.deps.shared) {
        const stored = await this.deps.docs.loadDoc(this.name);
        const union = new Y.Doc();
        union.transact(() => {
          for (const update of [...stored.updates, snapshot]) Y.applyUpdate(union, update);
        });
        snapshot = Y.encodeStateAsUpdate(union);
        union.destroy();
        throughSeq = stored.lastSeq;
      }
      await this.deps.docs.compactDoc(this.name, snapshot, throughSeq);
      this.sinceCompact = 0;
      this.deps.onCompacted?.(snapshot.byteLength);
    } catch (error) {
      // The log stays as it was (compaction is one transaction); try again at the next threshold or unload.
      this.deps.log.warn("compaction failed", { room: this.name, error: errorText(error) });
    }
  }
}
