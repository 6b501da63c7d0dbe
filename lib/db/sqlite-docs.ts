import type Database from "better-sqlite3";
import { z } from "zod";
import type { DocStore } from "./types";

const updateRow = z.object({ seq: z.number(), data: z.instanceof(Uint8Array) });

/** The Yjs update log over SQLite (one row per update; compaction replaces a prefix by a snapshot). */
export function sqliteDocs(db: Database.Database): DocStore {
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
  return {
    async loadDoc(name) {
      const rows = q.load.all(name).map((r) => updateRow.parse(r));
      return { updates: rows.map((r) => r.data), lastSeq: rows.at(-1)?.seq ?? 0 };
    },
    async appendUpdate(name, update) {
      return z.number().int().parse(Number(q.append.run(name, update).lastInsertRowid));
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
