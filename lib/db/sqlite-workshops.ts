import type Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { userIdSchema, workshopIdSchema } from "../validation/ids";
import { isUniqueViolation, workshopRow } from "./sqlite-rows";
import type { WorkshopMethods } from "./types";


/** 24 hex characters (96 bits): the secret of an observer link. */
export function newObserverKey(): string {
  return randomBytes(12).toString("hex");
}

const summaryExtra = z.object({ role: z.enum(["facilitator", "co-facilitator"]), participant_count: z.number().int() });
const roleRow = z.object({ role: z.enum(["facilitator", "co-facilitator"]).nullable() });
const inviteRow = z.object({
  workshop_id: workshopIdSchema,
  email: z.string(),
  invited_by: userIdSchema,
  created_at: z.number(),
  has_account: z.number(),
});

/** Workshops, their co-facilitators and lifecycle over SQLite. */
export function sqliteWorkshops(db: Database.Database): WorkshopMethods {
  const q = {
    insert: db.prepare(
      `INSERT INTO workshops (id, owner_id, title, region, mode, join_code, created_at, closed_at, archived_at, previous_workshop_id, observer_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    byId: db.prepare("SELECT * FROM workshops WHERE id = ?"),
    byCode: db.prepare("SELECT * FROM workshops WHERE join_code = ?"),
    byObserverKey: db.prepare("SELECT * FROM workshops WHERE observer_key = ?"),
    byOwner: db.prepare("SELECT * FROM workshops WHERE owner_id = ? ORDER BY created_at DESC"),
    // Owned and co-facilitated workshops through their indexes (owner, invitee email); MAX prefers 'facilitator'.
    summaries: db.prepare(
      `SELECT w.*, m.role,
         (SELECT COUNT(*) FROM participants p WHERE p.workshop_id = w.id AND p.removed_at IS NULL) AS participant_count
       FROM (
         SELECT id, MAX(role) AS role FROM (
           SELECT w.id AS id, 'facilitator' AS role FROM workshops w WHERE w.owner_id = @user
           UNION ALL
           SELECT f.workshop_id, 'co-facilitator' FROM users u JOIN workshop_facilitators f ON f.email = u.email WHERE u.id = @user
         ) GROUP BY id
       ) m JOIN workshops w ON w.id = m.id
       ORDER BY w.created_at DESC, w.id`,
    ),
    role: db.prepare(
      `SELECT CASE
         WHEN w.owner_id = u.id THEN 'facilitator'
         WHEN EXISTS (SELECT 1 FROM workshop_facilitators f WHERE f.workshop_id = w.id AND f.email = u.email) THEN 'co-facilitator'
       END AS role
       FROM workshops w, users u WHERE w.id = ? AND u.id = ?`,
    ),
    rename: db.prepare("UPDATE workshops SET title = ? WHERE id = ?"),
    delete: db.prepare("DELETE FROM workshops WHERE id = ?"),
    deleteDocs: db.prepare("DELETE FROM doc_updates WHERE doc >= ? AND doc < ?"),
    invite: db.prepare("INSERT OR IGNORE INTO workshop_facilitators (workshop_id, email, invited_by, created_at) VALUES (?, ?, ?, ?)"),
    revoke: db.prepare("DELETE FROM workshop_facilitators WHERE workshop_id = ? AND email = ?"),
    invites: db.prepare(
      `SELECT f.*, EXISTS (SELECT 1 FROM users u WHERE u.email = f.email) AS has_account
       FROM workshop_facilitators f WHERE f.workshop_id = ? ORDER BY f.created_at, f.email`,
    ),
    setClosed: db.prepare("UPDATE workshops SET closed_at = ? WHERE id = ?"),
    setArchived: db.prepare("UPDATE workshops SET archived_at = ? WHERE id = ?"),
    closedAt: db.prepare("SELECT closed_at FROM workshops WHERE id = ?"),
  };
  const one = (row: unknown) => (row ? workshopRow.parse(row) : null);
  // The workshop row cascades to participants and invitations; its documents are named "w/<id>/…".
  const remove = db.transaction((id: string) => {
    const gone = q.delete.run(id).changes > 0;
    q.deleteDocs.run(`w/${id}/`, `w/${id}/\uffff`);
    return gone;
  });

  return {
    async createWorkshop(w) {
      const record = { ...w, previousWorkshopId: w.previousWorkshopId ?? null, observerKey: w.observerKey ?? newObserverKey() };
      try {
        q.insert.run(
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
        );
        return record;
      } catch (e) {
        if (isUniqueViolation(e)) return null;
        throw e;
      }
    },
    async findWorkshop(id) {
      return one(q.byId.get(id));
    },
    async findWorkshopByCode(code) {
      return one(q.byCode.get(code));
    },
    async findWorkshopByObserverKey(key) {
      return one(q.byObserverKey.get(key));
    },
    async listWorkshops(ownerId) {
      return q.byOwner.all(ownerId).map((r) => workshopRow.parse(r));
    },
    async listWorkshopSummaries(userId) {
      return q.summaries.all({ user: userId }).map((r) => {
        const extra = summaryExtra.parse(r);
        return { workshop: workshopRow.parse(r), role: extra.role, participantCount: extra.participant_count };
      });
    },
    async facilitatorRole(workshopId, userId) {
      const row = q.role.get(workshopId, userId);
      return row ? roleRow.parse(row).role : null;
    },
    async renameWorkshop(workshopId, title) {
      return q.rename.run(title, workshopId).changes > 0;
    },
    async deleteWorkshop(workshopId) {
      return remove(workshopId);
    },
    async inviteFacilitator(invite) {
      return q.invite.run(invite.workshopId, invite.email, invite.invitedBy, invite.createdAt).changes > 0;
    },
    async revokeFacilitator(workshopId, email) {
      return q.revoke.run(workshopId, email).changes > 0;
    },
    async listFacilitatorInvites(workshopId) {
      return q.invites.all(workshopId).map((row) => {
        const r = inviteRow.parse(row);
        return { workshopId: r.workshop_id, email: r.email, invitedBy: r.invited_by, createdAt: r.created_at, hasAccount: r.has_account === 1 };
      });
    },
    async setWorkshopClosed(workshopId, closed, now) {
      return q.setClosed.run(closed ? now : null, workshopId).changes > 0;
    },
    async setWorkshopArchived(workshopId, archived, now) {
      return q.setArchived.run(archived ? now : null, workshopId).changes > 0;
    },
    async workshopStatus(workshopId) {
      const row = q.closedAt.get(workshopId);
      if (!row) return "missing";
      return z.object({ closed_at: z.number().nullable() }).parse(row).closed_at === null ? "open" : "closed";
    },
  };
}
