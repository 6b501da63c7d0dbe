import type { DocStore } from "../lib/db/types";
import { deriveResults, type ParticipantInputs } from "../lib/sync/derive-results";
import { SERVER_ORIGIN } from "../lib/sync/origins";
import { parseRoomName, privateRoomPrefix, roomName, type Room } from "../lib/sync/rooms";
import { observeDoc, readBallot, readControl, readScores, writeResults } from "../lib/sync/schema";
import type { WorkshopId } from "../lib/validation/ids";
import { DIMENSION_IDS } from "../lib/workshop/content";
import type { DocRoom } from "./doc-room";
import { errorText, type Logger } from "./log";
import type { RoomRegistry } from "./room-registry";

/** What a watch needs. */
export interface WorkshopWatchDeps {
  readonly registry: RoomRegistry;
  readonly docs: DocStore;
  readonly log: Logger;
  readonly debounceMs: number;
}

/**
 * The blind rule for one workshop while anybody is connected to it: holds the control document, the results
 * document and every private document loaded, and rewrites results from them (debounced) whenever control or a
 * private document changes. Results are derived by lib/sync/derive-results, which shows only counts until the
 * facilitator reveals; the write goes through the results room's store-then-broadcast path like any other change.
 */
export class WorkshopWatch {
  private readonly held = new Map<string, { room: DocRoom; stop: () => void }>();
  /** Names being acquired; while any is, results are not derived (a half-loaded set would show wrong counts). */
  private readonly pending = new Set<string>();
  private listing = true;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly workshopId: WorkshopId,
    private readonly deps: WorkshopWatchDeps,
  ) {
    this.ensure({ kind: "control", workshopId });
    this.ensure({ kind: "results", workshopId });
    deps.docs
      .listDocs(privateRoomPrefix(workshopId))
      .then((names) => {
        for (const name of names) {
          const room = parseRoomName(name);
          if (room?.kind === "private" && room.workshopId === workshopId) this.ensure(room);
        }
      })
      .catch((error: unknown) => deps.log.error("listing private docs failed", { workshop: workshopId, error: errorText(error) }))
      .finally(() => {
        this.listing = false;
        this.schedule();
      });
  }

  /** Makes sure a room of this workshop is held (control and results always; a private doc once seen). */
  ensure(room: Room): void {
    if (room.kind === "board" || this.stopped) return;
    const name = roomName(room);
    if (this.held.has(name) || this.pending.has(name)) return;
    this.pending.add(name);
    this.deps.registry.acquire(name, room).then(
      (loaded) => {
        this.pending.delete(name);
        if (this.stopped) return this.deps.registry.release(loaded);
        const stop = room.kind === "results" ? () => {} : observeDoc(loaded.doc, () => this.schedule());
        this.held.set(name, { room: loaded, stop });
        this.schedule();
      },
      (error: unknown) => {
        this.pending.delete(name);
        this.deps.log.warn("watch could not load a room", { room: name, error: errorText(error) });
        this.schedule();
      },
    );
  }

  /** Forgets a room that died (store failure) without releasing it; the next connection re-acquires it. */
  forget(name: string): void {
    this.held.get(name)?.stop();
    this.held.delete(name);
  }

  /** Derives now if a derivation is waiting (shutdown: store the latest results before unloading). */
  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.derive();
  }

  /** Derives any waiting change, stops watching and releases every held room (they unload after the grace period). */
  stop(): void {
    this.flush();
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const { room, stop } of this.held.values()) {
      stop();
      this.deps.registry.release(room);
    }
    this.held.clear();
  }

  private schedule(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.derive();
    }, this.deps.debounceMs);
  }

  private derive(): void {
    if (this.stopped || this.listing || this.pending.size > 0) return;
    const control = this.held.get(roomName({ kind: "control", workshopId: this.workshopId }))?.room;
    const results = this.held.get(roomName({ kind: "results", workshopId: this.workshopId }))?.room;
    if (!control || !results) return;
    const inputs: ParticipantInputs[] = [];
    for (const { room } of this.held.values()) {
      if (room.room.kind !== "private") continue;
      inputs.push({
        participantId: room.room.participantId,
        baseline: readScores(room.doc, "baseline"),
        target: readScores(room.doc, "target"),
        ballot: readBallot(room.doc),
      });
    }
    inputs.sort((a, b) => (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0));
    const derived = deriveResults(readControl(control.doc), inputs, DIMENSION_IDS);
    if (writeResults(results.doc, derived, SERVER_ORIGIN)) {
      this.deps.log.debug("results updated", { workshop: this.workshopId, participants: inputs.length });
    }
  }
}
