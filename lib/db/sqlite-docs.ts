import type Database from "better-sqlite3";
import { z } from "zod";
import type { DocStore } from "./types";

/** An append waiting for the group commit of this event-loop turn. */
interface PendingAppend {
  readonly name: string;
  readonly update: Uint8Array;
  readonly resolve: (seq: number) => void;
  readonly reject: (error: unknown) => void;
}

/** A commit this recent (ms) means appends are arriving back to back: appendUpdateNow leaves them to group commit. */
const BUSY_WINDOW_MS = 2;

const updateRow = z.object({ seq: z.number(), data: z.instanceof(Uint8Array) });

/** The Yjs update log over SQLite (one row per update; compaction replaces a prefix by a snapshot). */
export function sqliteDocs(db: Database.Database, { busyWindowMs = BUSY_WINDOW_MS }: { busyWindowMs?: number } = {}): DocStore {
  const q = {
    load: db.prepare("SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq"),
    append: db.prepare("INSERT INTO doc_updates (doc, data) VALUES (?, ?)"),
    deleteThrough: db.prepare("DELETE FROM doc_updates WHERE doc = ? AND seq <= ?"),
    list: db.prepare("SELECT DISTINCT doc FROM doc_updates WHERE doc >= ? AND doc < ?"),
  };
  const compact = db.transaction((name: string, snapshot: Uint8Array, throughSeq: number) => {
    q.deleteThrough.run(name, throughSeq);
    q.append.run(name, snapshot);
  });
  // Group commit: every append asked for during one turn of the event loop goes into one transaction, so one
  // commit (and with synchronous=FULL one fsync) covers them all. Each promise resolves only once its row is
  // committed. A lone row is one autocommitted INSERT (no BEGIN/COMMIT statements around it).
  let queue: PendingAppend[] = [];
  const insertOne = (r: PendingAppend) => Number(q.append.run(r.name, r.update).lastInsertRowid);
  const insertMany = db.transaction((rows: readonly PendingAppend[]) => rows.map(insertOne));
  const insertAll = (rows: readonly PendingAppend[]) => (rows.length === 1 && rows[0] ? [insertOne(rows[0])] : insertMany(rows));
  /** When the last commit ended (performance.now()); see appendUpdateNow. */
  let lastCommitAt = -Infinity;
  const commit = () => {
    const rows = queue;
    queue = [];
    let seqs: number[];
    try {
      seqs = insertAll(rows);
      lastCommitAt = performance.now();
    } catch (error) {
      for (const row of rows) row.reject(error);
      return;
    }
    rows.forEach((row, i) => row.resolve(z.number().int().parse(seqs[i])));
  };
  return {
    async loadDoc(name) {
      const rows = q.load.all(name).map((r) => updateRow.parse(r));
      return { updates: rows.map((r) => r.data), lastSeq: rows.at(-1)?.seq ?? 0 };
    },
    appendUpdateNow(name, update) {
      // Idle (the usual case: a change now and then per room): commit at once, saving the wait for the group commit
      // and the promise hops around it. Busy (a group commit pending, or one within busyWindowMs): decline, so
      // appends keep their order and concurrent rooms keep sharing commits.
      if (queue.length > 0 || performance.now() - lastCommitAt < busyWindowMs) return undefined;
      const seq = Number(q.append.run(name, update).lastInsertRowid);
      lastCommitAt = performance.now();
      return seq;
    },
    appendUpdate(name, update) {
      return new Promise<number>((resolve, reject) => {
        if (queue.length === 0) setImmediate(commit);
        queue.push({ name, update, resolve, reject });
      });
    },
    async compactDoc(name, snapshot, throughSeq) {
      compact(name, snapshot, throughSeq);
    },
    async listDocs(prefix) {
      // Range scan on the index: every name that starts with `prefix`.
      return q.list.all(prefix, `${prefix}\uffff`).map((r) => z.object({ doc: z.string() }).parse(r).doc);
    },
  };
}
