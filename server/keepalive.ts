import { CLOSE } from "../lib/sync/close-codes";
import { encodeAwarenessEntries } from "./awareness-codec";
import type { Connection } from "./connection";
import type { Logger } from "./log";
import { encodeAwareness } from "./protocol";

/** An awareness update with no entries: y-websocket applies it as a no-op, but it counts as a received message. */
export const HEARTBEAT_FRAME = encodeAwareness(encodeAwarenessEntries([]));

/**
 * The two timers that keep sockets honest:
 * - every `pingIntervalMs` a WebSocket ping; a socket that did not answer the previous one is terminated;
 * - every `heartbeatMs / 3` any socket that has not been sent a frame for `2/3 · heartbeatMs` gets HEARTBEAT_FRAME,
 *   so every socket receives a message at least every `heartbeatMs` (y-websocket drops a connection after 30 s
 *   without one, and pings are invisible to browser code).
 */
export class Keepalive {
  private readonly timers: NodeJS.Timeout[];

  constructor(connections: ReadonlySet<Connection>, options: { pingIntervalMs: number; heartbeatMs: number }) {
    const idleMs = (options.heartbeatMs * 2) / 3;
    this.timers = [
      setInterval(() => {
        for (const conn of connections) {
          if (!conn.alive) conn.terminate();
          else conn.ping();
        }
      }, options.pingIntervalMs),
      setInterval(() => {
        const now = Date.now();
        for (const conn of connections) if (now - conn.lastSentAt >= idleMs) conn.send(HEARTBEAT_FRAME);
      }, options.heartbeatMs / 3),
    ];
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
  }
}

/** Closes every client with 1012 and waits (up to 2 s) for the handshakes; stragglers are terminated. */
export async function closeSockets(connections: ReadonlySet<Connection>, log: Logger): Promise<void> {
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
