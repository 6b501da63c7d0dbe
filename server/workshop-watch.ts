import type { DocStore } from "../lib/db/types";
import { deriveResults, type ParticipantInputs } from "../lib/sync/derive-results";
import { SERVER_ORIGIN } from "../lib/sync/origins";
import { parseRoomName, privateRoomPrefix, roomName, type Room } from "../lib/sync/rooms";
import { observeDoc, readBallot, readControl, readScores, writeResults, type Reveal } from "../lib/sync/schema";
import type { ParticipantId, WorkshopId } from "../lib/validation/ids";
import { DIMENSION_IDS } from "../lib/workshop/content";
import type { DocRoom } from "./doc-room";
import { LockedInputs } from "./locked-inputs";
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
  /**
   * Scale-out: whether this process writes the workshop's results now (server/results-lease.ts). When given, a
   * change to results that came from elsewhere also triggers a derivation, so the writer corrects any results
   * written by another process while Redis was away.
   */
  readonly mayWrite?: (workshopId: WorkshopId) => boolean;
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
  /** Private inputs of locked steps, frozen at lock time: later changes do not count (decision 006). */
  private readonly locks = new LockedInputs();
  private listing = true;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly workshopId: WorkshopId,
    private readonly deps: WorkshopWatchDeps,
  ) {
    this.ensure({ kind: "control", workshopId });
    this.ensure({ kind: "results", workshopId });
    this.relist();
  }

  /** Holds every private document stored for the workshop (at start, and after a relay reconnect: notices may be lost). */
  relist(): void {
    this.deps.docs
      .listDocs(privateRoomPrefix(this.workshopId))
      .then((names) => {
        for (const name of names) {
          const room = parseRoomName(name);
          if (room?.kind === "private" && room.workshopId === this.workshopId) this.ensure(room);
        }
      })
      .catch((error: unknown) => this.deps.log.error("listing private docs failed", { workshop: this.workshopId, error: errorText(error) }))
      .finally(() => {
        this.listing = false;
        this.schedule();
      });
  }

  /** Derives soon (this process just became the workshop's results writer). */
  nudge(): void {
    this.schedule();
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
        const onChange = () => {
          if (room.kind === "control") this.freezeLocks();
          this.schedule();
        };
        const stop = room.kind === "results" && !this.deps.mayWrite ? () => {} : observeDoc(loaded.doc, onChange);
        this.held.set(name, { room: loaded, stop });
        // A private document loaded during a lock is frozen as loaded, before any later change of it is seen.
        if (room.kind !== "results") this.freezeLocks();
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

  /** Every held participant's inputs, read from their private documents (sorted by participant id). */
  private readInputs(): ParticipantInputs[] {
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
    return inputs;
  }

  /** Freezes the private inputs of locked steps that are not frozen yet (called on every control change). */
  private freezeLocks(): void {
    const control = this.held.get(roomName({ kind: "control", workshopId: this.workshopId }))?.room;
    if (control) this.locks.apply(readControl(control.doc).locked, this.readInputs());
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
    if (this.deps.mayWrite && !this.deps.mayWrite(this.workshopId)) return;
    const control = this.held.get(roomName({ kind: "control", workshopId: this.workshopId }))?.room;
    const results = this.held.get(roomName({ kind: "results", workshopId: this.workshopId }))?.room;
    if (!control || !results) return;
    const state = readControl(control.doc);
    const inputs = this.locks.apply(state.locked, this.readInputs());
    const derived = deriveResults(state, inputs, DIMENSION_IDS);
    if (writeResults(results.doc, derived, SERVER_ORIGIN)) {
      this.deps.log.debug("results updated", { workshop: this.workshopId, participants: inputs.length });
    }
  }
}
