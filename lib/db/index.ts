import { loadSecrets, parseServerEnv, type Secrets, type ServerEnv } from "../env";
import { openStores, type Stores } from "./stores";

export { databaseFile } from "./stores";

/** Everything a server process needs: the parsed environment, its secrets and the stores. */
export interface Runtime {
  readonly env: ServerEnv;
  readonly secrets: Secrets;
  readonly stores: Stores;
}

const KEY = Symbol.for("csei.runtime");
type WithRuntime = typeof globalThis & { [KEY]?: Runtime };

/** Opens a runtime for an environment (the CLI and tests call this directly): SQLite, or PostgreSQL with DATABASE_URL. */
export function openRuntime(env: ServerEnv = parseServerEnv()): Runtime {
  return { env, secrets: loadSecrets(env), stores: openStores(env) };
}

/** The web process's runtime, opened once on first use and shared across requests (and dev reloads). */
export function getRuntime(): Runtime {
  const g = globalThis as WithRuntime;
  g[KEY] ??= openRuntime();
  return g[KEY];
}
