import type { DocStore } from "../lib/db/types";
import type { Room } from "../lib/sync/rooms";
import type { Reveal } from "../lib/sync/schema";
import { DocRoom, type RoomOptions } from "./doc-room";
import { errorText, type Logger } from "./log";
import type { SyncMetrics } from "./metrics";

interface Entry {
  readonly loading: Promise<DocRoom>;
  room: DocRoom | null;
  /** Connections and workshop-hub watches that need the room loaded. */
  holds: number;
  timer: NodeJS.Timeout | null;
  /** Set while the room stores its last changes and compacts; acquirers wait for it, then load afresh. */
  unloading: Promise<void> | null;
}

/** What the registry needs. */
export interface RoomRegistryDeps {
  readonly docs: DocStore;
  readonly log: Logger;
  /** How long a room with no holds stays loaded, in case someone comes back (a reload, a flaky network). */
  readonly unloadGraceMs: number;
  /** Told when a room died after a store failure, so holders can forget it. */
  readonly onDiscard?: (name: string) => void;
  readonly metrics: SyncMetrics;
  /** Limits and tuning handed to every room. */
  readonly room: RoomOptions;
  /** The reveal flags of a room's workshop (for the board's awareness rules), or null when unknown. */
  readonly reveal: (room: Room) => Reveal | null;
}

/**
 * The loaded documents of this process, by room name, with hold counts. Concurrent acquirers of a loading room share
 * one load; a room with no holds is unloaded after a grace period; an acquirer that arrives while a room unloads
 * waits until it is stored and compacted and then loads it again, so no change is ever lost between the two.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  private closed = false;

  constructor(private readonly deps: RoomRegistryDeps) {}

  /** Loads (or shares) a room and holds it until `release`. Rejects when the load fails or the registry closed. */
  async acquire(name: string, room: Room): Promise<DocRoom> {
    for (;;) {
      if (this.closed) throw new Error("registry closed");
      const entry = this.entries.get(name);
      if (entry?.unloading) {
        await entry.unloading;
        continue;
      }
      const current = entry ?? this.startLoad(name, room);
      current.holds += 1;
      if (current.timer) {
        clearTimeout(current.timer);
        current.timer = null;
      }
      return current.loading;
    }
  }

  /** Gives back one hold on a room; the last one starts the grace period. Unknown or discarded rooms are ignored. */
  release(room: DocRoom): void {
    const entry = this.entries.get(room.name);
    if (!entry || entry.room !== room || entry.unloading) return;
    entry.holds = Math.max(0, entry.holds - 1);
    if (entry.holds > 0 || this.closed) return;
    entry.timer = setTimeout(() => this.unload(room.name, entry), this.deps.unloadGraceMs);
  }

  /** Number of rooms currently loaded or loading. */
  get size(): number {
    return this.entries.size;
  }

  /** Stops loading anything new and unloads every room (each stores its last changes and compacts). */
  async closeAll(): Promise<void> {
    this.closed = true;
    const pending = [...this.entries.entries()].map(async ([name, entry]) => {
      if (entry.timer) clearTimeout(entry.timer);
      if (entry.unloading) return entry.unloading;
      const loaded = await entry.loading.catch(() => null);
      if (loaded && this.entries.get(name) === entry) await this.unload(name, entry);
    });
    await Promise.all(pending);
  }

  private startLoad(name: string, room: Room): Entry {
    const entry: Entry = {
      loading: DocRoom.load(name, room, {
        ...this.deps.room,
        docs: this.deps.docs,
        log: this.deps.log,
        metrics: this.deps.metrics,
        reveal: () => this.deps.reveal(room),
        onFailure: (failed) => this.discard(failed),
      }).then(
        (loaded) => {
          entry.room = loaded;
          this.deps.log.debug("room loaded", { room: name });
          return loaded;
        },
        (error: unknown) => {
          if (this.entries.get(name) === entry) this.entries.delete(name);
          this.deps.log.error("room load failed", { room: name, error: errorText(error) });
          throw error;
        },
      ),
      room: null,
      holds: 0,
      timer: null,
      unloading: null,
    };
    this.entries.set(name, entry);
    return entry;
  }

  private unload(name: string, entry: Entry): Promise<void> {
    entry.timer = null;
    if (entry.unloading) return entry.unloading;
    if (entry.holds > 0 && !this.closed) return Promise.resolve();
    const room = entry.room;
    entry.unloading = (room ? room.unload() : Promise.resolve())
      .catch((error: unknown) => this.deps.log.error("room unload failed", { room: name, error: errorText(error) }))
      .finally(() => {
        if (this.entries.get(name) === entry) this.entries.delete(name);
        this.deps.log.debug("room unloaded", { room: name });
      });
    return entry.unloading;
  }

  private discard(room: DocRoom): void {
    const entry = this.entries.get(room.name);
    if (entry?.room === room) {
      if (entry.timer) clearTimeout(entry.timer);
      this.entries.delete(room.name);
    }
    this.deps.onDiscard?.(room.name);
  }
}
