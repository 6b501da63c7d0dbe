import type { AppStore, UserRecord, WorkshopRecord } from "../db/types";
import type { UserId } from "../validation/ids";
import { createWorkshop } from "./workshops";

/**
 * Starts a re-assessment of the same cluster: a new workshop (fresh join code, no participants) with the same
 * title and region, in "evaluate" mode, that remembers the earlier one (`previousWorkshopId`) so its profile can be
 * overlaid. The person who duplicates owns it; the earlier team comes along as co-facilitators (the earlier owner
 * too, when someone else duplicates).
 */
export async function duplicateWorkshop(store: AppStore, source: WorkshopRecord, by: UserRecord, now: number = Date.now()): Promise<WorkshopRecord> {
  const copy = await createWorkshop(store, by.id, { title: source.title, region: source.region, mode: "evaluate", previousWorkshopId: source.id }, now);
  const team = (await store.listFacilitatorInvites(source.id)).map((i) => i.email);
  if (source.ownerId !== by.id) {
    const owner = await store.findUserById(source.ownerId);
    if (owner) team.push(owner.email);
  }
  for (const email of new Set(team)) {
    if (email.toLowerCase() !== by.email.toLowerCase()) await store.inviteFacilitator({ workshopId: copy.id, email, invitedBy: by.id, createdAt: now });
  }
  return copy;
}

/** Why an invitation was not made. */
export type InviteRefusal = "is-owner" | "already-invited";

/**
 * Invites an email to co-facilitate. It takes effect at once for an existing account and waits for an account
 * with that email otherwise (the check matches by email at use time).
 */
export async function inviteCoFacilitator(
  store: AppStore,
  workshop: WorkshopRecord,
  email: string,
  invitedBy: UserId,
  now: number = Date.now(),
): Promise<{ ok: true; hasAccount: boolean } | { ok: false; reason: InviteRefusal }> {
  const owner = await store.findUserById(workshop.ownerId);
  if (owner && owner.email.toLowerCase() === email.toLowerCase()) return { ok: false, reason: "is-owner" };
  const added = await store.inviteFacilitator({ workshopId: workshop.id, email, invitedBy, createdAt: now });
  if (!added) return { ok: false, reason: "already-invited" };
  return { ok: true, hasAccount: (await store.findUserByEmail(email)) !== null };
}
