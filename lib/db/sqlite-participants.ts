import type Database from "better-sqlite3";
import { z } from "zod";
import { participantRow } from "./sqlite-rows";
import type { ParticipantMethods } from "./types";


/** Participants of workshops over SQLite. */
export function sqliteParticipants(db: Database.Database): ParticipantMethods {
  const q = {
    insert: db.prepare(
      `INSERT INTO participants (id, workshop_id, name, sector, created_at, removed_at, organisation, device_secret_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    byId: db.prepare("SELECT * FROM participants WHERE id = ?"),
    byWorkshop: db.prepare("SELECT * FROM participants WHERE workshop_id = ? ORDER BY created_at, id"),
    remove: db.prepare("UPDATE participants SET removed_at = COALESCE(removed_at, ?) WHERE id = ? AND workshop_id = ?"),
    removedAt: db.prepare("SELECT removed_at FROM participants WHERE id = ?"),
  };
  return {
    async addParticipant(p) {
      const record = { ...p, organisation: p.organisation ?? "", deviceSecretHash: p.deviceSecretHash ?? null };
      q.insert.run(
        record.id,
        record.workshopId,
        record.name,
        record.sector,
        record.createdAt,
        record.removedAt,
        record.organisation,
        record.deviceSecretHash,
      );
      return record;
    },
    async findParticipant(id) {
      const row = q.byId.get(id);
      return row ? participantRow.parse(row) : null;
    },
    async listParticipants(workshopId) {
      return q.byWorkshop.all(workshopId).map((r) => participantRow.parse(r));
    },
    async removeParticipant(workshopId, participantId, now) {
      return q.remove.run(now, participantId, workshopId).changes > 0;
    },
    async participantStatus(participantId) {
      const row = q.removedAt.get(participantId);
      if (!row) return "missing";
      return z.object({ removed_at: z.number().nullable() }).parse(row).removed_at === null ? "active" : "removed";
    },
  };
}
