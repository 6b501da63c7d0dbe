import { WebSocket, type RawData } from "ws";
import type { Connection } from "./connection";

/**
 * The server's WebSocket class (ws's `WebSocket` option): events go straight to the socket's Connection instead of
 * through listeners. A listener per socket and event (message, pong, error, close) would cost a closure each and
 * grow the socket's event table, memory paid per connection, which bench:sync measures (docs/sync.md "Benchmarks").
 * Listeners added the usual way (e.g. `once("close")` while shutting down) still run: every event but a handled
 * error is passed on to EventEmitter.
 */
export class SyncSocket extends WebSocket {
  /** The connection this socket carries, once admitted; null while the handshake completes or for a refused one. */
  connection: Connection | null = null;

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    const conn = this.connection;
    switch (event) {
      case "message":
        conn?.receive(args[0] as RawData, args[1] === true);
        break;
      case "pong":
        if (conn) conn.alive = true;
        break;
      case "error":
        // A protocol error from the peer (ws closes the socket itself). Without a listener EventEmitter would throw.
        conn?.socketError(args[0] instanceof Error ? args[0] : new Error(String(args[0])));
        return this.listenerCount("error") > 0 ? super.emit(event, ...args) : true;
      case "close":
        conn?.socketClosed(typeof args[0] === "number" ? args[0] : 1006);
        break;
    }
    return super.emit(event, ...args);
  }
}
