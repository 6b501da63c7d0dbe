import { newDeviceSecret } from "../auth/device-secret";
import type { AppStore, ParticipantRecord, WorkshopRecord } from "../db/types";
import { participantRooms } from "../sync/rooms";
import { newId, participantIdSchema } from "../validation/ids";
import type { JoinBody } from "../validation/api";
import { issueParticipantToken, type IssuedToken } from "./participant-token";

/** What a participant's device receives on joining; it opens exactly these rooms and keeps the device secret. */
export interface JoinGrant extends IssuedToken {
  readonly workshopId: string;
  readonly participantId: string;
  readonly deviceSecret: string;
  readonly syncUrl: string;
  readonly rooms: ReturnType<typeof participantRooms>;
}

/** Why a join was refused. */
export type JoinRefusal = { ok: false; reason: "unknown-code" } | { ok: false; reason: "closed"; workshop: WorkshopRecord };

/**
 * Adds a participant to the workshop behind a join code, mints their sync token and a device secret (stored
 * hashed) for renewing it. A closed workshop takes no new participants: the caller offers its read-only view.
 */
export async function joinWorkshop(
  store: AppStore,
  body: JoinBody,
  opts: { secret: string; syncUrl: string; now?: number },
): Promise<{ ok: true; grant: JoinGrant; workshop: WorkshopRecord; participant: ParticipantRecord } | JoinRefusal> {
  const workshop = await store.findWorkshopByCode(body.code);
  if (!workshop) return { ok: false, reason: "unknown-code" };
  if (workshop.closedAt !== null) return { ok: false, reason: "closed", workshop };
  const now = opts.now ?? Date.now();
  const device = newDeviceSecret();
  const participant = await store.addParticipant({
    id: participantIdSchema.parse(newId()),
    workshopId: workshop.id,
    name: body.name,
    sector: body.sector,
    organisation: body.organisation,
    createdAt: now,
    removedAt: null,
    deviceSecretHash: device.hash,
  });
  return {
    ok: true,
    workshop,
    participant,
    grant: {
      workshopId: workshop.id,
      participantId: participant.id,
      ...(await issueParticipantToken(participant, opts.secret, now)),
      deviceSecret: device.secret,
      syncUrl: opts.syncUrl,
      rooms: participantRooms(workshop.id, participant.id),
    },
  };
}
