import type { SyncClaims } from "../validation/token";

/**
 * What the stored state of a workshop says about a token, beyond its signature and the per-document rights:
 * - "ok": the rights apply as they are;
 * - "read-only": the workshop is closed, so everybody may read and nobody may write;
 * - "revoked": the workshop is gone, or the participant was removed (or never existed).
 */
export type AccessVerdict = "ok" | "revoked" | "read-only";

/**
 * Asked by the sync server when a connection is admitted and again every few seconds while it is open, so a
 * removal or a closed workshop takes effect within seconds. Implementations should cache per workshop: a
 * recheck asks once for every open connection. A rejected promise means "unknown" (the server keeps the last
 * verdict of an open connection and refuses a new one with a transient code).
 */
export interface AccessCheck {
  check(claims: SyncClaims): Promise<AccessVerdict>;
}

/** A workshop's state as stored (lib/db WorkshopStatus). */
export type WorkshopState = "open" | "closed" | "missing";
/** A participant's state as stored (lib/db ParticipantStatus). */
export type ParticipantState = "active" | "removed" | "missing";

/**
 * The verdict for a token from the stored states: a missing workshop revokes everybody; a removed or unknown
 * participant is revoked; a closed workshop is read-only for everybody still allowed in. `participant` is only
 * consulted for participant tokens.
 */
export function accessVerdict(claims: SyncClaims, workshop: WorkshopState, participant: ParticipantState | null): AccessVerdict {
  if (workshop === "missing") return "revoked";
  if (claims.role === "participant" && participant !== "active") return "revoked";
  return workshop === "closed" ? "read-only" : "ok";
}
