import pg from "pg";

/** Rows as pg returns them: checked by the callers' zod row schemas, never trusted as typed. */
export type PgRow = Record<string, unknown>;

/** A query runner: the pool (once migrations are done) or one client inside a transaction. */
export interface PgQuery {
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: PgRow[]; rowCount: number }>;
}

/** What the PostgreSQL stores run on: queries and transactions that first wait for the migrations. */
export interface PgDb extends PgQuery {
  /** Runs `fn` in BEGIN … COMMIT on one client (ROLLBACK when it throws). */
  transaction<T>(fn: (tx: PgQuery) => Promise<T>): Promise<T>;
}

/**
 * BIGINT (int8) comes back as a number instead of pg's default string: every stored integer (epoch milliseconds,
 * sequence numbers) stays far below 2^53, and the row schemas shared with SQLite expect numbers.
 */
export const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8 && format !== "binary") {
      return (value: string) => {
        const n = Number(value);
        if (!Number.isSafeInteger(n)) throw new Error(`BIGINT ${value} does not fit a JavaScript number`);
        return n;
      };
    }
    return pg.types.getTypeParser(oid, format);
  },
};

function runner(client: pg.Pool | pg.PoolClient): PgQuery {
  return {
    async query(sql, params) {
      const result = await client.query(sql, params ? [...params] : undefined);
      return { rows: result.rows as PgRow[], rowCount: result.rowCount ?? 0 };
    },
  };
}

/** A PgDb over a pool whose every call first awaits `ready` (the migrations), so opening can stay synchronous. */
export function gatedDb(pool: pg.Pool, ready: Promise<void>): PgDb {
  const direct = runner(pool);
  return {
    async query(sql, params) {
      await ready;
      return direct.query(sql, params);
    },
    async transaction(fn) {
      await ready;
      const client = await pool.connect();
      // A client whose ROLLBACK failed has a broken connection: it is destroyed instead of returned to the pool.
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await fn(runner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch((rollback: unknown) => {
          broken = rollback instanceof Error ? rollback : new Error(String(rollback));
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

/** True for a unique or primary key violation (SQLSTATE 23505): the caller maps it to "taken". */
export function isPgUniqueViolation(e: unknown): boolean {
  return e instanceof Error && "code" in e && e.code === "23505";
}

/**
 * The smallest string greater than every string that starts with `prefix`, in code point order (the "C"
 * collation of doc names), or null when there is none: `doc >= prefix AND doc < end` is an index range scan.
 */
export function prefixEnd(prefix: string): string | null {
  const chars = [...prefix];
  while (chars.length > 0) {
    const last = chars.pop() ?? "";
    const code = last.codePointAt(0) ?? 0;
    // Skip the surrogate range: it has no characters of its own in UTF-8.
    const next = code === 0xd7ff ? 0xe000 : code + 1;
    if (next <= 0x10ffff) return chars.join("") + String.fromCodePoint(next);
  }
  return null;
}
