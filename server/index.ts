import path from "node:path";
import { openSqlite } from "../lib/db/sqlite";
import { loadSecrets, parseServerEnv } from "../lib/env";
import { createLogger, errorText } from "./log";
import { createSyncServer } from "./sync-server";

/**
 * The sync server process (`npm run sync`): reads the environment, opens DATA_DIR/csei.sqlite and serves
 * SYNC_HOST:SYNC_PORT. On SIGINT/SIGTERM it closes clients with 1012, stores and compacts, closes the database, exits 0.
 */
async function main(): Promise<void> {
  const env = parseServerEnv();
  const log = createLogger(env.LOG_LEVEL);
  const secrets = loadSecrets(env);
  const stores = openSqlite(path.join(env.dataDir, "csei.sqlite"));
  const server = await createSyncServer({
    docs: stores.docs,
    secret: secrets.syncTokenSecret,
    port: env.SYNC_PORT,
    host: env.SYNC_HOST,
    log,
  });
  console.log(`sync server listening on ws://${env.SYNC_HOST}:${server.port}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("shutting down", { signal });
    server
      .close()
      .then(() => {
        stores.close();
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error("shutdown failed", { error: errorText(error) });
        process.exit(1);
      });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
