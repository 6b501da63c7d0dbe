/**
 * Test helper (not a test file itself): the two storage backends as factories, so one suite runs against both.
 * A "place" is an empty database that can be opened several times (a restart) and is removed by `cleanup`:
 * a temporary SQLite file, or a fresh PostgreSQL schema `csei_test_<time>_<random>` dropped with CASCADE afterwards
 * (schemas left by killed runs are dropped after an hour).
 * PostgreSQL comes from TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test). When it is
 * unreachable the PostgreSQL suites fail; they never skip (CI has a database).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach } from "vitest";
import { openPostgres, type PostgresStores } from "./postgres";
import { openSqlite } from "./sqlite";
import { databaseFile, sqliteStores, type StoreKind, type Stores } from "./stores";

/** The PostgreSQL the tests use. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** One empty database that can be opened (and reopened) until it is cleaned up. */
export interface StorePlace {
  readonly kind: StoreKind;
  /** Opens stores on this place; they are migrated and reachable when the promise resolves. */
  open(): Promise<Stores>;
  /** A temporary DATA_DIR for a server process on this place (SQLite's file is DATA_DIR/csei.sqlite). */
  readonly dataDir: string;
  /** Environment variables that make server/index.ts (or the CLI) use this place, with DATA_DIR = dataDir. */
  readonly env: Record<string, string>;
  /** Closes every store opened here and removes the place. */
  cleanup(): Promise<void>;
}

/** A backend under test: its name and a factory of fresh places. */
export interface TestBackend {
  readonly kind: StoreKind;
  place(): Promise<StorePlace>;
}

function sqlitePlace(): StorePlace {
  const dir = mkdtempSync(path.join(tmpdir(), "csei-store-"));
  const file = databaseFile({ dataDir: dir });
  const opened: Stores[] = [];
  return {
    kind: "sqlite",
    dataDir: dir,
    // Empty values count as unset: a DATABASE_URL in the test runner's own environment must not leak in.
    env: { DATABASE_URL: "", DATABASE_SCHEMA: "" },
    async open() {
      const stores = sqliteStores(openSqlite(file));
      opened.push(stores);
      return stores;
    },
    async cleanup() {
      for (const stores of opened) await stores.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh schema name for one test place: `csei_test_<creation time, base 36>_<random>`. */
export function testSchemaName(): string {
  return `csei_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

const STALE_MS = 60 * 60 * 1000;
let swept: Promise<void> | null = null;

/**
 * Drops test schemas older than an hour, once per test process: a run killed mid-test (Ctrl-C, a timeout) cannot
 * drop its own. Younger ones may belong to a run in progress and are left alone.
 */
function sweepStaleSchemas(): Promise<void> {
  swept ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'csei\\_test\\_%'");
      for (const { nspname } of rows) {
        const created = parseInt(/^csei_test_([0-9a-z]+)_[0-9a-f]+$/.exec(nspname)?.[1] ?? "", 36);
        if (Number.isFinite(created) && Date.now() - created > STALE_MS) await client.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`);
      }
    } finally {
      await client.end();
    }
  })();
  return swept;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

async function postgresPlace(): Promise<StorePlace> {
  await sweepStaleSchemas();
  const schema = testSchemaName();
  const dir = mkdtempSync(path.join(tmpdir(), "csei-store-"));
  const opened: PostgresStores[] = [];
  return {
    kind: "postgres",
    dataDir: dir,
    env: { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema },
    async open() {
      const stores = openPostgres({ url: TEST_DATABASE_URL, schema, maxConnections: 4 });
      opened.push(stores);
      await stores.ready;
      return stores;
    },
    async cleanup() {
      for (const stores of opened) await stores.close();
      rmSync(dir, { recursive: true, force: true });
      await dropSchema(schema);
    },
  };
}

/** Both backends, for `describe.each(TEST_BACKENDS)("… ($kind)", …)`. */
export const TEST_BACKENDS: readonly TestBackend[] = [
  { kind: "sqlite", place: async () => sqlitePlace() },
  { kind: "postgres", place: postgresPlace },
];

/**
 * For a `describe.each(TEST_BACKENDS)` block: a fresh place, opened once, before each test and removed after it.
 * Read `.place` and `.stores` inside the tests (they change per test).
 */
export function freshPlaceEach(backend: TestBackend): { readonly place: StorePlace; readonly stores: Stores } {
  const current: { place: StorePlace | null; stores: Stores | null } = { place: null, stores: null };
  beforeEach(async () => {
    current.place = await backend.place();
    current.stores = await current.place.open();
  });
  afterEach(async () => {
    await current.place?.cleanup();
    current.place = null;
    current.stores = null;
  });
  const required = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`${what} is only there inside a test`);
    return value;
  };
  return {
    get place() {
      return required(current.place, "place");
    },
    get stores() {
      return required(current.stores, "stores");
    },
  };
}

/** How many rows a document has in the store, read through a freshly opened store (another connection). */
export async function storedRowCount(place: StorePlace, name: string): Promise<number> {
  const stores = await place.open();
  try {
    return (await stores.docs.loadDoc(name)).updates.length;
  } finally {
    await stores.close();
  }
}
