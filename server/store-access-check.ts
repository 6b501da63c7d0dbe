import type { ParticipantStatus, WorkshopStatus } from "../lib/db/types";
import { accessVerdict, type AccessCheck, type ParticipantState, type WorkshopState } from "../lib/sync/access-check";
import type { ParticipantId, WorkshopId } from "../lib/validation/ids";
import type { SyncClaims } from "../lib/validation/token";

/** The three AppStore look-ups the access check uses (an AppStore is one). */
export interface AccessStatusSource {
  workshopStatus(workshopId: WorkshopId): Promise<WorkshopStatus>;
  listParticipants(workshopId: WorkshopId): Promise<readonly { readonly id: string; readonly removedAt: number | null }[]>;
  participantStatus(participantId: ParticipantId): Promise<ParticipantStatus>;
}

interface Snapshot {
  readonly workshop: WorkshopState;
  /** Participant id → state, from one listing; ids missing from it are looked up one by one (people who just joined). */
  readonly participants: Map<string, ParticipantState>;
}

interface Entry {
  readonly at: number;
  readonly snapshot: Promise<Snapshot>;
}

/** An AccessCheck over the AppStore, and how many workshops it currently caches (for tests and metrics). */
export interface StoreAccessCheck extends AccessCheck {
  readonly cachedWorkshops: number;
}

/**
 * The sync server's access check backed by the AppStore (SQLite). Look-ups are cached per workshop for `ttlMs`
 * (the recheck interval): one `workshopStatus` and one `listParticipants` per workshop per interval, however many
 * connections ask, and concurrent askers share one pending look-up. A failed look-up is not cached.
 */
export function createStoreAccessCheck(
  source: AccessStatusSource,
  options: { ttlMs?: number; now?: () => number } = {},
): StoreAccessCheck {
  const ttlMs = options.ttlMs ?? 2000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, Entry>();
  let lastSweep = now();

  const load = async (claims: SyncClaims): Promise<Snapshot> => {
    const [workshop, participants] = await Promise.all([source.workshopStatus(claims.wid), source.listParticipants(claims.wid)]);
    const states = new Map<string, ParticipantState>();
    for (const p of participants) states.set(p.id, p.removedAt === null ? "active" : "removed");
    return { workshop, participants: states };
  };

  const snapshotFor = (claims: SyncClaims): Promise<Snapshot> => {
    const t = now();
    if (t - lastSweep > ttlMs) {
      lastSweep = t;
      for (const [wid, entry] of cache) if (t - entry.at >= ttlMs) cache.delete(wid);
    }
    const hit = cache.get(claims.wid);
    if (hit && t - hit.at < ttlMs) return hit.snapshot;
    const entry: Entry = { at: t, snapshot: load(claims) };
    cache.set(claims.wid, entry);
    entry.snapshot.catch(() => {
      if (cache.get(claims.wid) === entry) cache.delete(claims.wid);
    });
    return entry.snapshot;
  };

  return {
    get cachedWorkshops() {
      return cache.size;
    },
    async check(claims) {
      const snapshot = await snapshotFor(claims);
      if (claims.role !== "participant") return accessVerdict(claims, snapshot.workshop, null);
      let state = snapshot.participants.get(claims.sub);
      if (state === undefined) {
        state = await source.participantStatus(claims.sub);
        snapshot.participants.set(claims.sub, state);
      }
      return accessVerdict(claims, snapshot.workshop, state);
    },
  };
}
