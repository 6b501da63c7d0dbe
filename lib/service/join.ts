import { mintSyncToken } from "../auth/sync-token";
import type { AppStore, ParticipantRecord, WorkshopRecord } from "../db/types";
import { participantRooms } from "../sync/rooms";
import { newId, participantIdSchema } from "../validation/ids";
import type { JoinBody } from "../validation/api";

/** What a participant's device receives on joining; it opens exactly these rooms. */
export interface JoinGrant {
  readonly workshopId: string;
  readonly participantId: string;
  readonly token: string;
  readonly syncUrl: string;
  readonly rooms: ReturnType<typeof participantRooms>;
}

/** Adds a participant to the workshop behind a join code and mints their sync token. */
export async function joinWorkshop(
  store: AppStore,
  body: JoinBody,
  opts: { secret: string; syncUrl: string; now?: number },
): Promise<{ ok: true; grant: JoinGrant; workshop: WorkshopRecord; participant: ParticipantRecord } | { ok: false; reason: "unknown-code" }> {
  const workshop = await store.findWorkshopByCode(body.code);
  if (!workshop) return { ok: false, reason: "unknown-code" };
  const participant = await store.addParticipant({
    id: participantIdSchema.parse(newId()),
    workshopId: workshop.id,
    name: body.name,
    sector: body.sector,
    createdAt: opts.now ?? Date.now(),
    removedAt: null,
  });
  const token = await mintSyncToken(
    { role: "participant", sub: participant.id, wid: workshop.id, name: participant.name, sector: participant.sector },
    opts.secret,
  );
  return {
    ok: true,
    workshop,
    participant,
    grant: {
      workshopId: workshop.id,
      participantId: participant.id,
      token,
      syncUrl: opts.syncUrl,
      rooms: participantRooms(workshop.id, participant.id),
    },
  };
}
