import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { z } from "zod";
import { errorText, type Logger } from "./log";
import { decodeRelayMessage, encodeRelayMessage, type RelayKind, type RelayMessage } from "./redis-codec";
import { Link, type LinkHost, type RelayLink } from "./redis-link";

/** What the relay reports to /metrics. */
export interface RelayMetrics {
  relayed(direction: "in" | "out", kind: RelayKind): void;
  relayDropped(reason: "invalid" | "publish-failed" | "buffer-full"): void;
  relayLag(seconds: number): void;
}

/** Options of the relay (server/redis-config.ts reads them from REDIS_URL, REDIS_PREFIX, SYNC_ANTI_ENTROPY_MS). */
export interface RedisRelayOptions {
  readonly url: string;
  /** Prefix of every channel and key, e.g. "csei:"; tests use their own. */
  readonly prefix: string;
  /** Period of the anti-entropy rounds (ms). */
  readonly antiEntropyMs: number;
  readonly log: Logger;
  readonly metrics: RelayMetrics;
}

/** How long join waits for Redis to confirm a subscription when it is connected. */
const SUBSCRIBE_WAIT_MS = 1000;
const numsubReply = z.tuple([z.string(), z.coerce.number().int().min(0)]);

/**
 * Redis pub/sub between sync processes that serve the same rooms: one channel per loaded room
 * (`<prefix>room:<room name>`), one publishing and one subscribed connection per process, each message tagged with
 * this process's random instance id so nothing is applied twice or echoed back. ioredis reconnects by itself and
 * re-subscribes; after any reconnect every room runs an anti-entropy round at once, and then every `antiEntropyMs`.
 * While Redis is away publishes are dropped (no offline queue: the anti-entropy round after the reconnect heals).
 */
export class RedisRelay implements LinkHost {
  readonly instanceId = randomBytes(8).toString("hex");
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly links = new Map<string, Link>();
  private readonly noticeListeners: ((room: string, message: RelayMessage) => void)[] = [];
  private readonly reconnectListeners: (() => void)[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly everReady = { pub: false, sub: false };
  private lastErrorLog = 0;
  private closed = false;

  constructor(private readonly options: RedisRelayOptions) {
    const retryStrategy = (attempt: number) => Math.min(100 * attempt, 2000);
    this.pub = new Redis(options.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy, connectionName: `csei-sync-pub-${this.instanceId}` });
    this.sub = new Redis(options.url, { autoResubscribe: true, maxRetriesPerRequest: null, retryStrategy, connectionName: `csei-sync-sub-${this.instanceId}` });
    for (const [role, client] of [["pub", this.pub], ["sub", this.sub]] as const) {
      client.on("error", (error: Error) => this.logError(role, error));
      client.on("ready", () => this.onReady(role));
      client.on("end", () => !this.closed && options.log.warn("redis connection ended", { detail: role }));
    }
    this.sub.on("messageBuffer", (channel: Buffer, data: Buffer) => this.onMessage(channel.toString(), data));
    this.timer = setInterval(() => this.antiEntropyAll(), options.antiEntropyMs);
    this.timer.unref();
  }

  /** The publishing connection, for the results lease (server/results-lease.ts). */
  get commands(): Redis {
    return this.pub;
  }

  /** Prefix of every channel and key. */
  get prefix(): string {
    return this.options.prefix;
  }

  /** True while both connections are up. */
  get connected(): boolean {
    return this.pub.status === "ready" && this.sub.status === "ready";
  }

  /** The relay's metrics sink (links report buffer overflows through it). */
  metricsOf(): RelayMetrics {
    return this.options.metrics;
  }

  /** Resolves when Redis answers a PING on both connections' behalf; rejects otherwise (for /healthz). */
  async check(): Promise<void> {
    if (this.sub.status !== "ready") throw new Error(`redis subscriber ${this.sub.status}`);
    await this.pub.ping();
  }

  /** Subscribes to a room's channel; messages are buffered until the link gets a handler. Never rejects. */
  async join(name: string): Promise<RelayLink> {
    const channel = this.channelOf(name);
    const link = new Link(name, channel, this);
    this.links.set(channel, link);
    // With Redis away the subscription waits in ioredis's queue (and is re-sent on reconnect); do not wait for it.
    const subscribed = this.sub.subscribe(channel).catch((error: unknown) => this.logError("sub", error));
    if (this.sub.status === "ready") await withTimeout(subscribed, SUBSCRIBE_WAIT_MS);
    return link;
  }

  /** Tells every peer's `onNotice` listeners something about a room, without holding it (a private doc was opened). */
  notify(roomName: string, payload: Uint8Array): void {
    this.publishOn(this.channelOf(roomName), "room-opened", payload, "");
  }

  /** Listens to room-opened notices; `room` is the name of the room whose channel carried it. */
  onNotice(listener: (room: string, message: RelayMessage) => void): void {
    this.noticeListeners.push(listener);
  }

  /** Called after Redis came back (either connection), once the subscriptions are restored. */
  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  /** Stops the timer and closes both connections. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.links.clear();
    await Promise.all([this.pub, this.sub].map((client) => withTimeout(client.quit().catch(() => undefined), 1000).finally(() => client.disconnect())));
  }

  /** @internal */
  publishOn(channel: string, kind: RelayKind, payload: Uint8Array, to: string): void {
    if (this.closed) return;
    if (this.pub.status !== "ready") return this.options.metrics.relayDropped("publish-failed");
    const bytes = encodeRelayMessage({ from: this.instanceId, kind, to, sentAt: Date.now(), payload });
    this.options.metrics.relayed("out", kind);
    this.pub.publish(channel, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch((error: unknown) => {
      this.options.metrics.relayDropped("publish-failed");
      this.logError("pub", error);
    });
  }

  /** @internal */
  async peersOn(channel: string): Promise<number> {
    try {
      const reply = numsubReply.parse(await this.pub.call("PUBSUB", "NUMSUB", channel));
      return Math.max(0, reply[1] - (this.links.has(channel) ? 1 : 0));
    } catch (error) {
      this.logError("pub", error);
      return 0;
    }
  }

  /** @internal */
  leave(link: Link): void {
    if (this.links.get(link.channel) !== link) return;
    this.links.delete(link.channel);
    if (!this.closed) this.sub.unsubscribe(link.channel).catch((error: unknown) => this.logError("sub", error));
  }

  private channelOf(roomName: string): string {
    return `${this.options.prefix}room:${roomName}`;
  }

  private onMessage(channel: string, data: Buffer): void {
    const decoded = decodeRelayMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (!decoded.ok) {
      this.options.metrics.relayDropped("invalid");
      return this.options.log.warn("invalid relay message", { detail: decoded.reason });
    }
    const message = decoded.message;
    if (message.from === this.instanceId) return;
    if (message.to !== "" && message.to !== this.instanceId) return;
    this.options.metrics.relayed("in", message.kind);
    this.options.metrics.relayLag(Math.max(0, Date.now() - message.sentAt) / 1000);
    if (message.kind === "room-opened") {
      const room = channel.slice(this.channelOf("").length);
      for (const listener of this.noticeListeners) listener(room, message);
      return;
    }
    this.links.get(channel)?.deliver(message);
  }

  private onReady(role: "pub" | "sub"): void {
    const again = this.everReady[role];
    this.everReady[role] = true;
    // The first connection needs no healing, unless rooms were loaded while Redis was still away (boot without it).
    if (this.closed || (!again && this.links.size === 0)) return;
    this.options.log.info(again ? "redis reconnected" : "redis connected late", { detail: role });
    // ioredis re-subscribes right after "ready"; a PING queued behind those SUBSCRIBEs answers once they are in force.
    setImmediate(() => {
      this.sub
        .ping()
        .catch(() => undefined)
        .then(() => {
          for (const listener of this.reconnectListeners) listener();
          this.antiEntropyAll();
        });
    });
  }

  private antiEntropyAll(): void {
    if (!this.connected) return;
    for (const link of this.links.values()) link.antiEntropy();
  }

  private logError(role: string, error: unknown): void {
    // ioredis reports every failed reconnect attempt; one line per 5 s is enough.
    if (this.closed || Date.now() - this.lastErrorLog < 5000) return;
    this.lastErrorLog = Date.now();
    this.options.log.warn("redis unavailable", { detail: role, error: errorText(error) });
  }
}

/** Resolves when `promise` settles or after `ms`, whichever is first; never rejects. */
function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
