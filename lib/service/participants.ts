import { verifyDeviceSecret } from "../auth/device-secret";
import type { AppStore, ParticipantRecord } from "../db/types";
import type { ParticipantList, RenewBody } from "../validation/api";
import { issueParticipantToken, type IssuedToken } from "./participant-token";

/** Why a renewal was refused: unknown participant or workshop, a secret that does not match, or removed. */
export type RenewRefusal = "not-found" | "invalid-device" | "removed";

/**
 * Gives a participant's device a fresh sync token, if it proves it is that participant (the device secret from
 * joining) and the facilitator has not removed them. A closed workshop still renews (everything is read-only).
 */
export async function renewParticipant(
  store: AppStore,
  body: RenewBody,
  opts: { secret: string; now?: number },
): Promise<({ ok: true; workshopClosed: boolean } & IssuedToken) | { ok: false; reason: RenewRefusal }> {
  const participant = await store.findParticipant(body.participantId);
  if (!participant || participant.workshopId !== body.workshopId) return { ok: false, reason: "not-found" };
  if (!verifyDeviceSecret(body.deviceSecret, participant.deviceSecretHash)) return { ok: false, reason: "invalid-device" };
  if (participant.removedAt !== null) return { ok: false, reason: "removed" };
  const workshop = await store.findWorkshop(participant.workshopId);
  if (!workshop) return { ok: false, reason: "not-found" };
  return { ok: true, workshopClosed: workshop.closedAt !== null, ...(await issueParticipantToken(participant, opts.secret, opts.now)) };
}

/** The participant list a facilitator sees (no device secrets). */
export async function participantList(store: AppStore, workshopId: ParticipantRecord["workshopId"]): Promise<ParticipantList> {
  const participants = await store.listParticipants(workshopId);
  return {
    participants: participants.map((p) => ({
      id: p.id,
      name: p.name,
      sector: p.sector,
      organisation: p.organisation,
      joinedAt: p.createdAt,
      removed: p.removedAt !== null,
    })),
  };
}
