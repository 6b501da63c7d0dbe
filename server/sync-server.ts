import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { DocStore } from "../lib/db/types";
import { CLOSE } from "../lib/sync/close-codes";
import { admit, type Admission } from "./admission";
import { Connection } from "./connection";
import { createLogger, errorText, type Logger } from "./log";
import { RoomRegistry } from "./room-registry";
import { WorkshopHub } from "./workshop-hub";

/** Largest frame a client may send (a Yjs update of a long board is far below this). */
export const MAX_FRAME_BYTES = 1024 * 1024;

/** Options of createSyncServer. */
export interface SyncServerOptions {
  /** The document store (SQLite in the embedded setup). */
  readonly docs: DocStore;
  /** The secret sync tokens are signed with (lib/auth/sync-token). */
  readonly secret: string;
  /** TCP port; 0 (the default) picks a free one, see SyncServer.port. */
  readonly port?: number;
  /** Interface to listen on; defaults to 127.0.0.1. */
  readonly host?: string;
  /** How long a document with no connections stays loaded; 30 s by default. */
  readonly unloadGraceMs?: number;
  /** Keepalive ping period; a socket that has not answered the previous ping is terminated. 30 s by default. */
  readonly pingIntervalMs?: number;
  /** Compact a document's log after this many appended updates; 500 by default. */
  readonly compactEvery?: number;
  readonly log?: Logger;
}

/** A running sync server. */
export interface SyncServer {
  /** The port actually bound. */
  readonly port: number;
  /** Closes every client with 1012 (they reconnect), stores and compacts every loaded document, stops listening. */
  close(): Promise<void>;
}

/**
 * Starts the y-websocket-compatible sync server: `GET /healthz` over HTTP, and WebSocket upgrades on
 * `/<room name>?token=<sync token>`. See docs/sync.md for the protocol, rights and persistence rules.
 */
export async function createSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const log = options.log ?? createLogger("info");
  let workshops: WorkshopHub | null = null;
  const registry = new RoomRegistry({
    docs: options.docs,
    log,
    unloadGraceMs: options.unloadGraceMs ?? 30_000,
    compactEvery: options.compactEvery,
    onDiscard: (name) => workshops?.discarded(name),
  });
  const hub = new WorkshopHub({ registry, docs: options.docs, log });
  workshops = hub;
  const connections = new Set<Connection>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  let closing = false;

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    const found = req.method === "GET" && path === "/healthz";
    res.writeHead(found ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(found ? { ok: true } : { error: "not-found" }));
  });

  const accept = (ws: WebSocket, admission: Extract<Admission, { ok: true }>) => {
    const conn = new Connection(ws, admission.claims, admission.room, admission.name, admission.access, log);
    connections.add(conn);
    hub.open(admission.room);
    log.debug("connection open", { conn: conn.id, room: admission.name, role: admission.claims.role, access: admission.access });
    ws.on("message", (data, isBinary) => conn.receive(data, isBinary));
    ws.on("pong", () => {
      conn.alive = true;
    });
    ws.on("error", (error) => log.debug("socket error", { conn: conn.id, error: error.message }));
    ws.on("close", () => {
      connections.delete(conn);
      const room = conn.detach();
      if (room) registry.release(room);
      hub.close(admission.room);
      log.debug("connection closed", { conn: conn.id, room: admission.name });
    });
    registry.acquire(admission.name, admission.room).then(
      (room) => {
        if (conn.isClosed) return registry.release(room);
        conn.attach(room);
      },
      (error: unknown) => {
        log.warn("could not open room", { conn: conn.id, room: admission.name, error: errorText(error) });
        conn.close(closing ? CLOSE.serverRestart : CLOSE.internalError);
      },
    );
  };

  http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    if (closing) return socket.destroy();
    admit(req.url, options.secret).then(
      (admission) => {
        if (closing || socket.destroyed) return socket.destroy();
        wss.handleUpgrade(req, socket, head, (ws) => {
          if (admission.ok) return accept(ws, admission);
          // Refused: the handshake completes so the browser sees the code; nothing but the close frame is sent.
          log.info("refused connection", { code: admission.close.code });
          ws.close(admission.close.code, admission.close.reason);
        });
      },
      (error: unknown) => {
        log.error("admission failed", { error: errorText(error) });
        socket.destroy();
      },
    );
  });

  const keepalive = setInterval(() => {
    for (const conn of connections) {
      if (!conn.alive) conn.terminate();
      else conn.ping();
    }
  }, options.pingIntervalMs ?? 30_000);

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      http.off("error", reject);
      resolve();
    });
  }).catch((error: unknown) => {
    clearInterval(keepalive);
    throw error;
  });
  const address = http.address();
  if (address === null || typeof address === "string") throw new Error("sync server is not listening on TCP");

  const shutdown = async () => {
    closing = true;
    clearInterval(keepalive);
    const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
    await closeSockets(connections, log);
    hub.stopAll();
    await registry.closeAll();
    wss.close();
    http.closeAllConnections();
    await stopped;
  };
  let closed: Promise<void> | null = null;
  return { port: address.port, close: () => (closed ??= shutdown()) };
}

/** Closes every client with 1012 and waits (up to 2 s) for the handshakes; stragglers are terminated. */
async function closeSockets(connections: Set<Connection>, log: Logger): Promise<void> {
  const all = [...connections];
  for (const conn of all) conn.close(CLOSE.serverRestart);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), 2000);
  });
  const outcome = await Promise.race([Promise.all(all.map((c) => c.done)), timeout]);
  clearTimeout(timer);
  if (outcome === "timeout") {
    log.warn("terminating sockets that did not close", { count: connections.size });
    for (const conn of connections) conn.terminate();
  }
}
