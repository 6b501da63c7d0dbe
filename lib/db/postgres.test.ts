import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { userIdSchema, newId } from "../validation/ids";
import { prefixEnd } from "./postgres-db";
import { POSTGRES_MIGRATIONS } from "./postgres-migrations";
import { openPostgres, type PostgresStores } from "./postgres";
import { openStores } from "./stores";
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from "./test-backends";

// The store contract runs against PostgreSQL in app-store.test.ts and doc-store.test.ts; this file holds what only
// PostgreSQL has: migrations recorded in a table under an advisory lock, schemas, and connection failures.
const schemas: string[] = [];
const opened: PostgresStores[] = [];
afterEach(async () => {
  for (const stores of opened.splice(0)) await stores.close();
  for (const schema of schemas.splice(0)) await dropSchema(schema);
});

function open(schema: string, url = TEST_DATABASE_URL): PostgresStores {
  const stores = openPostgres({ url, schema, maxConnections: 2 });
  opened.push(stores);
  return stores;
}

describe("PostgreSQL specifics", () => {
  it("applies each migration exactly once when several processes open a fresh schema together", async () => {
    const schema = testSchemaName();
    schemas.push(schema);
    const [first, ...others] = [open(schema), open(schema), open(schema)];
    await Promise.all([first, ...others].map((s) => s.ready));
    const { rows } = await first.pool.query("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((r: { version: number }) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    // Opening again later finds nothing to do and works.
    const later = open(schema);
    await later.ping();
    expect((await later.pool.query("SELECT COUNT(*)::int AS n FROM schema_migrations")).rows[0]).toEqual({ n: POSTGRES_MIGRATIONS.length });
  });

  it("keeps schemas apart: data stored in one is invisible in another", async () => {
    const [a, b] = [testSchemaName(), testSchemaName()];
    schemas.push(a, b);
    const first = open(a);
    const second = open(b);
    const u = { id: userIdSchema.parse(newId()), email: "same@example.org", name: "U", passwordHash: "h", createdAt: 1 };
    expect(await first.app.createUser(u)).not.toBeNull();
    expect(await second.app.findUserByEmail(u.email)).toBeNull();
    expect(await second.app.createUser(u)).not.toBeNull();
    await first.docs.appendUpdate("w/x/board", new Uint8Array([0, 0]));
    expect(await second.docs.listDocs("w/")).toEqual([]);
  });

  it("is what openStores picks when DATABASE_URL is set, and SQLite otherwise", async () => {
    const schema = testSchemaName();
    schemas.push(schema);
    const pgStores = openStores({ dataDir: "/nonexistent", DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, SQLITE_SYNCHRONOUS: "normal" });
    expect(pgStores.kind).toBe("postgres");
    await pgStores.ping();
    await pgStores.close();
    await pgStores.close();
    const dataDir = mkdtempSync(path.join(tmpdir(), "csei-open-"));
    const sqlite = openStores({ dataDir, DATABASE_URL: undefined, DATABASE_SCHEMA: undefined, SQLITE_SYNCHRONOUS: "normal" });
    expect(sqlite.kind).toBe("sqlite");
    await sqlite.ping();
    await sqlite.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps a stored row that the compaction snapshot lacks (another process appended it)", async () => {
    const schema = testSchemaName();
    schemas.push(schema);
    const stores = open(schema);
    const ours = new Y.Doc();
    const theirs = new Y.Doc();
    ours.getText("t").insert(0, "ours ");
    theirs.getText("t").insert(0, "theirs");
    await stores.docs.appendUpdate("w/x/board", Y.encodeStateAsUpdate(ours));
    const seq = await stores.docs.appendUpdate("w/x/board", Y.encodeStateAsUpdate(theirs));
    // Our snapshot never saw their update; compaction through its seq must not lose it.
    await stores.docs.compactDoc("w/x/board", Y.encodeStateAsUpdate(ours), seq);
    const { updates } = await stores.docs.loadDoc("w/x/board");
    expect(updates).toHaveLength(1);
    const replica = new Y.Doc();
    for (const u of updates) Y.applyUpdate(replica, u);
    expect(replica.getText("t").toString()).toContain("theirs");
    expect(replica.getText("t").toString()).toContain("ours");
  });

  it("rejects every call, ping included, when the database cannot be reached", async () => {
    const stores = open(testSchemaName(), "postgres://postgres@127.0.0.1:1/test");
    await expect(stores.ready).rejects.toThrow();
    await expect(stores.ping()).rejects.toThrow();
    await expect(stores.app.findUserById(userIdSchema.parse(newId()))).rejects.toThrow();
    await expect(stores.docs.appendUpdate("w/x/board", new Uint8Array([0, 0]))).rejects.toThrow();
  });

  it("computes the end of a name prefix range in code point order", () => {
    expect(prefixEnd("w/abc/")).toBe("w/abc0");
    expect(prefixEnd("a\u{10ffff}")).toBe("b");
    expect(prefixEnd("\u{d7ff}")).toBe("\u{e000}");
    expect(prefixEnd("")).toBeNull();
  });
});
