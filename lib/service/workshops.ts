import type { AppStore, WorkshopRecord } from "../db/types";
import { formatJoinCode, newId, newJoinCode, workshopIdSchema, type UserId } from "../validation/ids";
import type { CreateWorkshopBody } from "../validation/api";

/** Creates a workshop with a fresh join code (drawing again on the rare collision). */
export async function createWorkshop(
  store: AppStore,
  ownerId: UserId,
  body: CreateWorkshopBody,
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
    });
    if (created) return created;
  }
  throw new Error("could not draw a free join code in 8 attempts");
}

/** The links a facilitator shares and opens for a workshop, relative to the app's public base URL. */
export function workshopLinks(baseUrl: string, workshop: Pick<WorkshopRecord, "id" | "joinCode">) {
  const base = baseUrl.replace(/\/$/, "");
  return {
    joinUrl: `${base}/j/${workshop.joinCode}`,
    roomUrl: `${base}/w/${workshop.id}`,
    displayCode: formatJoinCode(workshop.joinCode),
  };
}

/** Whether a user may run a workshop (owner; co-facilitators come with the accounts issue). */
export function canFacilitate(workshop: WorkshopRecord, userId: string): boolean {
  return workshop.ownerId === userId;
}
