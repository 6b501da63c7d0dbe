import path from "node:path";
import { loadSecrets, parseServerEnv, type Secrets, type ServerEnv } from "../env";
import { openSqlite, type SqliteStores } from "./sqlite";

/** Everything a server process needs: the parsed environment, its secrets and the stores. */
export interface Runtime {
  readonly env: ServerEnv;
  readonly secrets: Secrets;
  readonly stores: SqliteStores;
}

const KEY = Symbol.for("csei.runtime");
type WithRuntime = typeof globalThis & { [KEY]?: Runtime };

/** The database file inside DATA_DIR. */
export function databaseFile(env: ServerEnv): string {
  return path.join(env.dataDir, "csei.sqlite");
}

/** Opens a runtime for an environment (the CLI and tests call this directly). */
export function openRuntime(env: ServerEnv = parseServerEnv()): Runtime {
  return { env, secrets: loadSecrets(env), stores: openSqlite(databaseFile(env)) };
}

/** The web process's runtime, opened once on first use and shared across requests (and dev reloads). */
export function getRuntime(): Runtime {
  const g = globalThis as WithRuntime;
  g[KEY] ??= openRuntime();
  return g[KEY];
}
