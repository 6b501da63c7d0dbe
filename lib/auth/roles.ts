import type { FacilitatorRole } from "../db/types";
import type { Role } from "../validation/token";

/** The four roles of a workshop: its owner ("facilitator"), invited co-facilitators, participants and observers. */
export type WorkshopRole = FacilitatorRole | "participant" | "observer";

/** What a facilitator can do to a workshop through the API (docs/api.md has the table). */
export const WORKSHOP_ACTIONS = [
  "run",
  "list-participants",
  "remove-participant",
  "rename",
  "duplicate",
  "archive",
  "close",
  "export",
  "invite",
  "revoke-invite",
  "delete",
] as const;
export type WorkshopAction = (typeof WORKSHOP_ACTIONS)[number];

/** Only the owner manages who else runs the workshop and may delete it; co-facilitators do everything else. */
const OWNER_ONLY: ReadonlySet<WorkshopAction> = new Set(["invite", "revoke-invite", "delete"]);

/** Whether a facilitator role may perform an action. Participants and observers perform none of them. */
export function mayPerform(role: WorkshopRole, action: WorkshopAction): boolean {
  if (role === "facilitator") return true;
  if (role === "co-facilitator") return !OWNER_ONLY.has(action);
  return false;
}

/** The role a sync token carries for a workshop role: both kinds of facilitator get "facilitator" rights. */
export function syncRoleOf(role: WorkshopRole): Role {
  return role === "co-facilitator" ? "facilitator" : role;
}
