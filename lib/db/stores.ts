import path from "node:path";
import type { ServerEnv } from "../env";
import { openPostgres } from "./postgres";
import { openSqlite, type SqliteStores } from "./sqlite";
import type { AppStore, DocStore } from "./types";

/** Which database the stores live in. */
export type StoreKind = "sqlite" | "postgres";

/** The stores of one process, whichever database holds them (the rest of the code sees only this). */
export interface Stores {
  readonly kind: StoreKind;
  readonly app: AppStore;
  readonly docs: DocStore;
  /** Resolves when the database answers a trivial query (health checks); rejects otherwise. */
  ping(): Promise<void>;
  /** Closes the database (idempotent); the stores must not be used afterwards. */
  close(): Promise<void>;
}

/** The SQLite database file inside DATA_DIR. */
export function databaseFile(env: Pick<ServerEnv, "dataDir">): string {
  return path.join(env.dataDir, "csei.sqlite");
}

/** Backend-neutral view of opened SQLite stores. */
export function sqliteStores(sqlite: SqliteStores): Stores {
  let open = true;
  return {
    kind: "sqlite",
    app: sqlite.app,
    docs: sqlite.docs,
    async ping() {
      sqlite.db.prepare("SELECT 1").get();
    },
    async close() {
      if (open) sqlite.close();
      open = false;
    },
  };
}

/**
 * Opens the stores an environment asks for: PostgreSQL when DATABASE_URL is set (tables in DATABASE_SCHEMA, default
 * public), otherwise the embedded SQLite file DATA_DIR/csei.sqlite (durability: SQLITE_SYNCHRONOUS). Synchronous: PostgreSQL migrates in the
 * background and every store call waits for it.
 */
export function openStores(env: Pick<ServerEnv, "dataDir" | "DATABASE_URL" | "DATABASE_SCHEMA" | "SQLITE_SYNCHRONOUS">): Stores {
  if (env.DATABASE_URL) return openPostgres({ url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA });
  return sqliteStores(openSqlite(databaseFile(env), { synchronous: env.SQLITE_SYNCHRONOUS }));
}
