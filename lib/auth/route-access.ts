import type { FacilitatorRole, UserRecord, WorkshopRecord } from "../db/types";
import { getRuntime } from "../db";
import { canFacilitate } from "../service/workshops";
import { errorResponse } from "../validation/http";
import { currentFacilitator } from "./options";
import type { WorkshopAction } from "./roles";

/** A facilitator allowed to act on a workshop, or the error response to send. */
export type RouteAccess =
  | { readonly ok: true; readonly user: UserRecord; readonly workshop: WorkshopRecord; readonly role: FacilitatorRole }
  | { readonly ok: false; readonly response: Response };

/** The signed-in account (from the session, checked against the store), or a 401 response. */
export async function signedInUser(): Promise<{ ok: true; user: UserRecord } | { ok: false; response: Response }> {
  const session = await currentFacilitator();
  const user = session ? await getRuntime().stores.app.findUserById(session.id) : null;
  if (!user) return { ok: false, response: errorResponse(401, "unauthenticated", "Sign in as a facilitator first.") };
  return { ok: true, user };
}

/**
 * For route handlers: the session (401 without one), then the one facilitator check (`canFacilitate`): 404 for a
 * workshop the person does not run (or that does not exist), 403 for an owner-only action by a co-facilitator.
 */
export async function facilitatorAccess(workshopId: string, action: WorkshopAction): Promise<RouteAccess> {
  const signedIn = await signedInUser();
  if (!signedIn.ok) return signedIn;
  const access = await canFacilitate(getRuntime().stores.app, workshopId, signedIn.user.id, action);
  if (access.ok) return { ok: true, user: signedIn.user, workshop: access.workshop, role: access.role };
  return {
    ok: false,
    response:
      access.reason === "forbidden"
        ? errorResponse(403, "forbidden", "Only the workshop's facilitator (its owner) may do this.")
        : errorResponse(404, "not-found", "No such workshop."),
  };
}
