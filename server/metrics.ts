import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { closeNameOf } from "../lib/sync/close-codes";
import type { DocKind } from "../lib/sync/rooms";

/** Names of standard close codes that are not ours (lib/sync/close-codes), for the closes metric. */
const STANDARD_CLOSES: Readonly<Record<number, string>> = {
  1000: "normal",
  1001: "goingAway",
  1005: "noStatus",
  1006: "abnormal",
  1009: "messageTooBig",
};

/** The label of a close code: its name in CLOSE, a standard name, or "other" (labels must stay a small set). */
export function closeLabel(code: number): string {
  return closeNameOf(code) ?? STANDARD_CLOSES[code] ?? "other";
}

/** Message types as counted: the first byte of a frame (y-websocket message type). */
const OUT_TYPES: Readonly<Record<number, string>> = { 0: "sync", 1: "awareness", 2: "auth", 3: "query-awareness" };

/** Why a client's write (or awareness entry) was not applied. */
export type RejectReason = "read-only" | "doc-too-large" | "malformed-update" | "awareness-foreign-client" | "awareness-too-large";

/**
 * The sync server's Prometheus metrics, in a registry of its own (several servers in one test process must not
 * share counters). Served as text on `GET /metrics`. Hot-path counters are bound to their labels once.
 */
export class SyncMetrics {
  readonly registry = new Registry();
  private readonly connections: Gauge<"kind">;
  private readonly framesIn: Counter<"type">;
  private readonly framesOut: Counter<"type">;
  private readonly rejected: Counter<"reason">;
  private readonly closes: Counter<"code">;
  private readonly persist: Histogram;
  private readonly fanout: Histogram;
  private readonly awarenessRelay: Histogram;
  private readonly outByType = new Map<number, Counter.Internal>();
  private readonly inByType = new Map<string, Counter.Internal>();

  constructor(loadedRooms: () => number, options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.connections = new Gauge({ name: "csei_sync_connections", help: "Open WebSocket connections by document kind", labelNames: ["kind"], registers });
    new Gauge({
      name: "csei_sync_rooms_loaded",
      help: "Documents loaded (or loading) in memory",
      registers,
      collect() {
        this.set(loadedRooms());
      },
    });
    this.framesIn = new Counter({ name: "csei_sync_frames_in_total", help: "Frames received by message type", labelNames: ["type"], registers });
    this.framesOut = new Counter({ name: "csei_sync_frames_out_total", help: "Frames sent by message type", labelNames: ["type"], registers });
    this.rejected = new Counter({ name: "csei_sync_rejected_writes_total", help: "Client writes not applied, by reason", labelNames: ["reason"], registers });
    this.closes = new Counter({ name: "csei_sync_closes_total", help: "Closed connections by close code name", labelNames: ["code"], registers });
    this.persist = new Histogram({
      name: "csei_sync_persist_seconds",
      help: "Time to append one update to the store",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.fanout = new Histogram({
      name: "csei_sync_fanout_seconds",
      help: "Time from applying an update to having sent it to every other connection (includes the append)",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.awarenessRelay = new Histogram({
      name: "csei_sync_awareness_relay_seconds",
      help: "Time from applying a client's awareness change to sending the batch that carries it (coalescing included)",
      buckets: [0.005, 0.01, 0.025, 0.04, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5],
      registers,
    });
    for (const kind of ["board", "control", "results", "private"] satisfies DocKind[]) this.connections.labels(kind).set(0);
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: "csei_sync_" });
  }

  connectionOpened(kind: DocKind): void {
    this.connections.labels(kind).inc();
  }

  connectionClosed(kind: DocKind): void {
    this.connections.labels(kind).dec();
  }

  frameIn(type: string): void {
    let counter = this.inByType.get(type);
    if (!counter) {
      counter = this.framesIn.labels(type);
      this.inByType.set(type, counter);
    }
    counter.inc();
  }

  frameOut(frame: Uint8Array): void {
    const first = frame[0] ?? -1;
    let counter = this.outByType.get(first);
    if (!counter) {
      counter = this.framesOut.labels(OUT_TYPES[first] ?? "other");
      this.outByType.set(first, counter);
    }
    counter.inc();
  }

  rejectedWrite(reason: RejectReason): void {
    this.rejected.labels(reason).inc();
  }

  closed(code: number): void {
    this.closes.labels(closeLabel(code)).inc();
  }

  persisted(seconds: number): void {
    this.persist.observe(seconds);
  }

  awarenessRelayed(seconds: number): void {
    this.awarenessRelay.observe(seconds);
  }

  fannedOut(seconds: number): void {
    this.fanout.observe(seconds);
  }

  /** The Prometheus text exposition of every metric. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
