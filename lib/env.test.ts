import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hostnameOf, loadSecrets, parseServerEnv, syncUrlFor } from "./env";

describe("environment", () => {
  it("needs no variables at all", () => {
    const env = parseServerEnv({});
    expect(env).toMatchObject({ PORT: 3000, SYNC_PORT: 3001, DATA_DIR: "./data" });
    expect(path.isAbsolute(env.dataDir)).toBe(true);
  });

  it("names every bad variable in one error", () => {
    expect(() => parseServerEnv({ PORT: "eighty", PUBLIC_SYNC_URL: "http://x" })).toThrow(/PORT[\s\S]*PUBLIC_SYNC_URL/);
  });

  it("takes SQLite's durability from SQLITE_SYNCHRONOUS: normal by default, full on request, nothing else", () => {
    expect(parseServerEnv({}).SQLITE_SYNCHRONOUS).toBe("normal");
    expect(parseServerEnv({ SQLITE_SYNCHRONOUS: " " }).SQLITE_SYNCHRONOUS).toBe("normal");
    expect(parseServerEnv({ SQLITE_SYNCHRONOUS: "FULL" }).SQLITE_SYNCHRONOUS).toBe("full");
    expect(() => parseServerEnv({ SQLITE_SYNCHRONOUS: "off" })).toThrow(/SQLITE_SYNCHRONOUS: normal or full/);
  });

  it("takes PostgreSQL from DATABASE_URL (postgres:// only) with an optional schema name", () => {
    const none = parseServerEnv({});
    expect([none.DATABASE_URL, none.DATABASE_SCHEMA]).toEqual([undefined, undefined]);
    const blank = parseServerEnv({ DATABASE_URL: " ", DATABASE_SCHEMA: "" });
    expect([blank.DATABASE_URL, blank.DATABASE_SCHEMA]).toEqual([undefined, undefined]);
    expect(parseServerEnv({ DATABASE_URL: "postgres://u:p@db:5432/csei", DATABASE_SCHEMA: "csei_prod" })).toMatchObject({
      DATABASE_URL: "postgres://u:p@db:5432/csei",
      DATABASE_SCHEMA: "csei_prod",
    });
    expect(parseServerEnv({ DATABASE_URL: "postgresql://db/csei" }).DATABASE_URL).toBe("postgresql://db/csei");
    expect(() => parseServerEnv({ DATABASE_URL: "mysql://db/csei" })).toThrow(/DATABASE_URL/);
    expect(() => parseServerEnv({ DATABASE_SCHEMA: "public; DROP TABLE users" })).toThrow(/DATABASE_SCHEMA/);
  });

  it("generates secrets once into the data directory, readable only by the owner", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "csei-env-"));
    const env = parseServerEnv({ DATA_DIR: dir });
    const first = loadSecrets(env);
    const second = loadSecrets(env);
    expect(second).toEqual(first);
    expect(first.authSecret).not.toEqual(first.syncTokenSecret);
    expect(statSync(path.join(dir, "secrets.json")).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "secrets.json"), "utf8"))).toEqual(first);
  });

  it("prefers secrets from the environment and rejects a corrupt secrets file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "csei-env-"));
    const secret = "s".repeat(40);
    expect(loadSecrets(parseServerEnv({ DATA_DIR: dir, AUTH_SECRET: secret })).authSecret).toBe(secret);
    const bad = mkdtempSync(path.join(tmpdir(), "csei-env-"));
    writeFileSync(path.join(bad, "secrets.json"), JSON.stringify({ authSecret: "short" }));
    expect(() => loadSecrets(parseServerEnv({ DATA_DIR: bad }))).toThrow(/not a valid secrets file/);
  });

  it("derives the sync URL from the host the browser used", () => {
    const env = parseServerEnv({});
    expect(syncUrlFor(env, "192.168.1.20:3000", false)).toBe("ws://192.168.1.20:3001");
    expect(syncUrlFor(env, "workshop.example.org", true)).toBe("wss://workshop.example.org:3001");
    expect(syncUrlFor(env, "[::1]:3000", false)).toBe("ws://[::1]:3001");
    expect(syncUrlFor(env, "evil/../host", false)).toBe("ws://localhost:3001");
    expect(syncUrlFor(parseServerEnv({ PUBLIC_SYNC_URL: "wss://sync.example.org/" }), "x", false)).toBe("wss://sync.example.org");
    expect(hostnameOf(null)).toBeNull();
  });
});
