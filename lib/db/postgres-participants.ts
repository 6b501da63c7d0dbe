import { z } from "zod";
import type { PgDb } from "./postgres-db";
import { participantRow } from "./sqlite-rows";
import type { ParticipantMethods } from "./types";


/** Participants of workshops over PostgreSQL (same rules as SQLite). */
export function postgresParticipants(db: PgDb): ParticipantMethods {
  return {
    async addParticipant(p) {
      const record = { ...p, organisation: p.organisation ?? "", deviceSecretHash: p.deviceSecretHash ?? null };
      await db.query(
        `INSERT INTO participants (id, workshop_id, name, sector, created_at, removed_at, organisation, device_secret_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [record.id, record.workshopId, record.name, record.sector, record.createdAt, record.removedAt, record.organisation, record.deviceSecretHash],
      );
      return record;
    },
    async findParticipant(id) {
      const { rows } = await db.query("SELECT * FROM participants WHERE id = $1", [id]);
      return rows[0] ? participantRow.parse(rows[0]) : null;
    },
    async listParticipants(workshopId) {
      const { rows } = await db.query(`SELECT * FROM participants WHERE workshop_id = $1 ORDER BY created_at, id COLLATE "C"`, [workshopId]);
      return rows.map((r) => participantRow.parse(r));
    },
    async removeParticipant(workshopId, participantId, now) {
      const { rowCount } = await db.query(
        "UPDATE participants SET removed_at = COALESCE(removed_at, $1) WHERE id = $2 AND workshop_id = $3",
        [now, participantId, workshopId],
      );
      return rowCount > 0;
    },
    async participantStatus(participantId) {
      const { rows } = await db.query("SELECT removed_at FROM participants WHERE id = $1", [participantId]);
      if (!rows[0]) return "missing";
      return z.object({ removed_at: z.number().nullable() }).parse(rows[0]).removed_at === null ? "active" : "removed";
    },
  };
}
