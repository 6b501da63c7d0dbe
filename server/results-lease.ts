import { z } from "zod";
import type { WorkshopId } from "../lib/validation/ids";
import { errorText, type Logger } from "./log";
import type { RedisRelay } from "./redis-relay";

/** Takes the lease when it is free, renews it when it is ours; 1 when we hold it afterwards, else 0. */
const ACQUIRE = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;
/** Gives the lease back only if it is still ours. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const reply = z.coerce.number().int();

/**
 * Which process writes a workshop's `results` document when several hold it: the holder of a Redis lease
 * (`<prefix>lease:results:<wid>`, value = instance id, PX `ttlMs`), renewed every third of its lifetime by every
 * process that watches the workshop (whoever finds it free takes it). Exactly one writer means no duplicated or
 * conflicting results updates. When Redis does not answer, every process derives for its own clients (they cannot
 * see each other's inputs then anyway); the lease holder re-derives after the reconnect, once inputs have merged.
 * A holder that dies leaves the lease to expire: results of its workshops wait at most `ttlMs` for a new writer.
 */
export class ResultsLease {
  /** Workshop → when our hold ends (local clock), or 0 when we do not hold it. */
  private readonly watched = new Map<WorkshopId, number>();
  private readonly timer: NodeJS.Timeout;
  private lastErrorLog = 0;

  constructor(
    private readonly relay: RedisRelay,
    private readonly ttlMs: number,
    private readonly log: Logger,
    /** Told when this process becomes a workshop's writer (derive now). */
    private readonly onGained: (workshopId: WorkshopId) => void,
  ) {
    this.timer = setInterval(() => {
      for (const workshopId of this.watched.keys()) void this.renew(workshopId);
    }, Math.max(50, Math.floor(ttlMs / 3)));
    this.timer.unref();
  }

  /** Starts competing for a workshop's lease (the hub watches it). */
  watch(workshopId: WorkshopId): void {
    if (this.watched.has(workshopId)) return;
    this.watched.set(workshopId, 0);
    void this.renew(workshopId);
  }

  /** Stops competing and gives the lease back if we hold it (the last connection of the workshop here closed). */
  unwatch(workshopId: WorkshopId): void {
    const heldUntil = this.watched.get(workshopId);
    this.watched.delete(workshopId);
    if (heldUntil && heldUntil > Date.now() && this.relay.connected) {
      this.relay.commands.eval(RELEASE, 1, this.key(workshopId), this.relay.instanceId).catch((error: unknown) => this.logError(error));
    }
  }

  /** True when this process should write the workshop's results now: it holds the lease, or Redis is away. */
  mayWrite(workshopId: WorkshopId): boolean {
    if (!this.relay.connected) return true;
    return (this.watched.get(workshopId) ?? 0) > Date.now();
  }

  /** Stops renewing (shutdown); leases run out by themselves. */
  stop(): void {
    clearInterval(this.timer);
    this.watched.clear();
  }

  private key(workshopId: WorkshopId): string {
    return `${this.relay.prefix}lease:results:${workshopId}`;
  }

  private async renew(workshopId: WorkshopId): Promise<void> {
    if (!this.relay.connected) return;
    const asked = Date.now();
    try {
      const held = reply.parse(await this.relay.commands.eval(ACQUIRE, 1, this.key(workshopId), this.relay.instanceId, String(this.ttlMs))) === 1;
      if (!this.watched.has(workshopId)) return;
      const before = this.watched.get(workshopId) ?? 0;
      // Count the lifetime from when we asked: the key may have been set up to a round trip earlier than we hear.
      this.watched.set(workshopId, held ? asked + this.ttlMs : 0);
      if (held && before <= asked) {
        this.log.debug("results lease gained", { workshop: workshopId });
        this.onGained(workshopId);
      }
    } catch (error) {
      this.logError(error);
    }
  }

  private logError(error: unknown): void {
    if (Date.now() - this.lastErrorLog < 5000) return;
    this.lastErrorLog = Date.now();
    this.log.warn("results lease failed", { error: errorText(error) });
  }
}
