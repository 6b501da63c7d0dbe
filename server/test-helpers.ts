/**
 * Helpers for the server tests (not a test file itself): a real server on port 0 over SQLite, tokens, store
 * instrumentation, and `waitFor`, which polls an assertion instead of sleeping. Clients are in test-clients.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import * as Y from "yjs";
import { mintSyncToken } from "../lib/auth/sync-token";
import { openSqlite, type SqliteStores } from "../lib/db/sqlite";
import type { DocStore } from "../lib/db/types";
import { participantIdSchema, userIdSchema, workshopIdSchema, newId } from "../lib/validation/ids";
import type { Role } from "../lib/validation/token";
import type { Logger } from "./log";
import { createStoreAccessCheck } from "./store-access-check";
import { createSyncServer, type SyncServer, type SyncServerOptions } from "./sync-server";

/** The token secret of every test server. */
export const SECRET = "test-secret-0123456789-0123456789-abcdef";

/** A logger that drops everything (set SYNC_TEST_LOG=1 to see server logs). */
export const quietLog: Logger = process.env.SYNC_TEST_LOG
  ? { debug: console.log, info: console.log, warn: console.warn, error: console.error }
  : { debug() {}, info() {}, warn() {}, error() {} };

/** Retries an assertion (or any throwing function) until it passes or `timeoutMs` ends; returns its value. */
export async function waitFor<T>(assertion: () => T | Promise<T>, timeoutMs = 5000, intervalMs = 10): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** A temporary data directory with an SQLite file, removed by `cleanup`. */
export function tempDatabase(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "csei-sync-"));
  return { file: path.join(dir, "csei.sqlite"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running test server and the store behind it. */
export interface TestServer {
  readonly server: SyncServer;
  readonly url: string;
  readonly stores: SqliteStores | null;
  /** Closes the server, then the database it opened (if it opened one). */
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1:0 over `docs`, or over a fresh SQLite database at `file` (":memory:" by default).
 * `storeAccess` wires the access check to that database's AppStore, as server/index.ts does.
 */
export async function startServer(
  options: { docs?: DocStore; file?: string; storeAccess?: boolean } & Partial<Omit<SyncServerOptions, "docs">> = {},
): Promise<TestServer> {
  const { file, docs, storeAccess, ...rest } = options;
  const stores = docs ? null : openSqlite(file ?? ":memory:");
  const store = docs ?? stores?.docs;
  if (!store) throw new Error("no store");
  const access = storeAccess && stores ? createStoreAccessCheck(stores.app, { ttlMs: rest.accessRecheckMs }) : rest.access;
  const server = await createSyncServer({ secret: SECRET, log: quietLog, ...rest, access, docs: store });
  return {
    server,
    url: `ws://127.0.0.1:${server.port}`,
    stores,
    close: async () => {
      await server.close();
      stores?.close();
    },
  };
}

/** Something a test opened: a provider client (destroyed) or a raw socket (terminated). */
type Closable = { destroy(): void } | { readonly ws: { terminate(): void } };

/** What a test file opens through `testScope`; everything is closed after each test, last opened first. */
export interface TestScope {
  /** Runs `cleanup` after the current test. */
  defer(cleanup: () => unknown): void;
  /** Starts a server (as startServer) that is closed after the current test. */
  server(options?: Parameters<typeof startServer>[0]): Promise<TestServer>;
  /** Closes a client after the current test; returns it. */
  track<T extends Closable>(client: T): T;
}

/** The per-test cleanup every server test file needs. Call once at the top of a test file (it registers an afterEach). */
export function testScope(): TestScope {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });
  const defer = (cleanup: () => unknown) => {
    cleanups.push(cleanup);
  };
  return {
    defer,
    async server(options = {}) {
      const t = await startServer(options);
      defer(() => t.close());
      return t;
    },
    track(client) {
      defer(() => ("destroy" in client ? client.destroy() : client.ws.terminate()));
      return client;
    },
  };
}

/** Fresh ids for one workshop: the workshop, two participants and a facilitator. */
export function freshWorkshop() {
  return {
    wid: workshopIdSchema.parse(newId()),
    p1: participantIdSchema.parse(newId()),
    p2: participantIdSchema.parse(newId()),
    facilitator: userIdSchema.parse(newId()),
  };
}

/** Mints a valid token for a role in a workshop (`sub` must be an id for participants and facilitators). */
export function tokenFor(role: Role, wid: string, sub: string, nowSeconds?: number): Promise<string> {
  const base = { wid: workshopIdSchema.parse(wid), name: `${role} ${sub.slice(0, 4)}` };
  switch (role) {
    case "participant":
      return mintSyncToken({ ...base, role, sub: participantIdSchema.parse(sub), sector: "education" }, SECRET, nowSeconds);
    case "facilitator":
      return mintSyncToken({ ...base, role, sub: userIdSchema.parse(sub) }, SECRET, nowSeconds);
    case "observer":
      return mintSyncToken({ ...base, role, sub }, SECRET, nowSeconds);
  }
}

/** Reads a document as stored (all rows applied), straight from a DocStore. */
export async function storedDoc(docs: DocStore, name: string): Promise<Y.Doc> {
  const { updates } = await docs.loadDoc(name);
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** A DocStore wrapper that records calls ("load:<name>", "compact-start:<name>", …) and can slow loads and compactions. */
export function instrumentStore(
  docs: DocStore,
  delays: { loadMs?: number; compactMs?: number } = {},
): { docs: DocStore; events: string[]; count: (event: string) => number } {
  const events: string[] = [];
  const sleep = (ms: number | undefined) => (ms ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());
  return {
    events,
    count: (event) => events.filter((e) => e === event).length,
    docs: {
      async loadDoc(name) {
        events.push(`load:${name}`);
        await sleep(delays.loadMs);
        return docs.loadDoc(name);
      },
      appendUpdate: (name, update) => docs.appendUpdate(name, update),
      async compactDoc(name, snapshot, throughSeq) {
        events.push(`compact-start:${name}`);
        await sleep(delays.compactMs);
        await docs.compactDoc(name, snapshot, throughSeq);
        events.push(`compact-end:${name}`);
      },
      listDocs: (prefix) => docs.listDocs(prefix),
    },
  };
}

/** Number of stored rows per document in an SQLite file (opened and closed here). */
export function rowCounts(file: string): Map<string, number> {
  const stores = openSqlite(file);
  try {
    const rows = stores.db.prepare("SELECT doc, COUNT(*) AS n FROM doc_updates GROUP BY doc").all();
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (typeof row === "object" && row !== null && "doc" in row && "n" in row) counts.set(String(row.doc), Number(row.n));
    }
    return counts;
  } finally {
    stores.close();
  }
}
