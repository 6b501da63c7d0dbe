/**
 * BENCH ONLY — one sync server in its own process for bench/sync.ts, so the load generators never share its event
 * loop. `ours`: createSyncServer wired as server/index.ts wires it (SQLite in DATA_DIR with synchronous=FULL, the
 * store's access check, signed tokens, default limits but the per-address connection rate — every bench client
 * comes from 127.0.0.1). `bare`: @y/websocket-server 0.1.1's setupWSConnection on a `ws` server, no persistence.
 * Reports its port over IPC and answers `{ cmd: "mem" }` with process.memoryUsage() after a full GC (run it with
 * --expose-gc).
 */
import { createServer } from "node:http";
import path from "node:path";
import { writeHeapSnapshot } from "node:v8";
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";
import { WebSocketServer } from "ws";
import { z } from "zod";
import { openSqlite } from "../lib/db/sqlite";
import { parseServerEnv } from "../lib/env";
import { createLogger } from "../server/log";
import { parseSyncEnv } from "../server/config";
import { createStoreAccessCheck } from "../server/store-access-check";
import { createSyncServer } from "../server/sync-server";

const kind = z.enum(["ours", "bare"]).parse(process.argv[2]);
const send = (message: unknown) => process.send?.(message);

async function startOurs(): Promise<{ port: number; close: () => Promise<void> }> {
  const dataDir = z.string().min(1).parse(process.env.DATA_DIR);
  const secret = z.string().min(32).parse(process.env.SYNC_TOKEN_SECRET);
  // As deployed: SQLITE_SYNCHRONOUS (default normal; bench:sync passes its own setting down).
  const stores = openSqlite(path.join(dataDir, "csei.sqlite"), { synchronous: parseServerEnv().SQLITE_SYNCHRONOUS });
  const tuning = parseSyncEnv();
  const server = await createSyncServer({
    ...tuning,
    // Diagnostics (not used by bench:sync): BENCH_COALESCE_MS overrides the awareness batch window.
    ...(process.env.BENCH_COALESCE_MS ? { awarenessCoalesceMs: Number(process.env.BENCH_COALESCE_MS) } : {}),
    docs: stores.docs,
    access: createStoreAccessCheck(stores.app, { ttlMs: tuning.accessRecheckMs }),
    checkStorage: async () => stores.db.prepare("SELECT 1").get(),
    secret,
    log: createLogger("warn"),
  });
  return {
    port: server.port,
    close: async () => {
      await server.close();
      stores.close();
    },
  };
}

async function startBare(): Promise<{ port: number; close: () => Promise<void> }> {
  const { setupWSConnection } = await import("@y/websocket-server/utils");
  const http = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true });
  wss.on("connection", (conn, req) => setupWSConnection(conn, req));
  http.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req)));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const address = http.address();
  if (address === null || typeof address === "string") throw new Error("not listening");
  return {
    port: address.port,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

const commandSchema = z.object({ cmd: z.enum(["mem", "cpu", "close"]) });

/**
 * Diagnostics (not used by bench:sync): BENCH_CPU_PROFILE_DIR=dir profiles the server process (inspector sampling,
 * 100 µs) from start to "close" and writes <kind>-<time>.cpuprofile there (open it in Chrome DevTools).
 */
const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
const profiler = profileDir ? new Session() : null;
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) => profiler?.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
async function startProfile(): Promise<void> {
  if (!profiler) return;
  profiler.connect();
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 100 });
  await post("Profiler.start");
}
async function stopProfile(): Promise<void> {
  if (!profiler || !profileDir) return;
  const result = (await post("Profiler.stop")) as { profile: unknown };
  writeFileSync(path.join(profileDir, `${kind}-${Date.now()}.cpuprofile`), JSON.stringify(result.profile));
}

async function main(): Promise<void> {
  await startProfile();
  const server = kind === "ours" ? await startOurs() : await startBare();
  process.on("message", (raw) => {
    const { cmd } = commandSchema.parse(raw);
    if (cmd === "cpu") {
      const used = process.cpuUsage();
      send({ ev: "cpu", cpuMs: (used.user + used.system) / 1000 });
    } else if (cmd === "mem") {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      gc?.();
      const m = process.memoryUsage();
      // Diagnostics (not used by bench:sync): BENCH_HEAP_SNAPSHOT_DIR=dir writes a heap snapshot per "mem" request.
      if (process.env.BENCH_HEAP_SNAPSHOT_DIR) writeHeapSnapshot(path.join(process.env.BENCH_HEAP_SNAPSHOT_DIR, `${kind}-${Date.now()}.heapsnapshot`));
      send({ ev: "mem", gc: gc !== undefined, rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers });
    } else {
      void stopProfile()
        .then(() => server.close())
        .then(() => process.exit(0));
    }
  });
  send({ ev: "ready", port: server.port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
