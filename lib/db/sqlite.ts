import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { joinCodeSchema, participantIdSchema, userIdSchema, workshopIdSchema } from "../validation/ids";
import { SQLITE_MIGRATIONS } from "./migrations";
import type { AppStore, DocStore, ParticipantRecord, UserRecord, WorkshopRecord } from "./types";

const userRow = z
  .object({ id: userIdSchema, email: z.string(), name: z.string(), password_hash: z.string(), created_at: z.number() })
  .transform((r): UserRecord => ({ id: r.id, email: r.email, name: r.name, passwordHash: r.password_hash, createdAt: r.created_at }));
const workshopRow = z
  .object({
    id: workshopIdSchema,
    owner_id: userIdSchema,
    title: z.string(),
    region: z.string(),
    mode: z.enum(["create", "evaluate"]),
    join_code: joinCodeSchema,
    created_at: z.number(),
    closed_at: z.number().nullable(),
    archived_at: z.number().nullable(),
  })
  .transform((r): WorkshopRecord => ({
    id: r.id,
    ownerId: r.owner_id,
    title: r.title,
    region: r.region,
    mode: r.mode,
    joinCode: r.join_code,
    createdAt: r.created_at,
    closedAt: r.closed_at,
    archivedAt: r.archived_at,
  }));
const participantRow = z
  .object({
    id: participantIdSchema,
    workshop_id: workshopIdSchema,
    name: z.string(),
    sector: z.string(),
    created_at: z.number(),
    removed_at: z.number().nullable(),
  })
  .transform((r): ParticipantRecord => ({
    id: r.id,
    workshopId: r.workshop_id,
    name: r.name,
    sector: r.sector,
    createdAt: r.created_at,
    removedAt: r.removed_at,
  }));
const updateRow = z.object({ seq: z.number(), data: z.instanceof(Uint8Array) });

/** The embedded database: one SQLite file in WAL mode, shared by the web app and the sync server. */
export interface SqliteStores {
  readonly app: AppStore;
  readonly docs: DocStore;
  readonly db: Database.Database;
  close(): void;
}

/** Opens (and migrates) the SQLite database at `file`; ":memory:" works for tests. */
export function openSqlite(file: string): SqliteStores {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // FULL: every committed update is fsynced before the append resolves (durability over a power cut).
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  migrate(db);

  const isUnique = (e: unknown) => e instanceof Error && "code" in e && e.code === "SQLITE_CONSTRAINT_UNIQUE";
  const q = {
    insertUser: db.prepare("INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"),
    userByEmail: db.prepare("SELECT * FROM users WHERE email = ?"),
    userById: db.prepare("SELECT * FROM users WHERE id = ?"),
    insertWorkshop: db.prepare(
      "INSERT INTO workshops (id, owner_id, title, region, mode, join_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    workshopById: db.prepare("SELECT * FROM workshops WHERE id = ?"),
    workshopByCode: db.prepare("SELECT * FROM workshops WHERE join_code = ?"),
    workshopsByOwner: db.prepare("SELECT * FROM workshops WHERE owner_id = ? ORDER BY created_at DESC"),
    insertParticipant: db.prepare("INSERT INTO participants (id, workshop_id, name, sector, created_at) VALUES (?, ?, ?, ?, ?)"),
    participantById: db.prepare("SELECT * FROM participants WHERE id = ?"),
    participantsByWorkshop: db.prepare("SELECT * FROM participants WHERE workshop_id = ? ORDER BY created_at"),
    removeParticipant: db.prepare(
      "UPDATE participants SET removed_at = COALESCE(removed_at, ?) WHERE id = ? AND workshop_id = ?",
    ),
    setClosed: db.prepare("UPDATE workshops SET closed_at = ? WHERE id = ?"),
    setArchived: db.prepare("UPDATE workshops SET archived_at = ? WHERE id = ?"),
    workshopClosedAt: db.prepare("SELECT closed_at FROM workshops WHERE id = ?"),
    participantRemovedAt: db.prepare("SELECT removed_at FROM participants WHERE id = ?"),
    loadDoc: db.prepare("SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq"),
    append: db.prepare("INSERT INTO doc_updates (doc, data) VALUES (?, ?)"),
    deleteThrough: db.prepare("DELETE FROM doc_updates WHERE doc = ? AND seq <= ?"),
    listDocs: db.prepare("SELECT DISTINCT doc FROM doc_updates WHERE doc >= ? AND doc < ?"),
  };

  const app: AppStore = {
    async createUser(u) {
      try {
        q.insertUser.run(u.id, u.email, u.name, u.passwordHash, u.createdAt);
        return u;
      } catch (e) {
        if (isUnique(e)) return null;
        throw e;
      }
    },
    async findUserByEmail(email) {
      const row = q.userByEmail.get(email);
      return row ? userRow.parse(row) : null;
    },
    async findUserById(id) {
      const row = q.userById.get(id);
      return row ? userRow.parse(row) : null;
    },
    async createWorkshop(w) {
      try {
        q.insertWorkshop.run(w.id, w.ownerId, w.title, w.region, w.mode, w.joinCode, w.createdAt);
        return w;
      } catch (e) {
        if (isUnique(e)) return null;
        throw e;
      }
    },
    async findWorkshop(id) {
      const row = q.workshopById.get(id);
      return row ? workshopRow.parse(row) : null;
    },
    async findWorkshopByCode(code) {
      const row = q.workshopByCode.get(code);
      return row ? workshopRow.parse(row) : null;
    },
    async listWorkshops(ownerId) {
      return q.workshopsByOwner.all(ownerId).map((r) => workshopRow.parse(r));
    },
    async addParticipant(p) {
      q.insertParticipant.run(p.id, p.workshopId, p.name, p.sector, p.createdAt);
      return p;
    },
    async findParticipant(id) {
      const row = q.participantById.get(id);
      return row ? participantRow.parse(row) : null;
    },
    async listParticipants(workshopId) {
      return q.participantsByWorkshop.all(workshopId).map((r) => participantRow.parse(r));
    },
    async removeParticipant(workshopId, participantId, now) {
      return q.removeParticipant.run(now, participantId, workshopId).changes > 0;
    },
    async setWorkshopClosed(workshopId, closed, now) {
      return q.setClosed.run(closed ? now : null, workshopId).changes > 0;
    },
    async setWorkshopArchived(workshopId, archived, now) {
      return q.setArchived.run(archived ? now : null, workshopId).changes > 0;
    },
    async workshopStatus(workshopId) {
      const row = q.workshopClosedAt.get(workshopId);
      if (!row) return "missing";
      return z.object({ closed_at: z.number().nullable() }).parse(row).closed_at === null ? "open" : "closed";
    },
    async participantStatus(participantId) {
      const row = q.participantRemovedAt.get(participantId);
      if (!row) return "missing";
      return z.object({ removed_at: z.number().nullable() }).parse(row).removed_at === null ? "active" : "removed";
    },
  };

  const compact = db.transaction((name: string, snapshot: Uint8Array, throughSeq: number) => {
    q.deleteThrough.run(name, throughSeq);
    q.append.run(name, snapshot);
  });

  const docs: DocStore = {
    async loadDoc(name) {
      const rows = q.loadDoc.all(name).map((r) => updateRow.parse(r));
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
      return q.listDocs.all(prefix, `${prefix}\uffff`).map((r) => z.object({ doc: z.string() }).parse(r).doc);
    },
  };

  return { app, docs, db, close: () => db.close() };
}

function migrate(db: Database.Database): void {
  const current = z.number().parse(db.pragma("user_version", { simple: true }));
  SQLITE_MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (version <= current) return;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  });
}
