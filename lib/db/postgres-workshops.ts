import { z } from "zod";
import { userIdSchema, workshopIdSchema } from "../validation/ids";
import { isPgUniqueViolation, prefixEnd, type PgDb } from "./postgres-db";
import { workshopRow } from "./sqlite-rows";
import { newObserverKey } from "./sqlite-workshops";
import type { WorkshopMethods } from "./types";


const summaryExtra = z.object({ role: z.enum(["facilitator", "co-facilitator"]), participant_count: z.number().int() });
const roleRow = z.object({ role: z.enum(["facilitator", "co-facilitator"]).nullable() });
const inviteRow = z.object({
  workshop_id: workshopIdSchema,
  email: z.string(),
  invited_by: userIdSchema,
  created_at: z.number(),
  has_account: z.boolean(),
});

// Owned and co-facilitated workshops through their indexes (owner, invitee email); MAX prefers 'facilitator'.
const SUMMARIES = `
  SELECT w.*, m.role,
    (SELECT COUNT(*) FROM participants p WHERE p.workshop_id = w.id AND p.removed_at IS NULL) AS participant_count
  FROM (
    SELECT id, MAX(role) AS role FROM (
      SELECT w.id AS id, 'facilitator' AS role FROM workshops w WHERE w.owner_id = $1
      UNION ALL
      SELECT f.workshop_id, 'co-facilitator' FROM users u JOIN workshop_facilitators f ON lower(f.email) = lower(u.email) WHERE u.id = $1
    ) r GROUP BY id
  ) m JOIN workshops w ON w.id = m.id
  ORDER BY w.created_at DESC, w.id COLLATE "C"`;

const ROLE = `
  SELECT CASE
    WHEN w.owner_id = u.id THEN 'facilitator'
    WHEN EXISTS (SELECT 1 FROM workshop_facilitators f WHERE f.workshop_id = w.id AND lower(f.email) = lower(u.email)) THEN 'co-facilitator'
  END AS role
  FROM workshops w, users u WHERE w.id = $1 AND u.id = $2`;

/** Workshops, their co-facilitators and lifecycle over PostgreSQL (same rules as SQLite). */
export function postgresWorkshops(db: PgDb): WorkshopMethods {
  const one = async (sql: string, param: string) => {
    const { rows } = await db.query(sql, [param]);
    return rows[0] ? workshopRow.parse(rows[0]) : null;
  };
  const changed = async (sql: string, params: readonly unknown[]) => (await db.query(sql, params)).rowCount > 0;

  return {
    async createWorkshop(w) {
      const record = { ...w, previousWorkshopId: w.previousWorkshopId ?? null, observerKey: w.observerKey ?? newObserverKey() };
      try {
        await db.query(
          `INSERT INTO workshops (id, owner_id, title, region, mode, join_code, created_at, closed_at, archived_at, previous_workshop_id, observer_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            record.id,
            record.ownerId,
            record.title,
            record.region,
            record.mode,
            record.joinCode,
            record.createdAt,
            record.closedAt,
            record.archivedAt,
            record.previousWorkshopId,
            record.observerKey,
          ],
        );
        return record;
      } catch (e) {
        if (isPgUniqueViolation(e)) return null;
        throw e;
      }
    },
    findWorkshop: (id) => one("SELECT * FROM workshops WHERE id = $1", id),
    findWorkshopByCode: (code) => one("SELECT * FROM workshops WHERE join_code = $1", code),
    findWorkshopByObserverKey: (key) => one("SELECT * FROM workshops WHERE observer_key = $1", key),
    async listWorkshops(ownerId) {
      const { rows } = await db.query("SELECT * FROM workshops WHERE owner_id = $1 ORDER BY created_at DESC", [ownerId]);
      return rows.map((r) => workshopRow.parse(r));
    },
    async listWorkshopSummaries(userId) {
      const { rows } = await db.query(SUMMARIES, [userId]);
      return rows.map((r) => {
        const extra = summaryExtra.parse(r);
        return { workshop: workshopRow.parse(r), role: extra.role, participantCount: extra.participant_count };
      });
    },
    async facilitatorRole(workshopId, userId) {
      const { rows } = await db.query(ROLE, [workshopId, userId]);
      return rows[0] ? roleRow.parse(rows[0]).role : null;
    },
    renameWorkshop: (workshopId, title) => changed("UPDATE workshops SET title = $1 WHERE id = $2", [title, workshopId]),
    deleteWorkshop(workshopId) {
      // The workshop row cascades to participants and invitations; its documents are named "w/<id>/…".
      const prefix = `w/${workshopId}/`;
      return db.transaction(async (tx) => {
        const gone = (await tx.query("DELETE FROM workshops WHERE id = $1", [workshopId])).rowCount > 0;
        await tx.query("DELETE FROM doc_updates WHERE doc >= $1 AND doc < $2", [prefix, prefixEnd(prefix)]);
        return gone;
      });
    },
    inviteFacilitator: (invite) =>
      changed(
        "INSERT INTO workshop_facilitators (workshop_id, email, invited_by, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        [invite.workshopId, invite.email, invite.invitedBy, invite.createdAt],
      ),
    revokeFacilitator: (workshopId, email) =>
      changed("DELETE FROM workshop_facilitators WHERE workshop_id = $1 AND lower(email) = lower($2)", [workshopId, email]),
    async listFacilitatorInvites(workshopId) {
      const { rows } = await db.query(
        `SELECT f.*, EXISTS (SELECT 1 FROM users u WHERE lower(u.email) = lower(f.email)) AS has_account
         FROM workshop_facilitators f WHERE f.workshop_id = $1 ORDER BY f.created_at, f.email COLLATE "C"`,
        [workshopId],
      );
      return rows.map((row) => {
        const r = inviteRow.parse(row);
        return { workshopId: r.workshop_id, email: r.email, invitedBy: r.invited_by, createdAt: r.created_at, hasAccount: r.has_account };
      });
    },
    setWorkshopClosed: (workshopId, closed, now) =>
      changed("UPDATE workshops SET closed_at = $1 WHERE id = $2", [closed ? now : null, workshopId]),
    setWorkshopArchived: (workshopId, archived, now) =>
      changed("UPDATE workshops SET archived_at = $1 WHERE id = $2", [archived ? now : null, workshopId]),
    async workshopStatus(workshopId) {
      const { rows } = await db.query("SELECT closed_at FROM workshops WHERE id = $1", [workshopId]);
      if (!rows[0]) return "missing";
      return z.object({ closed_at: z.number().nullable() }).parse(rows[0]).closed_at === null ? "open" : "closed";
    },
  };
}
