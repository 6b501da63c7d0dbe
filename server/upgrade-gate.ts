import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocket, WebSocketServer } from "ws";
import type { AccessCheck, AccessVerdict } from "../lib/sync/access-check";
import { CLOSE } from "../lib/sync/close-codes";
import { admit, type Admission } from "./admission";
import type { CloseSpec } from "./connection";
import { clientAddress, type AddressRateLimiter, type RoomOccupancy, type SyncLimits } from "./limits";
import { errorText, type Logger } from "./log";
import type { SyncMetrics } from "./metrics";

/** An admitted upgrade, ready to become a Connection. */
export type Admitted = Extract<Admission, { ok: true }>;

/** What the gate needs. */
export interface UpgradeGateDeps {
  readonly wss: WebSocketServer;
  readonly secret: string;
  readonly access?: AccessCheck;
  readonly limits: SyncLimits;
  readonly addresses: AddressRateLimiter;
  readonly occupancy: RoomOccupancy;
  readonly metrics: SyncMetrics;
  readonly log: Logger;
  readonly isClosing: () => boolean;
  /** Takes over an admitted socket; its seat in the room is already taken (RoomOccupancy.enter). */
  readonly accept: (ws: WebSocket, admission: Admitted, verdict: Exclude<AccessVerdict, "revoked">) => void;
}

/**
 * Decides every WebSocket upgrade, in the order of docs/sync.md "Connecting": address rate → token → room name →
 * rights → access check → room size. A refused upgrade completes the handshake (so the browser sees the code) and
 * is closed at once; nothing else is sent to it.
 */
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
    socket.on("error", () => socket.destroy());
    if (deps.isClosing()) return socket.destroy();
    if (!deps.addresses.take(clientAddress(req, limits.trustProxy))) return refuse(req, socket, head, CLOSE.rateLimited, "address over its rate");
    decide(req).then(
      ({ admission, verdict }) => {
        if (deps.isClosing() || socket.destroyed) return socket.destroy();
        if (!admission.ok) return refuse(req, socket, head, admission.close, "admission");
        if (verdict === "revoked") return refuse(req, socket, head, CLOSE.forbidden, "access revoked");
        wss.handleUpgrade(req, socket, head, (ws) => {
          // Taken only once the handshake is done, so a failed handshake never holds a seat.
          if (!deps.occupancy.enter(admission.name, limits.maxConnectionsPerRoom)) {
            metrics.closed(CLOSE.rateLimited.code);
            log.warn("room full", { room: admission.name, max: limits.maxConnectionsPerRoom });
            return ws.close(CLOSE.rateLimited.code, CLOSE.rateLimited.reason);
          }
          deps.accept(ws, admission, verdict);
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
