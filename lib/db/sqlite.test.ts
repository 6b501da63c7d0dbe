import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SQLITE_MIGRATIONS } from "./migrations";
import { openSqlite } from "./sqlite";

// The store contract (accounts, workshops, documents) runs against SQLite and PostgreSQL in app-store.test.ts and
// doc-store.test.ts; this file holds what only SQLite has: its file settings and user_version migrations.
describe("SQLite specifics", () => {
  it("opens the file in WAL mode with foreign keys on, synchronous NORMAL unless FULL is asked for", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "csei-db-")), "csei.sqlite");
    const settings = (options?: Parameters<typeof openSqlite>[1]) => {
      const { db, close } = openSqlite(file, options);
      const read = {
        journal: db.pragma("journal_mode", { simple: true }),
        synchronous: db.pragma("synchronous", { simple: true }),
        foreignKeys: db.pragma("foreign_keys", { simple: true }),
      };
      close();
      return read;
    };
    // SQLite's codes: 1 = NORMAL, 2 = FULL.
    expect(settings()).toEqual({ journal: "wal", synchronous: 1, foreignKeys: 1 });
    expect(settings({ synchronous: "normal" })).toEqual({ journal: "wal", synchronous: 1, foreignKeys: 1 });
    expect(settings({ synchronous: "full" })).toEqual({ journal: "wal", synchronous: 2, foreignKeys: 1 });
  });

  it("migrations upgrade a version-2 database with its data; a second opener finds them applied", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "csei-mig-")), "csei.sqlite");
    const old = new Database(file);
    old.exec(SQLITE_MIGRATIONS[0] ?? "");
    old.exec(SQLITE_MIGRATIONS[1] ?? "");
    old.pragma("user_version = 2");
    old.prepare("INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('uuuuuuuuuuuuuuuu', 'a@b.c', 'A', 'h', 1)").run();
    old.prepare("INSERT INTO workshops (id, owner_id, title, region, mode, join_code, created_at) VALUES ('wwwwwwwwwwwwwwww', 'uuuuuuuuuuuuuuuu', 'T', '', 'create', 'ACDEFGHJ', 1)").run();
    old.close();

    const a = openSqlite(file);
    const b = openSqlite(file);
    expect(a.db.pragma("user_version", { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    const row = a.db.prepare("SELECT observer_key, previous_workshop_id FROM workshops").get();
    expect(row).toMatchObject({ observer_key: expect.stringMatching(/^[0-9a-f]{24}$/), previous_workshop_id: null });
    expect(a.db.prepare("SELECT auth_provider FROM users").get()).toEqual({ auth_provider: "credentials" });
    expect(b.db.pragma("user_version", { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    a.close();
    b.close();
  });
});
