import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { RelayKind } from "./redis-codec";
import type { RelayMetrics } from "./redis-relay";

/**
 * The relay's Prometheus metrics, registered in the server's own registry (server/metrics.ts) so `/metrics` shows
 * them next to the rest; only created when REDIS_URL is set.
 * - `csei_sync_relay_messages_total{direction,kind}` — relay messages published (out) and accepted from peers (in);
 * - `csei_sync_relay_dropped_total{reason}` — invalid, publish-failed (Redis away), buffer-full (a loading room);
 * - `csei_sync_redis_lag_seconds` — from a peer's publish to our receipt (the peers' clocks: one host or NTP);
 * - `csei_sync_redis_connected` — 1 while both Redis connections are up.
 */
export class RedisRelayMetrics implements RelayMetrics {
  private readonly messages: Counter<"direction" | "kind">;
  private readonly dropped: Counter<"reason">;
  private readonly lag: Histogram;

  constructor(registry: Registry, connected: () => boolean) {
    const registers = [registry];
    this.messages = new Counter({ name: "csei_sync_relay_messages_total", help: "Relay messages by direction and kind", labelNames: ["direction", "kind"], registers });
    this.dropped = new Counter({ name: "csei_sync_relay_dropped_total", help: "Relay messages dropped, by reason", labelNames: ["reason"], registers });
    this.lag = new Histogram({
      name: "csei_sync_redis_lag_seconds",
      help: "Time from a peer's publish to its receipt here",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
      registers,
    });
    new Gauge({
      name: "csei_sync_redis_connected",
      help: "1 while the relay's Redis connections are up",
      registers,
      collect() {
        this.set(connected() ? 1 : 0);
      },
    });
  }

  relayed(direction: "in" | "out", kind: RelayKind): void {
    this.messages.labels(direction, kind).inc();
  }

  relayDropped(reason: "invalid" | "publish-failed" | "buffer-full"): void {
    this.dropped.labels(reason).inc();
  }

  relayLag(seconds: number): void {
    this.lag.observe(seconds);
  }
}
