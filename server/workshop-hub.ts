import type { DocStore } from "../lib/db/types";
import { parseRoomName, roomName, type Room } from "../lib/sync/rooms";
import type { Reveal } from "../lib/sync/schema";
import type { WorkshopId } from "../lib/validation/ids";
import type { Logger } from "./log";
import type { RedisRelay } from "./redis-relay";
import type { ResultsLease } from "./results-lease";
import type { RoomRegistry } from "./room-registry";
import { WorkshopWatch, type WorkshopWatchDeps } from "./workshop-watch";

/** Debounce between a change to control or a private document and the rewrite of results. */
export const DERIVE_DEBOUNCE_MS = 25;

/**
 * Keeps one WorkshopWatch per workshop that has at least one open connection (to any of its rooms), and drops it
 * when the last connection of that workshop closes. The server tells it about every admitted connection.
 */
export class WorkshopHub {
  private readonly workshops = new Map<WorkshopId, { connections: number; watch: WorkshopWatch }>();

  constructor(
    private readonly deps: {
      registry: RoomRegistry;
      docs: DocStore;
      log: Logger;
      debounceMs?: number;
      sectorOf?: WorkshopWatchDeps["sectorOf"];
      /** Scale-out: tells peers which private documents are open here, and hears which are open there. */
      relay?: RedisRelay | null;
      /** Scale-out: which process writes each workshop's results. */
      lease?: ResultsLease | null;
    },
  ) {
    deps.relay?.onNotice((channelRoom, message) => this.noticed(channelRoom, message.payload));
    deps.relay?.onReconnect(() => {
      for (const { watch } of this.workshops.values()) watch.relist();
    });
  }

  /** A connection to `room` was admitted: start watching its workshop, and hold its private doc if it is one. */
  open(room: Room): void {
    let state = this.workshops.get(room.workshopId);
    if (!state) {
      const lease = this.deps.lease;
      const watch = new WorkshopWatch(room.workshopId, {
        ...this.deps,
        debounceMs: this.deps.debounceMs ?? DERIVE_DEBOUNCE_MS,
        mayWrite: lease ? (workshopId) => lease.mayWrite(workshopId) : undefined,
      });
      state = { connections: 0, watch };
      this.workshops.set(room.workshopId, state);
      lease?.watch(room.workshopId);
    }
    if (room.kind === "private") {
      // Whichever process writes results must count this participant even while nobody writes to their document.
      this.deps.relay?.notify(roomName({ kind: "results", workshopId: room.workshopId }), new TextEncoder().encode(roomName(room)));
    }
    state.connections += 1;
    state.watch.ensure({ kind: "control", workshopId: room.workshopId });
    state.watch.ensure({ kind: "results", workshopId: room.workshopId });
    state.watch.ensure(room);
  }

  /** A connection to `room` closed; the last one of a workshop stops its watch. */
  close(room: Room): void {
    const state = this.workshops.get(room.workshopId);
    if (!state) return;
    state.connections -= 1;
    if (state.connections > 0) return;
    state.watch.stop();
    this.workshops.delete(room.workshopId);
    this.deps.lease?.unwatch(room.workshopId);
  }

  /** This process became the results writer of a workshop: derive now. */
  leaseGained(workshopId: WorkshopId): void {
    this.workshops.get(workshopId)?.watch.nudge();
  }

  /** A peer opened a private document of a workshop watched here: hold it too (for the results writer). */
  private noticed(channelRoom: string, payload: Uint8Array): void {
    const channel = parseRoomName(channelRoom);
    const opened = parseRoomName(new TextDecoder().decode(payload));
    if (channel?.kind !== "results" || opened?.kind !== "private" || opened.workshopId !== channel.workshopId) return;
    this.workshops.get(opened.workshopId)?.watch.ensure(opened);
  }

  /** A room died after a store failure: watches forget it (a reconnecting client makes them acquire it again). */
  discarded(name: string): void {
    const room = parseRoomName(name);
    if (room) this.workshops.get(room.workshopId)?.watch.forget(name);
  }

  /** The reveal flags of a workshop being watched (its control document is held), or null. */
  reveal(workshopId: WorkshopId): Reveal | null {
    return this.workshops.get(workshopId)?.watch.reveal() ?? null;
  }

  /** Number of workshops being watched (zero once every connection has closed). */
  get size(): number {
    return this.workshops.size;
  }

  /** Shutdown: derive any waiting results now, then stop every watch. */
  stopAll(): void {
    for (const [workshopId, { watch }] of this.workshops) {
      watch.stop();
      // Give the results lease back, so a peer takes over now rather than when it expires.
      this.deps.lease?.unwatch(workshopId);
    }
    this.workshops.clear();
  }
}
