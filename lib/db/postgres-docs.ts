import * as Y from "yjs";
import { z } from "zod";
import { prefixEnd, type PgDb } from "./postgres-db";
import type { DocStore } from "./types";

const updateRow = z.object({ seq: z.number().int(), data: z.instanceof(Uint8Array) });
const seqRow = z.object({ seq: z.number().int() });
const docRow = z.object({ doc: z.string() });

/**
 * The Yjs update log over PostgreSQL: one row per update, its sequence number from an identity column. An append
 * is one auto-committed INSERT, so it is durable (synchronous_commit is forced on at connect) when it resolves.
 */
export function postgresDocs(db: PgDb): DocStore {
  return {
    async loadDoc(name) {
      const { rows } = await db.query("SELECT seq, data FROM doc_updates WHERE doc = $1 ORDER BY seq", [name]);
      const parsed = rows.map((r) => updateRow.parse(r));
      return { updates: parsed.map((r) => r.data), lastSeq: parsed.at(-1)?.seq ?? 0 };
    },
    async appendUpdate(name, update) {
      const { rows } = await db.query("INSERT INTO doc_updates (doc, data) VALUES ($1, $2) RETURNING seq", [name, Buffer.from(update)]);
      return seqRow.parse(rows[0]).seq;
    },
    async compactDoc(name, snapshot, throughSeq) {
      await db.transaction(async (tx) => {
        // One compaction per document at a time, across every process sharing the database.
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('csei-compact'), hashtext($1))", [name]);
        // The rows deleted are merged into the snapshot rather than trusted to be in it: with several writers (sync
        // servers sharing the database) a row another process committed may be missing from this snapshot. One
        // DELETE … RETURNING, so exactly the rows removed are the rows merged.
        const { rows } = await tx.query("DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2 RETURNING seq, data", [name, throughSeq]);
        const removed = rows.map((r) => updateRow.parse(r)).sort((a, b) => a.seq - b.seq);
        const merged = removed.length > 0 ? Y.mergeUpdates([...removed.map((r) => r.data), snapshot]) : snapshot;
        await tx.query("INSERT INTO doc_updates (doc, data) VALUES ($1, $2)", [name, Buffer.from(merged)]);
      });
    },
    async listDocs(prefix) {
      const end = prefixEnd(prefix);
      const { rows } = end
        ? await db.query("SELECT DISTINCT doc FROM doc_updates WHERE doc >= $1 AND doc < $2 ORDER BY doc", [prefix, end])
        : await db.query("SELECT DISTINCT doc FROM doc_updates ORDER BY doc");
      return rows.map((r) => docRow.parse(r).doc);
    },
  };
}
