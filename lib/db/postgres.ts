import pg from "pg";
import { z } from "zod";
import { postgresAccounts } from "./postgres-accounts";
import { gatedDb, pgTypes, type PgQuery } from "./postgres-db";
import { postgresDocs } from "./postgres-docs";
import { POSTGRES_MIGRATIONS } from "./postgres-migrations";
import { postgresParticipants } from "./postgres-participants";
import { postgresWorkshops } from "./postgres-workshops";
import type { Stores } from "./stores";
import type { AppStore } from "./types";

/** A schema name we are willing to put into SQL and a connection option (PostgreSQL identifiers, lower case). */
export const pgSchemaName = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "lower-case letters, digits and _ (at most 63)");

/** Where to connect: a postgres:// URL and optionally the schema to keep the tables in (default: public). */
export interface PostgresOptions {
  readonly url: string;
  readonly schema?: string;
  /** Pool size per process (default 10). */
  readonly maxConnections?: number;
}

/** The PostgreSQL stores; `ready` settles once the migrations ran (every store call awaits it anyway). */
export interface PostgresStores extends Stores {
  readonly kind: "postgres";
  readonly ready: Promise<void>;
  readonly pool: pg.Pool;
}

/**
 * Opens a pool on PostgreSQL and starts the migrations; returns at once so callers (getRuntime) stay synchronous.
 * Every session uses `search_path = <schema>` and `synchronous_commit = on`, so an append is durable when it resolves.
 */
export function openPostgres(options: PostgresOptions): PostgresStores {
  const schema = options.schema === undefined ? "public" : pgSchemaName.parse(options.schema);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    options: `-c search_path=${schema} -c synchronous_commit=on`,
    types: pgTypes,
  });
  // An idle client that loses its connection is dropped by the pool; the next query opens a new one (or fails).
  pool.on("error", () => undefined);
  const ready = migrate(pool, schema);
  // Callers see a failed migration through every store call and ping(); this only silences the unawaited promise.
  ready.catch(() => undefined);
  const db = gatedDb(pool, ready);
  const app: AppStore = { ...postgresAccounts(db), ...postgresWorkshops(db), ...postgresParticipants(db) };
  let closed: Promise<void> | null = null;
  return {
    kind: "postgres",
    app,
    docs: postgresDocs(db),
    ready,
    pool,
    async ping() {
      await db.query("SELECT 1");
    },
    close() {
      closed ??= ready.catch(() => undefined).then(() => pool.end());
      return closed;
    },
  };
}

/**
 * Applies pending migrations in one transaction under an advisory lock (per schema), so the web app and the sync
 * server opening a fresh database together apply each migration exactly once.
 */
async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  const q: PgQuery["query"] = async (sql, params) => {
    const r = await client.query(sql, params ? [...params] : undefined);
    return { rows: r.rows as Record<string, unknown>[], rowCount: r.rowCount ?? 0 };
  };
  try {
    await q("BEGIN");
    await q("SELECT pg_advisory_xact_lock(hashtext('csei-migrate'), hashtext($1))", [schema]);
    await q(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await q("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
    const { rows } = await q("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations");
    const current = z.object({ version: z.number().int() }).parse(rows[0]).version;
    for (const [index, sql] of POSTGRES_MIGRATIONS.entries()) {
      const version = index + 1;
      if (version <= current) continue;
      await q(sql);
      await q("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [version, Date.now()]);
    }
    await q("COMMIT");
  } catch (error) {
    await q("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
