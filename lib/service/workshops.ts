import { mayPerform, type WorkshopAction } from "../auth/roles";
import type { AppStore, FacilitatorRole, WorkshopRecord } from "../db/types";
import { formatJoinCode, newId, newJoinCode, workshopIdSchema, type UserId, type WorkshopId } from "../validation/ids";
import type { CreateWorkshopBody } from "../validation/api";

/** Creates a workshop with a fresh join code (drawing again on the rare collision). */
export async function createWorkshop(
  store: AppStore,
  ownerId: UserId,
  body: CreateWorkshopBody & { previousWorkshopId?: WorkshopId | null },
  now: number = Date.now(),
): Promise<WorkshopRecord> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const created = await store.createWorkshop({
      id: workshopIdSchema.parse(newId()),
      ownerId,
      title: body.title,
      region: body.region,
      mode: body.mode,
      joinCode: newJoinCode(),
      createdAt: now,
      closedAt: null,
      archivedAt: null,
      previousWorkshopId: body.previousWorkshopId ?? null,
    });
    if (created) return created;
  }
  throw new Error("could not draw a free join code in 8 attempts");
}

/** The links a facilitator shares and opens for a workshop, relative to the app's public base URL. */
export function workshopLinks(baseUrl: string, workshop: Pick<WorkshopRecord, "id" | "joinCode" | "observerKey">) {
  const base = baseUrl.replace(/\/$/, "");
  return {
    joinUrl: `${base}/j/${workshop.joinCode}`,
    roomUrl: `${base}/w/${workshop.id}`,
    projectorUrl: `${base}/w/${workshop.id}/projector`,
    observerUrl: `${base}/o/${workshop.observerKey}`,
    displayCode: formatJoinCode(workshop.joinCode),
  };
}

/** The answer of the facilitator check: the workshop and the user's role in it, or why not. */
export type FacilitatorAccess =
  | { readonly ok: true; readonly workshop: WorkshopRecord; readonly role: FacilitatorRole }
  | { readonly ok: false; readonly reason: "not-found" | "forbidden" };

/**
 * The one facilitator check, used by every page and route that acts on a workshop: whether `userId` may perform
 * `action` on it. Someone who does not run the workshop gets "not-found" (ids are not confirmed to strangers); a
 * co-facilitator asking for an owner-only action gets "forbidden".
 */
export async function canFacilitate(
  store: AppStore,
  workshopId: string,
  userId: UserId,
  action: WorkshopAction = "run",
): Promise<FacilitatorAccess> {
  const id = workshopIdSchema.safeParse(workshopId);
  if (!id.success) return { ok: false, reason: "not-found" };
  const [workshop, role] = await Promise.all([store.findWorkshop(id.data), store.facilitatorRole(id.data, userId)]);
  if (!workshop || !role) return { ok: false, reason: "not-found" };
  if (!mayPerform(role, action)) return { ok: false, reason: "forbidden" };
  return { ok: true, workshop, role };
}
