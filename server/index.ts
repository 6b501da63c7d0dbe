import { openStores } from "../lib/db/stores";
import { loadSecrets, parseServerEnv } from "../lib/env";
import { parseSyncEnv } from "./config";
import { parseRedisEnv } from "./redis-config";
import { createLogger, errorText } from "./log";
import { createStoreAccessCheck } from "./store-access-check";
import { createSyncServer } from "./sync-server";

/**
 * The sync server process (`npm run sync`): reads the environment, opens the stores (DATA_DIR/csei.sqlite, or
 * PostgreSQL when DATABASE_URL is set) and serves SYNC_HOST:SYNC_PORT. On SIGINT/SIGTERM it closes clients with
 * 1012, stores and compacts, closes the database, exits 0.
 */
async function main(): Promise<void> {
  const env = parseServerEnv();
  const log = createLogger(env.LOG_LEVEL);
  const secrets = loadSecrets(env);
  const stores = openStores(env);
  // Fail at boot, not at the first write, when the database is unreachable or cannot be migrated.
  await stores.ping();
  const tuning = parseSyncEnv();
  const server = await createSyncServer({
    ...tuning,
    // REDIS_URL: share rooms with the other sync processes (docs/sync.md "Scale-out").
    ...parseRedisEnv(),
    docs: stores.docs,
    // Removed participants, closed and deleted workshops, looked up per workshop at most once per recheck.
    access: createStoreAccessCheck(stores.app, { ttlMs: tuning.accessRecheckMs }),
    checkStorage: () => stores.ping(),
    processMetrics: true,
    secret: secrets.syncTokenSecret,
    port: env.SYNC_PORT,
    host: env.SYNC_HOST,
    log,
    sectorOf: async (participantId) => (await stores.app.findParticipant(participantId))?.sector ?? null,
  });
  log.info("sync server listening", { address: `ws://${env.SYNC_HOST}:${server.port}` });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("shutting down", { signal });
    server
      .close()
      .then(() => stores.close())
      .then(() => process.exit(0))
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
