import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import type { Server as WebSocketServer } from "ws";
import type { AccessCheck, AccessVerdict } from "../lib/sync/access-check";
import { CLOSE } from "../lib/sync/close-codes";
import type { Room } from "../lib/sync/rooms";
import { admit, compactClaims, type Admission } from "./admission";
import type { CloseSpec, ConnectionPlace } from "./connection";
import { clientAddress, type AddressRateLimiter, type RoomOccupancy, type SyncLimits } from "./limits";
import { errorText, type Logger } from "./log";
import type { SyncMetrics } from "./metrics";
import type { SyncSocket } from "./sync-socket";

/** An admitted upgrade, ready to become a Connection. */
export type Admitted = Extract<Admission, { ok: true }>;

/** What the gate needs. */
export interface UpgradeGateDeps {
  readonly wss: WebSocketServer<typeof SyncSocket>;
  readonly secret: string;
  readonly access?: AccessCheck;
  readonly limits: SyncLimits;
  readonly addresses: AddressRateLimiter;
  readonly occupancy: RoomOccupancy<Room>;
  readonly metrics: SyncMetrics;
  readonly log: Logger;
  readonly isClosing: () => boolean;
  /**
   * Takes over an admitted socket; its seat in the room is already taken (RoomOccupancy.enter), and the connection
   * names its room by the seat (one copy per room), not by the admission.
   */
  readonly accept: (ws: SyncSocket, admission: Admitted, verdict: Exclude<AccessVerdict, "revoked">, seat: ConnectionPlace) => void;
}

/**
 * Decides every WebSocket upgrade, in the order of docs/sync.md "Connecting": address rate → token → room name →
 * rights → access check → room size. A refused upgrade completes the handshake (so the browser sees the code) and
 * is closed at once; nothing else is sent to it.
 */
/**
 * Until ws owns the socket, a socket error just drops it. Module-level (not a closure in the upgrade handler), so a
 * socket's listener does not keep the request, its headers and the token-bearing URL alive for the connection's life.
 */
function destroyOnError(this: Duplex): void {
  this.destroy();
}

/**
 * Reading a socket's remote address makes Node cache `{ address, family, port }` on it (`_peername`) for the socket's
 * life. The gate needs the address once; dropping the cache saves that object per connection (memory per socket is
 * benchmarked), and Node reads the address again from the handle if anybody asks later.
 */
function forgetPeerAddress(socket: object): void {
  if ("_peername" in socket) (socket as { _peername?: unknown })._peername = undefined;
}

export function attachUpgradeGate(http: Server, deps: UpgradeGateDeps): void {
  const { wss, log, metrics, limits } = deps;

  const refuse = (req: IncomingMessage, socket: Duplex, head: Buffer, close: CloseSpec, detail: string) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      metrics.closed(close.code);
      log.info("refused connection", { code: close.code, reason: close.reason, detail });
      ws.close(close.code, close.reason);
    });
  };

  const decide = async (req: IncomingMessage) => {
    const admission = await admit(req.url, deps.secret);
    if (!admission.ok || !deps.access) return { admission, verdict: "ok" as AccessVerdict };
    return { admission, verdict: await deps.access.check(admission.claims) };
  };

  http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", destroyOnError);
    if (deps.isClosing()) return socket.destroy();
    const address = clientAddress(req, limits.trustProxy);
    forgetPeerAddress(req.socket);
    if (!deps.addresses.take(address)) return refuse(req, socket, head, CLOSE.rateLimited, "address over its rate");
    decide(req).then(
      ({ admission, verdict }) => {
        if (deps.isClosing() || socket.destroyed) return socket.destroy();
        if (!admission.ok) return refuse(req, socket, head, admission.close, "admission");
        if (verdict === "revoked") return refuse(req, socket, head, CLOSE.forbidden, "access revoked");
        wss.handleUpgrade(req, socket, head, (ws) => {
          // ws now handles the socket's errors.
          socket.off("error", destroyOnError);
          // Taken only once the handshake is done, so a failed handshake never holds a seat.
          const seat = deps.occupancy.enter(admission.name, limits.maxConnectionsPerRoom, admission.room);
          if (!seat) {
            metrics.closed(CLOSE.rateLimited.code);
            log.warn("room full", { room: admission.name, max: limits.maxConnectionsPerRoom });
            return ws.close(CLOSE.rateLimited.code, CLOSE.rateLimited.reason);
          }
          // The connection keeps the seat's shared name and parsed room, and claims that share their strings.
          deps.accept(ws, { ...admission, claims: compactClaims(admission.claims, seat.room) }, verdict, seat);
        });
      },
      (error: unknown) => {
        log.error("admission failed", { error: errorText(error) });
        if (socket.destroyed || deps.isClosing()) return socket.destroy();
        refuse(req, socket, head, CLOSE.internalError, "admission failed");
      },
    );
  });
}
