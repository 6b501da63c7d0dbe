import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SQLITE_MIGRATIONS } from "./migrations";
import type { SqliteSynchronous } from "./sqlite-mode";
import { sqliteAccounts } from "./sqlite-accounts";
import { sqliteDocs } from "./sqlite-docs";
import { sqliteParticipants } from "./sqlite-participants";
import { sqliteWorkshops } from "./sqlite-workshops";
import type { AppStore, DocStore } from "./types";

/** The embedded database: one SQLite file in WAL mode, shared by the web app and the sync server. */
export interface SqliteStores {
  readonly app: AppStore;
  readonly docs: DocStore;
  readonly db: Database.Database;
  close(): void;
}

/** How to open the file: `synchronous` as SQLITE_SYNCHRONOUS names it (lib/db/sqlite-mode.ts), default normal. */
export interface SqliteOptions {
  readonly synchronous?: SqliteSynchronous;
}

/** Opens (and migrates) the SQLite database at `file`; ":memory:" works for tests. */
export function openSqlite(file: string, { synchronous = "normal" }: SqliteOptions = {}): SqliteStores {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // busy_timeout first: switching to WAL needs a lock that the other process (web app or sync server) may hold.
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  // Every commit is in the WAL file before an append resolves; FULL also fsyncs it (sqlite-mode.ts, decision 034).
  db.pragma(`synchronous = ${synchronous === "full" ? "FULL" : "NORMAL"}`);
  db.pragma("foreign_keys = ON");
  migrate(db);
  const app: AppStore = { ...sqliteAccounts(db), ...sqliteWorkshops(db), ...sqliteParticipants(db) };
  return { app, docs: sqliteDocs(db), db, close: () => db.close() };
}

/**
 * Applies pending migrations. Each runs in an IMMEDIATE transaction that re-reads user_version first, so the web
 * app and the sync server opening a fresh file at the same moment apply each migration exactly once.
 */
function migrate(db: Database.Database): void {
  const version = () => z.number().parse(db.pragma("user_version", { simple: true }));
  SQLITE_MIGRATIONS.forEach((sql, index) => {
    const target = index + 1;
    if (target <= version()) return;
    db.transaction(() => {
      if (target <= version()) return;
      db.exec(sql);
      db.pragma(`user_version = ${target}`);
    }).immediate();
  });
}
