import { mayPerform } from "../auth/roles";
import type { AppStore, DocStore, WorkshopRecord } from "../db/types";
import type { SyncClaims } from "../validation/token";
import type { EarlierProfile } from "../validation/earlier-profile";
import { participantIdSchema, userIdSchema } from "../validation/ids";
import { storedResults } from "./stored-docs";

/**
 * The earlier assessment a re-assessment is compared with: the final group median of the earlier workshop's
 * baseline, read from its stored `results` document (what its group saw after its reveal). Null when the workshop is
 * not a re-assessment, the earlier workshop is gone, or its baseline was never revealed (there is no group profile
 * to show then — private ratings are never read here).
 */
export async function loadEarlierProfile(
  app: AppStore,
  docs: DocStore,
  workshop: Pick<WorkshopRecord, "previousWorkshopId">,
): Promise<EarlierProfile | null> {
  if (!workshop.previousWorkshopId) return null;
  const earlier = await app.findWorkshop(workshop.previousWorkshopId);
  if (!earlier) return null;
  const { baseline } = await storedResults(docs, earlier.id);
  if (!baseline.revealed || baseline.respondents === 0) return null;
  return {
    title: earlier.title,
    // When the earlier workshop ended (closed), else when it was created.
    date: earlier.closedAt ?? earlier.createdAt,
    respondents: baseline.respondents,
    values: Object.fromEntries(Object.entries(baseline.dimensions).map(([id, agg]) => [id, agg.median])),
  };
}

/** Why {@link earlierProfileFor} refused. */
export type EarlierRefusal = "not-found" | "forbidden" | "not-revealed";

/**
 * The earlier profile as one sync-token holder may see it: facilitators who may run the workshop always; participants
 * (not removed) and observers only once the current workshop's own baseline is revealed — the same blind rule as the
 * group's results, checked against the stored results document. The caller never names the earlier workshop.
 */
export async function earlierProfileFor(
  app: AppStore,
  docs: DocStore,
  workshopId: string,
  claims: SyncClaims,
): Promise<{ ok: true; earlier: EarlierProfile | null } | { ok: false; reason: EarlierRefusal }> {
  if (claims.wid !== workshopId) return { ok: false, reason: "forbidden" };
  const workshop = await app.findWorkshop(claims.wid);
  if (!workshop) return { ok: false, reason: "not-found" };
  if (claims.role === "facilitator") {
    const role = await app.facilitatorRole(workshop.id, userIdSchema.parse(claims.sub));
    if (!role || !mayPerform(role, "run")) return { ok: false, reason: "forbidden" };
  } else {
    if (claims.role === "participant") {
      const participant = await app.findParticipant(participantIdSchema.parse(claims.sub));
      if (!participant || participant.workshopId !== workshop.id || participant.removedAt !== null) return { ok: false, reason: "forbidden" };
    }
    const { baseline } = await storedResults(docs, workshop.id);
    if (!baseline.revealed) return { ok: false, reason: "not-revealed" };
  }
  return { ok: true, earlier: await loadEarlierProfile(app, docs, workshop) };
}
