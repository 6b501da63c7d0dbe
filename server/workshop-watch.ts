import type { DocStore } from "../lib/db/types";
import { deriveResults, type ParticipantInputs } from "../lib/sync/derive-results";
import { SERVER_ORIGIN } from "../lib/sync/origins";
import { parseRoomName, privateRoomPrefix, roomName, type Room } from "../lib/sync/rooms";
import { observeDoc, readBallot, readControl, readScores, writeResults, type Reveal } from "../lib/sync/schema";
import type { ParticipantId, WorkshopId } from "../lib/validation/ids";
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
  /** Looks up a participant's sector (from the app store) for the per-sector results; absent → no sectors. */
  readonly sectorOf?: (participantId: ParticipantId) => Promise<string | null>;
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
  /** Each participant's sector, looked up once while their private document is acquired. */
  private readonly sectors = new Map<string, string | null>();
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
    const sector = room.kind === "private" ? this.lookUpSector(room.participantId) : null;
    Promise.all([this.deps.registry.acquire(name, room), sector]).then(
      ([loaded]) => {
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

  /** The reveal flags in the control document, or null while it is not loaded. */
  reveal(): Reveal | null {
    const control = this.held.get(roomName({ kind: "control", workshopId: this.workshopId }))?.room;
    return control ? readControl(control.doc).reveal : null;
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

  /** Remembers a participant's sector; a failed look-up only leaves them out of the per-sector results. */
  private async lookUpSector(participantId: ParticipantId): Promise<void> {
    if (!this.deps.sectorOf || this.sectors.has(participantId)) return;
    try {
      this.sectors.set(participantId, await this.deps.sectorOf(participantId));
    } catch (error: unknown) {
      this.deps.log.warn("sector look-up failed", { participant: participantId, error: errorText(error) });
    }
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
        sector: this.sectors.get(room.room.participantId) ?? null,
      });
    }
    inputs.sort((a, b) => (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0));
    const derived = deriveResults(readControl(control.doc), inputs, DIMENSION_IDS);
    if (writeResults(results.doc, derived, SERVER_ORIGIN)) {
      this.deps.log.debug("results updated", { workshop: this.workshopId, participants: inputs.length });
    }
  }
}
