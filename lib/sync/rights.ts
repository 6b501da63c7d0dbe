import type { SyncClaims } from "../validation/token";
import type { Room } from "./rooms";

/** What a connection may do with a document. Writes from a "read" connection are dropped by the server. */
export type Access = "write" | "read" | "none";

/**
 * The per-document rights (docs/sync.md): the only source of truth for who may open and change what.
 * A token is bound to one workshop; nothing in another workshop is reachable with it.
 */
export function accessFor(claims: SyncClaims, room: Room): Access {
  if (claims.wid !== room.workshopId) return "none";
  switch (room.kind) {
    case "board":
      return claims.role === "observer" ? "read" : "write";
    case "control":
      return claims.role === "facilitator" ? "write" : "read";
    case "results":
      return "read";
    case "private":
      return claims.role === "participant" && claims.sub === room.participantId ? "write" : "none";
  }
}
