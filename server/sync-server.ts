import { createServer } from "node:http";
import { WebSocketServer } from "ws";
import type { DocStore } from "../lib/db/types";
import type { AccessCheck, AccessVerdict } from "../lib/sync/access-check";
import { CLOSE } from "../lib/sync/close-codes";
import type { Room } from "../lib/sync/rooms";
import { AccessMonitor } from "./access-monitor";
import { Connection, type ConnectionDeps, type ConnectionPlace } from "./connection";
import { createHttpHandler } from "./http-routes";
import { closeSockets, Keepalive } from "./keepalive";
import { SyncSocket } from "./sync-socket";
import { AddressRateLimiter, DEFAULT_LIMITS, RoomOccupancy, type SyncLimits } from "./limits";
import { createLogger, errorText, type Logger } from "./log";
import { SyncMetrics } from "./metrics";
import type { ScaleOutOptions } from "./redis-config";
import { RedisRelayMetrics } from "./redis-metrics";
import { RedisRelay } from "./redis-relay";
import { ResultsLease } from "./results-lease";
import { RoomRegistry } from "./room-registry";
import { attachUpgradeGate, type Admitted } from "./upgrade-gate";
import { WorkshopHub } from "./workshop-hub";
import type { WorkshopWatchDeps } from "./workshop-watch";

/** Default largest frame a client may send (a Yjs update of a long board is far below this). */
export const MAX_FRAME_BYTES = DEFAULT_LIMITS.maxFrameBytes;

/** Options of createSyncServer; every limit of SyncLimits may be given (defaults in DEFAULT_LIMITS). */
export interface SyncServerOptions extends Partial<SyncLimits>, ScaleOutOptions {
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
  /** Every socket receives a frame at least this often (an empty awareness update when idle); 15 s by default. */
  readonly heartbeatMs?: number;
  /** Compact a document's log after this many appended updates; 500 by default. */
  readonly compactEvery?: number;
  /** Stored state beyond the token: removed participants, closed or deleted workshops. None: tokens alone decide. */
  readonly access?: AccessCheck;
  /** How often every open connection is checked again with `access`; 2 s by default. */
  readonly accessRecheckMs?: number;
  /** Board awareness changes are batched this long (ms) and sent as one update; 40 by default. */
  readonly awarenessCoalesceMs?: number;
  /** `/healthz` runs this (a trivial store query); by default a listDocs that matches nothing. */
  readonly checkStorage?: () => Promise<unknown>;
  /** `/healthz` answers 503 when the storage check takes longer; 1 s by default. */
  readonly healthTimeoutMs?: number;
  /** Also export Node's process metrics (memory, event loop lag) on /metrics. */
  readonly processMetrics?: boolean;
  readonly log?: Logger;
  /** A participant's sector, for per-sector results (server/index.ts reads it from the app store). */
  readonly sectorOf?: WorkshopWatchDeps["sectorOf"];
}

/** What a server holds right now; all zero (but `addresses`) once every client has gone and rooms unloaded. */
export interface SyncServerStats {
  readonly connections: number;
  readonly rooms: number;
  readonly workshops: number;
  readonly occupiedRooms: number;
  readonly addresses: number;
}

/** A running sync server. */
export interface SyncServer {
  /** The port actually bound. */
  readonly port: number;
  stats(): SyncServerStats;
  /** Closes every client with 1012 (they reconnect), stores and compacts every loaded document, stops listening. */
  close(): Promise<void>;
}

/**
 * Starts the y-websocket-compatible sync server: `GET /healthz` and `GET /metrics` over HTTP, and WebSocket
 * upgrades on `/<room name>?token=<sync token>`. See docs/sync.md for the protocol, rights, limits and persistence.
 */
export async function createSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const log = options.log ?? createLogger("info");
  const limits: SyncLimits = { ...DEFAULT_LIMITS, ...definedOnly(options) };
  let workshops: WorkshopHub | null = null;
  let registry: RoomRegistry | null = null;
  const metrics = new SyncMetrics(() => registry?.size ?? 0, { processMetrics: options.processMetrics });
  // Scale-out (docs/sync.md): with `redis`, rooms are shared with the other processes over Redis pub/sub.
  let relay: RedisRelay | null = null;
  if (options.redis) {
    const redis = options.redis;
    relay = new RedisRelay({ ...redis, antiEntropyMs: options.antiEntropyMs ?? 10_000, log, metrics: new RedisRelayMetrics(metrics.registry, () => relay?.connected ?? false) });
  }
  const lease = relay ? new ResultsLease(relay, options.resultsLeaseMs ?? 10_000, log, (workshopId) => workshops?.leaseGained(workshopId)) : null;
  registry = new RoomRegistry({
    docs: options.docs,
    log,
    metrics,
    unloadGraceMs: options.unloadGraceMs ?? 30_000,
    room: {
      compactEvery: options.compactEvery,
      maxDocBytes: limits.maxDocBytes,
      awarenessCoalesceMs: options.awarenessCoalesceMs ?? 40,
      maxAwarenessStateChars: 16 * 1024,
      relay,
      peerSyncTimeoutMs: options.peerSyncTimeoutMs,
    },
    reveal: (room) => workshops?.reveal(room.workshopId) ?? null,
    onDiscard: (name) => workshops?.discarded(name),
  });
  const rooms = registry;
  const hub = new WorkshopHub({ registry: rooms, docs: options.docs, log, sectorOf: options.sectorOf, relay, lease });
  workshops = hub;
  // Open connections, each reached from its socket (SyncSocket.connection) by the socket's events.
  const connections = new Set<Connection>();
  const occupancy = new RoomOccupancy<Room>();
  const addresses = new AddressRateLimiter(limits.maxConnectionsPerIpPerMinute);
  // ws cuts frames over maxPayload itself (1009, not final); frames between our limit and that get a named 4413.
  // `connections` tracks the sockets (ws's own tracking would add a set entry and a listener per socket); SyncSocket
  // hands each socket's events to its connection.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 2 * limits.maxFrameBytes, clientTracking: false, WebSocket: SyncSocket });
  const monitor = options.access ? new AccessMonitor(options.access, connections, log, options.accessRecheckMs ?? 2000) : null;
  let closing = false;

  const http = createServer(
    createHttpHandler({
      metrics,
      log,
      checkStorage: options.checkStorage ?? (() => options.docs.listDocs("\u0000healthz/")),
      healthTimeoutMs: options.healthTimeoutMs ?? 1000,
      checkRedis: relay ? () => relay.check() : undefined,
    }),
  );

  // One object shared by every connection (per-connection memory is benchmarked).
  const connectionDeps: ConnectionDeps = {
    log,
    metrics,
    maxFrameBytes: limits.maxFrameBytes,
    maxBufferedBytes: limits.maxBufferedBytes,
    maxFramesPerSecond: limits.maxFramesPerSecond,
    maxFrameBurst: limits.maxFrameBurst,
    onClosed: (conn, code) => onClosed(conn, code),
  };
  const onClosed = (conn: Connection, code: number) => {
    connections.delete(conn);
    occupancy.leave(conn.name);
    metrics.connectionClosed(conn.roomRef.kind);
    metrics.closed(conn.closeCode ?? code);
    const room = conn.detach();
    if (room) rooms.release(room);
    hub.close(conn.roomRef);
    log.debug("connection closed", { conn: conn.id, room: conn.name, code: conn.closeCode ?? code });
  };
  const accept = (ws: SyncSocket, admission: Admitted, verdict: Exclude<AccessVerdict, "revoked">, seat: ConnectionPlace) => {
    const conn = new Connection(ws, admission.claims, seat, admission.access, verdict, connectionDeps);
    metrics.connectionOpened(conn.roomRef.kind);
    hub.open(conn.roomRef);
    log.debug("connection open", { ...conn.context, access: conn.access });
    connections.add(conn);
    ws.connection = conn;
    rooms.acquire(conn.name, conn.roomRef).then(
      (room) => {
        if (conn.isClosed) return rooms.release(room);
        conn.attach(room);
      },
      (error: unknown) => {
        log.warn("could not open room", { ...conn.context, error: errorText(error) });
        conn.close(closing ? CLOSE.serverRestart : CLOSE.internalError);
      },
    );
  };

  attachUpgradeGate(http, {
    wss,
    secret: options.secret,
    access: options.access,
    limits,
    addresses,
    occupancy,
    metrics,
    log,
    isClosing: () => closing,
    accept,
  });

  const keepalive = new Keepalive(connections, { pingIntervalMs: options.pingIntervalMs ?? 30_000, heartbeatMs: options.heartbeatMs ?? 15_000 });
  monitor?.start();

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      http.off("error", reject);
      resolve();
    });
  }).catch((error: unknown) => {
    keepalive.stop();
    monitor?.stop();
    throw error;
  });
  const address = http.address();
  if (address === null || typeof address === "string") throw new Error("sync server is not listening on TCP");

  const shutdown = async () => {
    closing = true;
    keepalive.stop();
    monitor?.stop();
    const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
    await closeSockets(connections, log);
    hub.stopAll();
    lease?.stop();
    await rooms.closeAll();
    await relay?.close();
    wss.close();
    http.closeAllConnections();
    await stopped;
  };
  let closed: Promise<void> | null = null;
  return {
    port: address.port,
    stats: () => ({
      connections: connections.size,
      rooms: rooms.size,
      workshops: hub.size,
      occupiedRooms: occupancy.size,
      addresses: addresses.size,
    }),
    close: () => (closed ??= shutdown()),
  };
}

/** The limits given in the options, without keys whose value is undefined (they must not hide the defaults). */
function definedOnly(options: Partial<SyncLimits>): Partial<SyncLimits> {
  const keys = Object.keys(DEFAULT_LIMITS) as (keyof SyncLimits)[];
  return Object.fromEntries(keys.filter((k) => options[k] !== undefined).map((k) => [k, options[k]]));
}
