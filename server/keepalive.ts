import { CLOSE } from "../lib/sync/close-codes";
import { encodeAwarenessEntries } from "./awareness-codec";
import { monotonicMs, type Connection } from "./connection";
import type { Logger } from "./log";
import { encodeAwareness } from "./protocol";

/** An awareness update with no entries: y-websocket applies it as a no-op, but it counts as a received message. */
export const HEARTBEAT_FRAME = encodeAwareness(encodeAwarenessEntries([]));

/** How often tokens are checked for expiry: a connection closes at most this long after its token's `exp`. */
export const EXPIRY_SWEEP_MS = 1000;

/**
 * The three timers that keep sockets honest (one set per server, none per connection):
 * - every `pingIntervalMs` a WebSocket ping; a socket that did not answer the previous one is terminated;
 * - every `heartbeatMs / 3` any socket that has not been sent a frame for `2/3 · heartbeatMs` gets HEARTBEAT_FRAME,
 *   so every socket receives a message at least every `heartbeatMs` (y-websocket drops a connection after 30 s
 *   without one, and pings are invisible to browser code);
 * - every EXPIRY_SWEEP_MS each connection's token is checked: one past its `exp` is closed with 4401.
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
        const now = monotonicMs();
        for (const conn of connections) if (now - conn.lastSentAt >= idleMs) conn.send(HEARTBEAT_FRAME);
      }, options.heartbeatMs / 3),
      setInterval(() => {
        const now = Date.now();
        for (const conn of connections) conn.checkExpiry(now);
      }, EXPIRY_SWEEP_MS),
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
