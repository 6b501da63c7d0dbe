import type { RelayKind, RelayMessage } from "./redis-codec";

/** What a loaded room does with its peers' messages. */
export interface RelayHandler {
  receive(message: RelayMessage): void;
  /** One anti-entropy round: ask the peers for what this process lacks (periodic, and right after Redis is back). */
  antiEntropy(): void;
}

/** A room's subscription: publish to its peers, count them, leave. Messages wait in a buffer until a handler is set. */
export interface RelayLink {
  readonly instanceId: string;
  publish(kind: RelayKind, payload: Uint8Array, to?: string): void;
  /** How many other processes are subscribed to this room (0 when Redis does not answer). */
  peers(): Promise<number>;
  setHandler(handler: RelayHandler): void;
  leave(): void;
}

/** What a link needs from the relay that made it (RedisRelay). */
export interface LinkHost {
  readonly instanceId: string;
  metricsOf(): { relayDropped(reason: "buffer-full"): void };
  publishOn(channel: string, kind: RelayKind, payload: Uint8Array, to: string): void;
  peersOn(channel: string): Promise<number>;
  leave(link: Link): void;
}

/** Messages a room may buffer while it loads (beyond this, anti-entropy will fetch them). */
const MAX_BUFFERED = 10_000;

/** One room's subscription, as RedisRelay hands it out. */
export class Link implements RelayLink {
  private handler: RelayHandler | null = null;
  private buffered: RelayMessage[] = [];

  constructor(
    readonly name: string,
    readonly channel: string,
    private readonly relay: LinkHost,
  ) {}

  get instanceId(): string {
    return this.relay.instanceId;
  }

  deliver(message: RelayMessage): void {
    if (this.handler) return this.handler.receive(message);
    if (this.buffered.length >= MAX_BUFFERED) return this.relay.metricsOf().relayDropped("buffer-full");
    this.buffered.push(message);
  }

  antiEntropy(): void {
    this.handler?.antiEntropy();
  }

  publish(kind: RelayKind, payload: Uint8Array, to = ""): void {
    this.relay.publishOn(this.channel, kind, payload, to);
  }

  peers(): Promise<number> {
    return this.relay.peersOn(this.channel);
  }

  setHandler(handler: RelayHandler): void {
    this.handler = handler;
    const waiting = this.buffered;
    this.buffered = [];
    for (const message of waiting) handler.receive(message);
  }

  leave(): void {
    this.handler = null;
    this.buffered = [];
    this.relay.leave(this);
  }
}
